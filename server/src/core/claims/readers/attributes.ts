// Reads the attribute claims of a sentence: cytogenetic location ("maps to 9q21.13", "sits on chromosome 17"),
// protein length ("a 312-residue protein"), protein type ("is a kinase"), family ("a member of the X family"),
// subcellular location ("resides in the cytoplasm", "a mitochondrial matrix protein"), tissues ("concentrated in
// heart and skeletal muscle") and the gene of a variant ("rs12611 lies in the SIRT1 gene"). Family and variant claims
// are read in geneClaims.ts, tissues in tissueClaims.ts.
import { findSubject } from './subjects';
import type { Arg, AttributeClaim, AttributeKind } from '../claim';
import { compartmentAt, compartmentList, startsCompartment, TYPE_NOUNS, type Phrase } from '../attributeWords';
import { claim, subjectBefore } from './attributeArgs';
import { BE, NON_ASSERTIVE, PHRASE_END, isWord, set, type Token } from '../sentences/tokens';

const BAND = /^(?:[1-9]|1\d|2[0-2]|x|y)[pq](?:\d{1,2}(?:\.\d{1,3})?)?$/i;
const LOCATION_GAP = set(
  'is are was located maps map mapped lies lie lying sits sit resides reside found situated positioned at on to in ' +
  'the a an of chromosome chromosomal band region arm long short cytogenetic position gene its human encoded ' +
  'within near not also ( ) protein enzyme amino acid acids aa kinase locus loci',
);
const LENGTH_GAP = set(
  'is are was has have encodes encode contains comprises spans consists of a an the protein polypeptide enzyme ' +
  'chain with approximately about around roughly only just exactly standard canonical isoform its total human ' +
  'encoded that which kinase product ~ , some nearly almost over under length size made up composed ( totals totaling',
);
const APPROXIMATE = set('approximately about around roughly ~ nearly almost some');
const NOT_LENGTH = set('first last initial final terminal n-terminal c-terminal residue residues position positions amino');
const SUBCELLULAR_CUES = set(
  'resides reside residing localizes localises localize localise localized localised located found present sits ' +
  'lives confined restricted targeted imported accumulates operates acts works functions',
);
/** Whether a word before the offset takes the assertion back ("whether", "if", "myth"). */
export function assertedBefore(toks: Token[], offset: number): boolean {
  return toks.some((t) => t.end <= offset && NON_ASSERTIVE.has(t.low));
}

/** Words a location claim needs: a band or chromosome number ("9q21.13", "17", "X"), "chromosome", "chr17". */
export function locationWord(low: string): boolean {
  const c = low.charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 120 || c === 121 || low.startsWith('chr');
}

export function location(toks: Token[], out: AttributeClaim[]): void {
  toks.forEach((t, i) => {
    let value: string | undefined;
    let form: AttributeClaim['form'] = 'band';
    let at = i;
    if (!t.mention && BAND.test(t.text)) {
      value = t.text.replace(/^[xy]/, (c) => c.toUpperCase());
    } else if (isWord(t, 'chromosome', 'chr') && toks[i + 1] && /^(?:[1-9]|1\d|2[0-2]|x|y)$/i.test(toks[i + 1]!.text)) {
      at = i + 1;
      value = toks[i + 1]!.text.toUpperCase();
      form = 'chromosome';
    } else if (/^chr(?:[1-9]|1\d|2[0-2]|x|y)$/i.test(t.text) && !t.mention) {
      value = t.text.slice(3).toUpperCase();
      form = 'chromosome';
    } else if (isWord(t, 'chromosome') && isWord(toks[i - 1], 'x', 'y') && isWord(toks[i - 2], 'the')) {
      at = i - 1; // "the X chromosome"
      value = toks[at]!.text.toUpperCase();
      form = 'chromosome';
    }
    if (value === undefined) return;
    const subject = subjectBefore(toks, Math.min(i, at), LOCATION_GAP, 10);
    if (!subject) return;
    const v = toks[at]!;
    const start = form === 'chromosome' && /^chr/i.test(v.text) ? v.start + 3 : v.start;
    out.push(claim('location', subject.t, value, start, v.end, subject.negated, { form }));
  });
}

