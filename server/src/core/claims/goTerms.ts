// The Gene Ontology terms a sentence can name, by the words that name them: the compartments of location claims ("found
// mainly in the nucleus"), the enzyme classes and other functions of type claims ("is a kinase") and the processes of
// process claims ("regulates apoptosis"). Every id here is in the gene-functions table's claim vocabulary (CLAIM_TERMS
// in scripts/build-gene-functions.mjs, which checks each against GO.sqlite); test/unit/goClaims.test.ts checks both
// lists agree.
import type { Token } from './sentences/tokens';
import { lookup } from './vocabulary';

/** A canonical compartment (attributeWords.ts) -> its GO term, and the terms that also place a protein there. */
export const COMPARTMENT_TERMS: Readonly<Record<string, { id: string; compatible: readonly string[] }>> = {
  cytoplasm: { id: 'GO:0005737', compatible: ['GO:0005856'] }, // the cytoskeleton lies in the cytoplasm
  nucleus: { id: 'GO:0005634', compatible: ['GO:0005694'] }, // chromatin and chromosomes are nuclear
  nucleolus: { id: 'GO:0005730', compatible: [] },
  mitochondrion: { id: 'GO:0005739', compatible: [] },
  'plasma membrane': { id: 'GO:0005886', compatible: ['GO:0009986'] }, // "cell surface" is written for both
  'endoplasmic reticulum': { id: 'GO:0005783', compatible: [] },
  'golgi apparatus': { id: 'GO:0005794', compatible: [] },
  lysosome: { id: 'GO:0005764', compatible: ['GO:0005768'] }, // late endosomes and lysosomes are one continuum
  peroxisome: { id: 'GO:0005777', compatible: [] },
  extracellular: { id: 'GO:0005576', compatible: ['GO:0009986'] },
};

/** The compartments a protein can be placed in elsewhere (an experimental one of them can contradict a claim). */
export const PLACE_TERMS: ReadonlySet<string> = new Set([
  'GO:0005634', 'GO:0005730', 'GO:0005694', 'GO:0005737', 'GO:0005829', 'GO:0005739', 'GO:0005886', 'GO:0009986',
  'GO:0005783', 'GO:0005794', 'GO:0005764', 'GO:0005777', 'GO:0005576', 'GO:0005768', 'GO:0005856', 'GO:0005813',
]);

/**
 * A protein type noun (attributeWords.ts TYPE_NOUNS) -> the GO molecular function it names. No "receptor": GO splits
 * receptors among signaling, cargo and other receptor activities, and "an endocytic receptor" is none of them.
 */
export const TYPE_TERMS: Readonly<Record<string, string>> = {
  kinase: 'GO:0016301', phosphatase: 'GO:0016791', deacetylase: 'GO:0019213', methyltransferase: 'GO:0008168',
  acetyltransferase: 'GO:0016407', glycosyltransferase: 'GO:0016757', transferase: 'GO:0016740', hydrolase: 'GO:0016787',
  ligase: 'GO:0016874', protease: 'GO:0008233', peptidase: 'GO:0008233', helicase: 'GO:0004386', nuclease: 'GO:0004518',
  oxidoreductase: 'GO:0016491', oxidase: 'GO:0016491', reductase: 'GO:0016491', dehydrogenase: 'GO:0016491',
  isomerase: 'GO:0016853', lyase: 'GO:0016829', demethylase: 'GO:0032451', lipase: 'GO:0016298', cyclase: 'GO:0009975',
  deaminase: 'GO:0019239', nucleotidyltransferase: 'GO:0016779', adenylyltransferase: 'GO:0016779',
  esterase: 'GO:0016788', decarboxylase: 'GO:0016831', phosphoribosyltransferase: 'GO:0016763',
  transporter: 'GO:0005215', carrier: 'GO:0005215', symporter: 'GO:0005215', cotransporter: 'GO:0005215',
  exchanger: 'GO:0005215', pump: 'GO:0005215', channel: 'GO:0015267', cytokine: 'GO:0005125',
  hormone: 'GO:0005179', 'transcription-factor': 'GO:0003700',
};

/** The GO roots and catalytic activity: whether a gene has data of a kind, and whether it is an enzyme. */
export const ROOT_TERMS = { CC: 'GO:0005575', MF: 'GO:0003674', BP: 'GO:0008150', catalytic: 'GO:0003824' } as const;

