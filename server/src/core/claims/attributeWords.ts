// Words of attribute claims: protein types, cell compartments and tissues, each with a canonical value so a claim
// and a profile value can be compared however they are written ("cytosolic" = "cytoplasm", "cardiac" = "heart").
import type { Token } from './sentences/tokens';
import { lookup } from './vocabulary';

export const TYPE_NOUNS: ReadonlySet<string> = new Set([
  'kinase', 'protease', 'phosphatase', 'transferase', 'phosphotransferase', 'phosphoribosyltransferase',
  'adenylyltransferase', 'nucleotidyltransferase', 'glycosyltransferase', 'acetyltransferase', 'methyltransferase',
  'deacetylase', 'deacylase', 'demethylase', 'polymerase', 'transporter', 'receptor', 'ligase', 'hydrolase',
  'glycohydrolase', 'oxidase', 'reductase', 'dehydrogenase', 'oxidoreductase', 'synthase', 'synthetase', 'isomerase',
  'helicase', 'nuclease', 'peptidase', 'lipase', 'esterase', 'cyclase', 'mutase', 'lyase', 'carboxylase',
  'decarboxylase', 'chaperone', 'cytokine', 'channel', 'hormone', 'adipokine', 'pump', 'exchanger', 'symporter',
  'cotransporter', 'deaminase', 'nucleosidase', 'phosphorylase', 'transcription-factor', 'carrier',
]);

/** Broader classes a protein type belongs to: a kinase is also a transferase. */
const BROADER: Record<string, string[]> = {
  kinase: ['transferase', 'phosphotransferase'],
  phosphoribosyltransferase: ['transferase', 'glycosyltransferase'],
  adenylyltransferase: ['transferase', 'nucleotidyltransferase'],
  nucleotidyltransferase: ['transferase'],
  acetyltransferase: ['transferase'],
  methyltransferase: ['transferase'],
  glycosyltransferase: ['transferase'],
  deacetylase: ['hydrolase', 'deacylase'],
  deacylase: ['hydrolase', 'deacetylase'],
  glycohydrolase: ['hydrolase'],
  protease: ['hydrolase', 'peptidase'],
  peptidase: ['hydrolase', 'protease'],
  phosphatase: ['hydrolase'],
  lipase: ['hydrolase'],
  esterase: ['hydrolase'],
  nuclease: ['hydrolase'],
  nucleosidase: ['hydrolase'],
  symporter: ['transporter', 'cotransporter'],
  carrier: ['transporter', 'symporter', 'cotransporter', 'exchanger'],
  cotransporter: ['transporter', 'symporter'],
  exchanger: ['transporter'],
  pump: ['transporter'],
  synthetase: ['ligase', 'synthase'],
  synthase: ['synthetase'],
};

/** True when a claimed protein type agrees with the profile's (equal, a broader class, or a spelling of it). */
export function typeAgrees(claimed: string, profileType: string): boolean {
  const p = profileType.toLowerCase().trim().split(/\s+/).pop() ?? '';
  const c = claimed.toLowerCase();
  if (c === p || p.endsWith(c) || c.endsWith(p)) return true;
  return (lookup(BROADER, p) ?? []).includes(c);
}

/** A run of tokens naming a compartment or tissue. */
export interface Phrase {
  start: number;
  end: number;
  canonical: string;
  adjective: boolean;
}

type Entry = [words: string[], canonical: string, adjective: boolean];
/** Entries by their first word, longest first. */
type Table = Map<string, Entry[]>;

function entries(table: Record<string, string>): Table {
  const out: Table = new Map();
  for (const [spellings, canonical] of Object.entries(table)) {
    for (const s of spellings.split('|')) {
      const adjective = s.startsWith('~');
      const words = s.replace(/^~/, '').split(' ');
      const list = out.get(words[0]!) ?? [];
      list.push([words, canonical, adjective]);
      out.set(words[0]!, list.sort((a, b) => b[0].length - a[0].length));
    }
  }
  return out;
}

// "~" marks an adjective.
const COMPARTMENTS = entries({
  'cytoplasm|cytosol|~cytoplasmic|~cytosolic': 'cytoplasm',
  'nucleus|nuclei|nucleoplasm|~nuclear|~nucleoplasmic': 'nucleus',
  'nucleolus|~nucleolar': 'nucleolus',
  'mitochondria|mitochondrion|~mitochondrial|~mitochondrial matrix|mitochondrial matrix|~mitochondrial membrane|mitochondrial membrane|~inner mitochondrial membrane|inner mitochondrial membrane': 'mitochondrion',
  'plasma membrane|cell membrane|cell surface|~plasma membrane|~membrane-bound|~transmembrane': 'plasma membrane',
  'endoplasmic reticulum|~endoplasmic reticulum|~er': 'endoplasmic reticulum',
  'golgi|golgi apparatus|~golgi': 'golgi apparatus',
  'lysosome|lysosomes|~lysosomal': 'lysosome',
  'peroxisome|peroxisomes|~peroxisomal': 'peroxisome',
  'extracellular space|~extracellular|~secreted': 'extracellular',
});

