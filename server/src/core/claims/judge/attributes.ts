// Weighs an attribute claim (location, length, type, family, compartment, tissue, a variant's gene) against the
// profile's value. A profile without the attribute makes no finding: the data is silent, not contradicting.
import type { Fact } from '../../profile';
import type { Finding, Fix } from '../../types';
import type { AttributeClaim } from '../claim';
import { canonicalPlace, compartmentAgrees, compartmentWord, TYPE_NOUNS, typeAgrees } from '../attributeWords';
import { articleFor, citationEdit, pmidOf, replaceFix } from './fixes';
import { evidence, symbolOf, type JudgeContext } from './relations';
import { sourceWords } from './sourceWords';

interface Verdict {
  agrees: boolean;
  /** The profile's value in words, for the message. */
  says: string;
  fact: Fact<unknown>;
  path: (string | number)[];
  fix?: Fix;
}

export function judgeAttribute(ctx: JudgeContext, c: AttributeClaim): Finding | undefined {
  const id = c.subject.entityId;
  const profile = id ? ctx.lexicon.get(id)?.profile?.profile : undefined;
  if (!id || !profile) return undefined;
  const sym = symbolOf(ctx, id);
  const text = ctx.text;
  let v: Verdict | undefined;
  switch (c.attr) {
    case 'location': {
      const loc = profile.location;
      if (!loc) return undefined;
      const value = loc.value.toLowerCase();
      const claimed = c.value.toLowerCase();
      if (c.form === 'chromosome') {
        const chromosome = /^(\d+|x|y)/i.exec(loc.value)?.[1] ?? '';
        v = { agrees: chromosome.toLowerCase() === claimed, says: `gives its location as ${loc.value}, on chromosome ${chromosome.toUpperCase()}`, fact: loc, path: ['location'], fix: replaceFix(text, c.valueStart, c.valueEnd, chromosome.toUpperCase()) };
      } else {
        v = { agrees: value.startsWith(claimed) || claimed.startsWith(value), says: `gives its location as ${loc.value}`, fact: loc, path: ['location'], fix: replaceFix(text, c.valueStart, c.valueEnd, loc.value) };
      }
      break;
    }
    case 'length': {
      const len = profile.proteinLength;
      if (!len) return undefined;
      const claimed = Number(c.value);
      const agrees = c.approximate ? Math.abs(claimed - len.value) <= len.value * 0.1 : claimed === len.value;
      v = { agrees, says: `gives its protein length as ${len.value} amino acids`, fact: len, path: ['proteinLength'], fix: replaceFix(text, c.valueStart, c.valueEnd, String(len.value)) };
      break;
    }
    case 'type': {
      // The profile's protein type, or else the type its approved name states ("nicotinamide phosphoribosyltransferase").
      const named = typeInName(profile.name);
      const type = profile.proteinType ?? (named ? { value: named, source: profile.nameSource } : undefined);
      if (!type) return undefined;
      const word = type.value.toLowerCase();
      const replacement = c.form === 'noun' ? `${articleFor(word)} ${word}` : word;
      const says = profile.proteinType ? `lists ${sym} as ${articleFor(word)} ${word}` : `names ${sym} "${profile.name}", ${articleFor(word)} ${word}`;
      v = { agrees: typeAgrees(c.value, type.value), says, fact: type, path: [profile.proteinType ? 'proteinType' : 'name'], fix: replaceFix(text, c.valueStart, c.valueEnd, replacement) };
      break;
    }
    case 'family': {
      const fam = profile.family;
      if (!fam) return undefined;
      const name = fam.value.replace(/\s+(super|sub)?family$/i, '');
      v = { agrees: familyAgrees(c.value, fam.value), says: `lists ${sym} in the ${fam.value}`, fact: fam, path: ['family'], fix: replaceFix(text, c.valueStart, c.valueEnd, name) };
      break;
    }
    case 'subcellular': {
      const sub = profile.subcellularLocation;
      if (!sub || sub.value.length === 0) return undefined;
      const places = sub.value.map((x) => canonicalPlace(x, 'compartment'));
      const first = places[0]!;
      const each = (c.values ?? [c.value]).map((x) => compartmentAgrees(x, places));
      if (each.some((x) => x) && !each.every((x) => x)) return undefined; // partly listed: not a contradiction
      v = { agrees: each.every((x) => x), says: `lists ${sym} in the ${sub.value.join(' and ')}`, fact: sub, path: ['subcellularLocation'], fix: replaceFix(text, c.valueStart, c.valueEnd, compartmentWord(first, c.form === 'adjective')) };
      break;
    }
    case 'tissue':
      v = tissueVerdict(ctx, c, sym, profile.tissues);
      if (!v) return undefined;
      break;
    case 'variantGene': {
      const gene = profile.gene;
      if (!gene) return undefined;
      const geneId = ctx.facts.id(gene.value);
      const claimedId = ctx.facts.id(c.value);
      v = { agrees: geneId === claimedId, says: `lists ${sym} under the ${symbolOf(ctx, geneId)} gene`, fact: gene, path: ['gene'], fix: replaceFix(text, c.valueStart, c.valueEnd, symbolOf(ctx, geneId)) };
      break;
    }
  }
  if (!v || v.agrees !== c.negated) return undefined;
  const fixes: Fix[] = c.negated || !v.fix ? [] : [v.fix];
  const pmid = pmidOf(v.fact.source);
  if (pmid) {
    const cite = citationEdit(text, ctx.sentence.end, pmid);
    if (fixes[0]) fixes.push({ title: `${fixes[0].title} and cite PMID ${pmid}`, edits: [...fixes[0].edits, cite] });
  }
  const unverified = v.fact.unverified ? ', unverified' : '';
  return {
    code: 'claim-contradicted', start: c.start, end: c.end,
    message: `The ${sym} profile ${v.says} (${sourceWords(v.fact.source)}${unverified}).`,
    evidence: evidence(ctx, { holder: id, path: v.path, source: v.fact.source }),
    fixes,
  };
}