/** Words a length claim needs: a number. */
export function lengthWord(low: string): boolean {
  const c = low.charCodeAt(0);
  return c >= 48 && c <= 57;
}

export function length(toks: Token[], out: AttributeClaim[]): void {
  toks.forEach((t, i) => {
    const m = /^(\d{2,5}|\d{1,2},\d{3})(?:-(amino-acids?|amino-acid-long|aa|residues?|residue-long|aa-long|amino))?$/.exec(t.low);
    if (!m || t.mention) return;
    const unit = m[2] ?? unitAfter(toks, i);
    if (!unit) return;
    const unitEnd = m[2] ? t.end : (toks[i + (unit === 'amino acids' ? 2 : 1)]?.end ?? t.end);
    if (NOT_LENGTH.has(toks[i - 1]?.low ?? '')) return;
    const after = i + (m[2] ? 1 : unit === 'amino acids' ? 3 : 2);
    const subject = subjectBefore(toks, i, LENGTH_GAP, 9) ?? subjectAfter(toks, after);
    if (!subject) return;
    const approximate = toks.slice(Math.max(0, i - 2), i).some((x) => APPROXIMATE.has(x.low));
    out.push(claim('length', subject.t, m[1]!.replace(',', ''), t.start, t.start + m[1]!.length, subject.negated, { approximate, end: unitEnd }));
  });
}

/** "the 230-residue NMRK1 protein": the mention right after the length, heading a protein noun. */
function subjectAfter(toks: Token[], k: number): { t: Token; negated: boolean } | undefined {
  const t = toks[k];
  if (!t?.mention || !isWord(toks[k + 1], 'protein', 'enzyme', 'polypeptide', 'kinase', 'isoform')) return undefined;
  return { t, negated: false };
}

function unitAfter(toks: Token[], i: number): string | undefined {
  const next = toks[i + 1]?.low;
  if (next === 'aa' || next === 'residues' || next === 'residue' || next === 'amino-acids' || next === 'amino-acid') return next;
  if (next === 'amino' && /^acids?$/.test(toks[i + 2]?.low ?? '')) return 'amino acids';
  return undefined;
}

/** Words a type or compartment claim needs: "is", "encodes", the article of an apposition, a cue ("resides"). */
export function typeAndCompartmentWord(low: string): boolean {
  return BE.has(low) || low === 'encodes' || low === 'encode' || low === 'a' || low === 'an' || SUBCELLULAR_CUES.has(low);
}