/** Process phrases (lower case, words split as the tokenizer splits them) -> GO biological process. */
const PROCESS_WORDS: Readonly<Record<string, string>> = {
  'apoptosis|apoptotic cell death|apoptotic process|apoptotic death': 'GO:0006915',
  'cell death|programmed cell death': 'GO:0008219',
  autophagy: 'GO:0006914',
  mitophagy: 'GO:0000423',
  'cell cycle|cell-cycle progression|cell cycle progression|the cell cycle': 'GO:0007049',
  'proliferation|cell proliferation|cellular proliferation': 'GO:0008283',
  'cell division|mitosis': 'GO:0051301',
  'dna repair': 'GO:0006281',
  'dna replication': 'GO:0006260',
  'dna damage response|the dna damage response': 'GO:0006974',
  'inflammation|inflammatory response|inflammatory responses': 'GO:0006954',
  'immune response|immune responses|immunity': 'GO:0006955',
  angiogenesis: 'GO:0001525',
  glycolysis: 'GO:0006096',
  gluconeogenesis: 'GO:0006094',
  'lipid metabolism': 'GO:0006629',
  'fatty acid metabolism': 'GO:0006631',
  'fatty acid oxidation|fatty acid beta-oxidation|beta-oxidation': 'GO:0006635',
  'insulin secretion': 'GO:0030073',
  'cell migration|cell motility': 'GO:0016477',
  'cell differentiation': 'GO:0030154',
  'senescence|cellular senescence': 'GO:0090398',
  'circadian rhythm|circadian rhythms|the circadian clock': 'GO:0007623',
  'splicing|rna splicing|mrna splicing|pre-mrna splicing': 'GO:0008380',
  'protein ubiquitination|ubiquitination': 'GO:0016567',
  'cell adhesion': 'GO:0007155',
  endocytosis: 'GO:0006897',
  exocytosis: 'GO:0006887',
  'oxidative stress|the oxidative stress response|oxidative stress responses': 'GO:0006979',
  'wound healing': 'GO:0042060',
  'chromatin remodeling|chromatin remodelling': 'GO:0006338',
  'histone deacetylation': 'GO:0016575',
  'protein deacetylation': 'GO:0006476',
  'wnt signaling|wnt signalling': 'GO:0016055',
  ferroptosis: 'GO:0097707',
  necroptosis: 'GO:0070266',
  pyroptosis: 'GO:0070269',
  phagocytosis: 'GO:0006909',
  'insulin signaling|insulin signalling': 'GO:0008286',
  translation: 'GO:0006412',
  'glucose homeostasis': 'GO:0042593',
  'aging|ageing': 'GO:0007568',
  neurogenesis: 'GO:0022008',
  'oxidative phosphorylation': 'GO:0006119',
  'the tca cycle|tca cycle|the krebs cycle|the citric acid cycle|the tricarboxylic acid cycle': 'GO:0006099',
  proteolysis: 'GO:0006508',
  'protein folding': 'GO:0006457',
  'dna methylation': 'GO:0006306',
  'histone acetylation': 'GO:0016573',
  'blood coagulation|coagulation': 'GO:0007596',
  'muscle contraction': 'GO:0006936',
  'adipogenesis|adipocyte differentiation': 'GO:0045444',
  'telomere maintenance': 'GO:0000723',
  'er stress|endoplasmic reticulum stress|the unfolded protein response|unfolded protein response': 'GO:0034976',
  'epithelial-mesenchymal transition|epithelial-to-mesenchymal transition|epithelial to mesenchymal transition': 'GO:0001837',
};

/** Phrases by their first word, longest first. */
const PROCESSES: ReadonlyMap<string, readonly [words: readonly string[], id: string][]> = (() => {
  const out = new Map<string, [string[], string][]>();
  for (const [spellings, id] of Object.entries(PROCESS_WORDS)) {
    for (const s of spellings.split('|')) {
      const words = s.split(' ');
      const list = out.get(words[0]!) ?? [];
      list.push([words, id]);
      out.set(words[0]!, list.sort((a, b) => b[0].length - a[0].length));
    }
  }
  return out;
})();

/** A process phrase at token i: its GO id and the index after it, or undefined. Words inside mentions count. */
export function processAt(toks: readonly Token[], i: number): { id: string; end: number } | undefined {
  const first = toks[i];
  if (!first || first.punct) return undefined;
  for (const [words, id] of PROCESSES.get(first.low) ?? []) {
    let ok = true;
    for (let w = 0; w < words.length && ok; w++) {
      const t = toks[i + w];
      ok = !!t && !t.punct && t.low === words[w];
    }
    if (ok) return { id, end: i + words.length };
  }
  return undefined;
}

/** The GO id of a type noun, or undefined when the vocabulary has none. */
export function typeTerm(noun: string): string | undefined {
  return lookup(TYPE_TERMS, noun);
}

/** Every GO id named here (for the test that checks the table's vocabulary holds them). */
export function allTermIds(): string[] {
  const ids = new Set<string>([...Object.values(TYPE_TERMS), ...Object.values(ROOT_TERMS), ...PLACE_TERMS, ...Object.values(PROCESS_WORDS)]);
  for (const c of Object.values(COMPARTMENT_TERMS)) [c.id, ...c.compatible].forEach((id) => ids.add(id));
  return [...ids].sort();
}