function tissueVerdict(ctx: JudgeContext, c: AttributeClaim, sym: string, tissues: (Fact<string[]> & { scope?: string }) | undefined): Verdict | undefined {
  if (!tissues || tissues.value.length === 0) return undefined;
  const claimed = c.values ?? [c.value];
  const broad = tissues.scope === 'broad' || tissues.value.some((t) => /\b(all|most|many|every|ubiquitous)/i.test(t));
  const listed = tissues.value.map((t) => canonicalPlace(t, 'tissue'));
  const inList = claimed.filter((t) => listed.includes(t));
  const base = { fact: tissues, path: ['tissues'] };
  const joined = tissues.value.join(' and ');
  if (broad) {
    const says = `lists ${sym} as found in ${joined}`;
    if (c.negated) return { ...base, agrees: true, says };
    return { ...base, agrees: !c.restrictive, says };
  }
  const says = `lists ${sym} as concentrated in ${joined}`;
  const fix = replaceFix(ctx.text, c.valueStart, c.valueEnd, joined);
  if (c.negated) return { ...base, agrees: inList.length > 0, says };
  if (c.restrictive) return { ...base, agrees: inList.length === claimed.length, says, fix };
  if (c.form === 'adjective') return { ...base, agrees: inList.length > 0, says, fix };
  return { ...base, agrees: true, says };
}

/** Whether the subject's profile holds the attribute a claim is about (then the profile, not GO, judges it). */
export function profileCovers(ctx: JudgeContext, c: AttributeClaim): boolean {
  const profile = c.subject.entityId ? ctx.lexicon.get(c.subject.entityId)?.profile?.profile : undefined;
  if (!profile) return false;
  if (c.attr === 'subcellular') return (profile.subcellularLocation?.value.length ?? 0) > 0;
  if (c.attr === 'type') return profile.proteinType !== undefined || typeInName(profile.name) !== undefined;
  return false;
}

function typeInName(name: string): string | undefined {
  const words = name.toLowerCase().split(/[\s,()-]+/).filter((w) => w && !/^\d+$/.test(w));
  for (let i = words.length - 1; i >= 0; i--) if (TYPE_NOUNS.has(words[i]!)) return words[i];
  return undefined;
}

/** "NRK family" and "nicotinamide riboside kinase family" agree; "adenylate kinase family" does not. */
function familyAgrees(claimed: string, profile: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\b(the|family|superfamily|subfamily|protein|proteins)\b/g, ' ').replace(/[^a-z0-9+]+/g, ' ').trim();
  const c = norm(claimed);
  const p = norm(profile);
  if (!c || !p) return true;
  if (c === p || p.includes(c) || c.includes(p)) return true;
  const initials = p.split(' ').map((w) => w[0]).join('');
  if (c.replace(/\s+/g, '') === initials) return true;
  const singular = (s: string) => s.replace(/s\b/g, '');
  return singular(c) === singular(p);
}
