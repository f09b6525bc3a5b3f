// Quick fixes a finding offers, as offset edits into the document: turn a contradicted verb around keeping its
// inflection, drop a negation, put the profile's value in place of the claimed one, cite the supporting paper.
import type { Fix, OffsetEdit } from '../../types';
import type { VerbUse } from '../claim';
import { inflect, oppositeNoun, oppositeVerb, type VerbForm } from '../vocabulary';

/** Keeps the case of the first letter of the text being replaced. */
export function matchCase(replacement: string, original: string): string {
  if (/^[A-Z]/.test(original) && /^[a-z]/.test(replacement) && !/^[A-Z]{2}/.test(original)) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

export function articleFor(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

export function replaceFix(text: string, start: number, end: number, replacement: string, preferred = true): Fix {
  const original = text.slice(start, end);
  return {
    title: `Replace "${original}" with "${matchCase(replacement, original)}"`,
    edits: [{ start, end, newText: matchCase(replacement, original) }],
    preferred,
  };
}

/** "represses" -> "activates", "is inhibited by" -> "is activated by", "is an inhibitor of" -> "is an activator of". */
export function oppositeVerbFix(text: string, verb: VerbUse): Fix | undefined {
  if (verb.nominalized) {
    const opposite = oppositeNoun(text.slice(verb.start, verb.end).toLowerCase());
    return opposite ? replaceFix(text, verb.start, verb.end, opposite) : undefined;
  }
  if (verb.noun) {
    const opposite = oppositeNoun(verb.noun.replace(/s$/, ''));
    if (!opposite) return undefined;
    const plural = verb.noun.endsWith('s');
    const word = plural ? `${opposite}s` : opposite;
    const original = text.slice(verb.start, verb.end);
    const article = /^(a|an)\s/i.exec(original);
    return replaceFix(text, verb.start, verb.end, article ? `${articleFor(word)} ${word}` : /^the\s/i.test(original) ? `the ${word}` : word);
  }
  const opposite = oppositeVerb(verb.lemma);
  if (!opposite) return undefined;
  const written = text.slice(verb.start, verb.end).toLowerCase();
  return replaceFix(text, verb.start, verb.end, inflect(opposite, formOf(verb.lemma, written, verb.form)));
}

/** The form the verb is written in: "made" is both ed and en; the written word decides what is kept. */
function formOf(lemma: string, written: string, fallback: VerbForm): VerbForm {
  for (const form of ['s', 'ing', 'base', 'ed', 'en'] as VerbForm[]) if (inflect(lemma, form) === written) return form === 'ed' && fallback === 'en' ? 'en' : form;
  return fallback;
}

/** "does not upregulate" -> "upregulates", "cannot activate" -> "can activate", "is not an inhibitor" -> "is an inhibitor". */
export function removeNegationFix(text: string, verb: VerbUse): Fix | undefined {
  const neg = verb.negation;
  if (!neg) return undefined;
  let edit: OffsetEdit;
  if (neg.aux === 'does' || neg.aux === 'do' || neg.aux === 'did') {
    const form: VerbForm = neg.aux === 'does' ? 's' : neg.aux === 'did' ? 'ed' : 'base';
    const word = verb.noun ? text.slice(verb.start, verb.end) : inflect(verb.lemma, form);
    edit = { start: neg.start, end: verb.noun ? neg.end : verb.end, newText: verb.noun ? '' : matchCase(word, text.slice(neg.start, neg.end)) };
  } else if (neg.aux) {
    edit = { start: neg.start, end: neg.end, newText: `${neg.aux} ` };
  } else {
    edit = { start: neg.start, end: neg.end, newText: '' };
  }
  const before = text.slice(edit.start, edit.end).trim();
  return { title: `Remove the negation ("${before}")`, edits: [edit], preferred: true };
}

/** " (PMID: 27725675)" before the sentence's final period (or at its end). */
export function citationEdit(text: string, sentenceEnd: number, pmid: string): OffsetEdit {
  let at = sentenceEnd;
  while (at > 0 && /["'”’)\]]/.test(text[at - 1] ?? '')) at--;
  if (/[.!]/.test(text[at - 1] ?? '')) at--;
  else at = sentenceEnd;
  return { start: at, end: at, newText: ` (PMID: ${pmid})` };
}

/** The PMID of a source ("PMID:27725675"), if it is one. */
export function pmidOf(source: string): string | undefined {
  return /^PMID:\s*(\d+)$/i.exec(source.trim())?.[1];
}
