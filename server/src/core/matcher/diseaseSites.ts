// Where in the body a disease is: "liver fibrosis", "gastric hemorrhage", "penile pain", "bladder inflammation". A
// disease the tables know only by its general head word (fibrosis, hemorrhage, pain...) takes the body site written
// right before it into its name, as writers and annotators read it (meshScan.ts asks after a disease match); so does
// any disease a word of its kind comes before ("congestive heart failure", "postoperative delirium"). The name keeps the
// entry of the words the tables know: they have no entry for most such pairs.

/** Body sites as English names them before a disease word: organs and tissues, as nouns and as adjectives. */
const SITES: ReadonlySet<string> = new Set(
  ('liver hepatic kidney renal tubular glomerular tubulointerstitial heart cardiac myocardial coronary pericardial lung ' +
    'pulmonary bronchial bladder urothelial urinary gastric stomach intestinal colonic colon rectal bowel duodenal ' +
    'esophageal oesophageal pancreatic biliary breast mammary penile prostate prostatic ovarian uterine endometrial ' +
    'cervical vaginal testicular bone marrow skeletal muscle muscular masseter synovial joint articular skin cutaneous ' +
    'dermal mucosal submucosal oral nasal ocular retinal corneal optic cerebral cerebellar brain spinal cortical ' +
    'hippocampal neuronal axonal vascular venous arterial aortic thyroid adrenal pituitary splenic lymph nodal ' +
    'peritoneal pleural hepatocellular ventricular atrial').split(' '),
);

/**
 * Words that say which kind of a disease it is, written before any disease name: "congestive heart failure",
 * "postoperative delirium", "cholestatic hepatitis", "neuropathic pain"; how it is inherited ("X-linked
 * adrenoleukodystrophy", "autosomal dominant hypercholesterolemia", "congenital cataract") and its pole ("bipolar mania").
 */
const QUALIFIERS: ReadonlySet<string> = new Set(['congestive', 'postoperative', 'cholestatic', 'neuropathic', 'locomotor', 'x-linked', 'inherited', 'congenital', 'familial', 'juvenile', 'bipolar', 'unipolar']);
/** The second word of a two-word qualifier after "autosomal": "autosomal dominant", "autosomal recessive". */
const AUTOSOMAL: ReadonlySet<string> = new Set(['dominant', 'recessive']);

/** General disease words that a site before them makes specific. */
const HEADS: ReadonlySet<string> = new Set(
  ('fibrosis inflammation hemorrhage haemorrhage necrosis hypertrophy atrophy calcification ' +
    'edema oedema ischemia ischaemia infarction pain spasm toxicity damage injury injuries dysfunction lesion lesions ' +
    'ulcer ulcers ulceration infection infections hyperplasia dysplasia stenosis thrombosis rigidity degeneration ' +
    'carcinoma carcinomas cancer cancers tumor tumors tumour tumours neoplasm neoplasms arrhythmia arrhythmias ' +
    'adenocarcinoma adenocarcinomas malignancy malignancies carcinogenesis tumorigenesis oncogenesis').split(' '),
);

/**
 * Where a disease match text[start, end) starts with the body site written right before it ("liver fibrosis") or a
 * word of its kind ("congestive heart failure"), or `start` when there is none. `floor`: where the paragraph starts.
 */
export function siteStart(text: string, start: number, end: number, floor: number): number {
  if (start - 3 < floor || text.charCodeAt(start - 1) !== 32) return start;
  const s = wordBefore(text, start, floor);
  if (s < 0) return start;
  const before = text.slice(s, start - 1).toLowerCase();
  if (QUALIFIERS.has(before)) return s;
  if (AUTOSOMAL.has(before) && s - 3 >= floor && text.charCodeAt(s - 1) === 32) {
    const a = wordBefore(text, s, floor);
    if (a >= 0 && text.slice(a, s - 1).toLowerCase() === 'autosomal') return a;
  }
  return end - start <= 14 && SITES.has(before) && HEADS.has(text.slice(start, end).toLowerCase()) ? s : start;
}

/**
 * Where the word of 3 to 18 letters (a hyphen inside: "X-linked") before the space at `start - 1` starts, or -1 when
 * there is none or it is joined to a word before it ("HBV-liver").
 */
function wordBefore(text: string, start: number, floor: number): number {
  let s = start - 1;
  while (s > floor && (isLetter(text.charCodeAt(s - 1)) || (text.charCodeAt(s - 1) === 45 && s - 1 > floor && isLetter(text.charCodeAt(s - 2)) && isLetter(text.charCodeAt(s))))) s--;
  if (start - 1 - s < 3 || start - 1 - s > 18 || (s > floor && isWordPart(text.charCodeAt(s - 1)))) return -1;
  return s;
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** A unit that joins a word to the one before it ("HBV-related", "5'"): the site would be part of a longer word. */
const isWordPart = (c: number): boolean => isLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 39;