/** Compartments inside another one: a nucleolar protein is nuclear. */
const INSIDE: Record<string, string> = { nucleolus: 'nucleus' };

const TISSUES = entries({
  'heart|hearts|myocardium|cardiomyocytes|cardiomyocyte|~cardiac|~heart': 'heart',
  'skeletal muscle|skeletal muscles|muscle|muscles|myocytes|myotubes|myofibers|~muscle|~skeletal muscle': 'skeletal muscle',
  'smooth muscle': 'smooth muscle',
  'brain|brains|neurons|neuron|cortex|hippocampus|nervous system|central nervous system|cns|~neuronal|~cerebral|~neural|~brain': 'brain',
  'liver|livers|hepatocytes|~hepatic|~liver': 'liver',
  'kidney|kidneys|~renal|~kidney': 'kidney',
  'lung|lungs|~pulmonary|~lung': 'lung',
  'adipose tissue|adipose|fat|adipocytes|white fat|brown fat': 'adipose tissue',
  'pancreas|islets|beta cells|~pancreatic': 'pancreas',
  'intestine|intestines|gut|colon|bowel|~intestinal': 'intestine',
  'skin|epidermis|keratinocytes': 'skin',
  'blood|erythrocytes|red blood cells|white blood cells|leukocytes': 'blood',
  'testis|testes|~testicular': 'testis',
  'retina|~retinal': 'retina',
  'spleen|~splenic': 'spleen',
  'placenta|~placental': 'placenta',
  'stomach|~gastric': 'stomach',
  'ovary|ovaries|~ovarian': 'ovary',
  'bone|bones|bone marrow': 'bone',
});

function phraseAt(table: Table, toks: Token[], i: number): Phrase | undefined {
  const first = toks[i];
  if (!first || first.punct || first.mention) return undefined;
  for (const [words, canonical, adjective] of table.get(first.low) ?? []) {
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) {
      const t = toks[i + w];
      ok = !!t && !t.punct && !t.mention && t.low === words[w];
    }
    if (ok) return { start: i, end: i + words.length, canonical, adjective };
  }
  return undefined;
}

export function startsCompartment(low: string): boolean {
  return COMPARTMENTS.has(low);
}

export function compartmentAt(toks: Token[], i: number): Phrase | undefined {
  return phraseAt(COMPARTMENTS, toks, i);
}

/** "the nucleus and the cytoplasm": the compartments named from `place` on, and the token after the last. */
export function compartmentList(toks: Token[], place: Phrase): { values: string[]; end: number } {
  const values = [place.canonical];
  let end = place.end;
  for (let n = place.end; (toks[n] !== undefined && !toks[n]!.mention && (toks[n]!.low === 'and' || toks[n]!.low === 'or')) || toks[n]?.low === ','; ) {
    let m = n + 1;
    while (toks[m] !== undefined && !toks[m]!.mention && (toks[m]!.low === 'the' || toks[m]!.low === 'a' || toks[m]!.low === 'an')) m++;
    const more = compartmentAt(toks, m);
    if (!more) break;
    values.push(more.canonical);
    n = end = more.end;
  }
  return { values, end };
}

export function tissueAt(toks: Token[], i: number): Phrase | undefined {
  return phraseAt(TISSUES, toks, i);
}

/** The canonical compartment or tissue a profile value names ("Cytosol" -> "cytoplasm"), or the value itself. */
export function canonicalPlace(value: string, kind: 'compartment' | 'tissue'): string {
  const words = value.toLowerCase().split(/[\s,;/]+/).filter(Boolean);
  const toks = words.map((w, k) => ({ text: w, low: w, start: k, end: k + 1, punct: false }));
  const table = kind === 'compartment' ? COMPARTMENTS : TISSUES;
  for (let k = 0; k < toks.length; k++) {
    const p = phraseAt(table, toks, k);
    if (p) return p.canonical;
  }
  return value.toLowerCase().trim();
}

/** A one-word tissue or compartment, or else its canonical name: "myocardium" -> "myocardium|heart". */
export function placeWord(word: string): string {
  for (const table of [TISSUES, COMPARTMENTS]) {
    const entry = table.get(word)?.find((e) => e[0].length === 1);
    const name = entry?.[1].split(' ').filter((w) => w !== 'tissue' && w !== 'skeletal').pop();
    if (name && name !== word) return `${word}|${name}`;
  }
  return word;
}

/** True when a claimed compartment lies in one of the profile's compartments. */
export function compartmentAgrees(claimed: string, profile: readonly string[]): boolean {
  return profile.includes(claimed) || profile.includes(lookup(INSIDE, claimed) ?? '');
}

/** How to write a canonical compartment as the claim wrote its own ("mitochondrial" -> "cytoplasmic"). */
export function compartmentWord(canonical: string, adjective: boolean): string {
  if (!adjective) return canonical;
  const adj: Record<string, string> = {
    cytoplasm: 'cytoplasmic', nucleus: 'nuclear', nucleolus: 'nucleolar', mitochondrion: 'mitochondrial',
    lysosome: 'lysosomal', peroxisome: 'peroxisomal', extracellular: 'extracellular',
  };
  return lookup(adj, canonical) ?? canonical;
}
