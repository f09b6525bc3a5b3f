// Process claims: "SIRT1 regulates apoptosis", "ATG7 is involved in autophagy", "TP53 plays a key role in the
// regulation of the cell cycle", "PARP1 is required for DNA repair". One claim per cue verb whose object is a process
// of the Gene Ontology vocabulary (../goTerms.ts); the subject is a recognized entity, its loss ("NMRK1 deficiency
// induces apoptosis") reads no claim: that is a claim about the loss. The judge (judge/goClaims.ts) weighs it against
// the gene's GO processes.
import type { AttributeClaim } from '../claim';
import { processAt } from '../goTerms';
import { BE, isWord, set, type Token } from '../sentences/tokens';
import { findSubject } from './subjects';

/** Verbs whose object can be a process: "regulates apoptosis", "triggers pyroptosis". */
const PROCESS_VERBS = set(
  'regulates regulate regulated regulating controls control controlled modulates modulate modulated mediates mediate ' +
  'mediated promotes promote promoted inhibits inhibit inhibited suppresses suppress suppressed induces induce ' +
  'induced triggers trigger triggered drives drive drove enhances enhance enhanced attenuates attenuate attenuated ' +
  'represses repress repressed activates activate activated blocks block blocked prevents prevent prevented ' +
  'governs govern governed orchestrates orchestrate coordinates coordinate impairs impair impaired',
);
/** "participates in", "contributes to", "is involved in", "is implicated in". */
const WITH_PREP: Readonly<Record<string, string>> = {
  participates: 'in', participate: 'in', participated: 'in', contributes: 'to', contribute: 'to', contributed: 'to',
  involved: 'in', implicated: 'in',
};
/** "is required for", "is essential for", "is important for". */
const NEEDED = set('required essential necessary important critical crucial indispensable needed dispensable');
/** "plays a (key) role in", "has a (central) function in". */
const ROLE_VERBS = set('plays play played playing has have had');
const ROLE_NOUNS = set('role roles function functions part');
/** Words between the cue and the process: "the regulation of", "both", "cellular". */
const OBJECT_WORDS = set('the a an both regulation control induction onset process processes execution initiation of cellular');

/** Words a process claim needs: its cue ("regulates", "involved", "required", "plays"). */
export function processWord(low: string): boolean {
  return PROCESS_VERBS.has(low) || Object.prototype.hasOwnProperty.call(WITH_PREP, low) || NEEDED.has(low) || ROLE_VERBS.has(low);
}

/** Reads "X <cue> <process>" claims. */
export function process(toks: Token[], out: AttributeClaim[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.punct || t.mention) continue;
    const after = cueEnd(toks, i);
    if (after < 0) continue;
    let k = after;
    while (k < toks.length && k - after < 5 && isWord(toks[k], ...OBJECT_WORDS)) k++;
    const found = processAt(toks, k);
    // "controls transcription factor activity": the process word heads a compound, not a process.
    if (!found || (toks[found.end] && !toks[found.end]!.punct && !toks[found.end]!.mention && /^(factors?|inhibitors?|genes?|proteins?|machinery|rate)$/.test(toks[found.end]!.low))) continue;
    const scan = findSubject(toks, i);
    const negated = scan.negated !== isWord(t, 'dispensable');
    const first = toks[k]!;
    const last = toks[found.end - 1]!;
    for (const s of scan.args) {
      if (s.flip || s.genetic || s.mention?.kind !== 'gene') continue;
      out.push({
        type: 'attribute', attr: 'process', subject: s, value: found.id, valueStart: first.start, valueEnd: last.end, negated,
        start: Math.min(s.start, first.start), end: Math.max(s.end, last.end),
      });
    }
    i = found.end - 1;
  }
}

/** The index after a cue at i ("regulates", "is involved in", "plays a key role in"), or -1. */
function cueEnd(toks: Token[], i: number): number {
  const t = toks[i]!;
  if (PROCESS_VERBS.has(t.low)) {
    // "is regulated by" is passive: its object is the agent, not a process.
    if (isWord(toks[i + 1], 'by') || (BE.has(toks[i - 1]?.low ?? '') && /ed$/.test(t.low))) return -1;
    return i + 1;
  }
  const prep = WITH_PREP[t.low];
  if (prep !== undefined) return isWord(toks[i + 1], prep) ? i + 2 : -1;
  if (NEEDED.has(t.low) && (BE.has(toks[i - 1]?.low ?? '') || BE.has(toks[i - 2]?.low ?? ''))) return isWord(toks[i + 1], 'for', 'in') ? i + 2 : -1;
  if (ROLE_VERBS.has(t.low)) {
    for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
      const w = toks[k]!;
      if (w.punct || w.mention) return -1;
      if (ROLE_NOUNS.has(w.low)) return isWord(toks[k + 1], 'in') ? k + 2 : -1;
    }
  }
  return -1;
}