/** "is a kinase", "is an ATP-dependent kinase", "is a mitochondrial matrix protein", "is nuclear". */
export function typeAndCompartment(toks: Token[], out: AttributeClaim[]): void {
  toks.forEach((t, i) => {
    // "NMRK1 is a kinase", "encodes a kinase", and the apposition "NMRK1, a mitochondrial kinase, ...".
    const apposition = t.low === ',' && toks[i - 1]?.mention !== undefined && isWord(toks[i + 1], 'a', 'an');
    if (!(BE.has(t.low) || isWord(t, 'encodes', 'encode') || apposition)) return;
    const ahead = toks.slice(i + 1, i + 9);
    if (!ahead.some((w) => TYPE_NOUNS.has(w.low) || TYPE_NOUNS.has(w.low.replace(/s$/, '')) || w.low === 'transcription' || startsCompartment(w.low))) return;
    const scan = findSubject(toks, i);
    const subjects = scan.args.filter((a) => a.mention);
    if (subjects.length === 0) return;
    let k = i + 1;
    let negated = scan.negated;
    if (isWord(toks[k], 'not')) {
      negated = !negated;
      k++;
    }
    while (isWord(toks[k], 'also', 'likely', 'probably', 'thought', 'known', 'considered', 'primarily', 'mainly', 'mostly', 'exclusively', 'predominantly', 'largely', 'strictly', 'both')) k++;
    const article = isWord(toks[k], 'a', 'an') ? k : -1;
    if (article >= 0) k++;
    for (let n = k; n < Math.min(toks.length, k + 5); n++) {
      const w = toks[n]!;
      if (w.punct || (w.mention && article < 0)) break;
      const place = compartmentAt(toks, n);
      if (place && place.adjective && (article >= 0 || n === k)) {
        const after = toks[place.end];
        const proteinNoun = !!after && (isWord(after, 'protein', 'proteins', 'enzyme', 'enzymes') || TYPE_NOUNS.has(after.low));
        if (article < 0 ? !after || after.punct || PHRASE_END.has(after.low) : proteinNoun) {
          for (const s of subjects) out.push(attrClaim('subcellular', s, place, toks, negated, 'adjective'));
          break;
        }
      }
      // "a transcription factor": a two-word type.
      const twoWords = isWord(w, 'transcription') && isWord(toks[n + 1], 'factor');
      const singular = twoWords ? 'transcription-factor' : w.low.endsWith('s') && !w.low.endsWith('ss') && article < 0 ? w.low.slice(0, -1) : w.low;
      const last = twoWords ? toks[n + 1]! : w;
      if (article >= 0 && TYPE_NOUNS.has(singular) && headEnds(toks[twoWords ? n + 2 : n + 1])) {
        const start = n === k ? toks[article]!.start : w.start;
        for (const s of subjects) {
          const m = s.mention!;
          out.push({
            type: 'attribute', attr: 'type', subject: s, value: singular, valueStart: start, valueEnd: last.end, negated,
            form: n === k ? 'noun' : 'adjective', start: m.start, end: last.end,
          });
        }
        break;
      }
    }
  });
  // "resides in the cytoplasm", "localizes to the nucleus".
  toks.forEach((t, i) => {
    if (!SUBCELLULAR_CUES.has(t.low) || t.mention) return;
    let k = i + 1;
    if (!isWord(toks[k], 'in', 'to', 'within', 'inside', 'at', 'into')) return;
    k++;
    while (isWord(toks[k], 'the', 'a', 'an')) k++;
    const place = compartmentAt(toks, k);
    if (!place) return;
    // "in the nucleus and the cytoplasm": every compartment named.
    const { values } = compartmentList(toks, place);
    const scan = findSubject(toks, i);
    for (const s of scan.args) out.push({ ...attrClaim('subcellular', s, place, toks, scan.negated, 'noun'), values });
  });
}

/** Nouns after a type word that make it a modifier ("a kinase inhibitor", "a kinase domain"), not the head. */
const NOT_HEAD = set(
  'inhibitor inhibitors activator activators domain domains family families subunit subunits complex complexes gene ' +
  'genes activity activities assay assays pathway pathways cascade cascades signaling signalling substrate substrates ' +
  'target targets ligand ligands agonist antagonist module motif fold cofactor product products deficiency ' +
  'mutation mutations isoform isoforms superfamily',
);

function headEnds(t: Token | undefined): boolean {
  return !t || t.punct || t.mention !== undefined || !(NOT_HEAD.has(t.low) || TYPE_NOUNS.has(t.low));
}

function attrClaim(attr: AttributeKind, s: Arg, place: Phrase, toks: Token[], negated: boolean, form: 'adjective' | 'noun'): AttributeClaim {
  const first = toks[place.start]!;
  const last = toks[place.end - 1]!;
  return {
    type: 'attribute', attr, subject: s, value: place.canonical, valueStart: first.start, valueEnd: last.end, negated,
    form, start: s.start, end: Math.max(last.end, s.end),
  };
}
