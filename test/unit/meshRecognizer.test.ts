// Chemicals and diseases of the shipped tables in prose (core/matcher/meshScan.ts), with the gene table and the
// profiles loaded as the server loads them: forms writers use, abbreviations defined in the text, English words that
// need evidence, and the profiles' precedence.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fullService } from '../helpers/mesh';

const service = fullService();
const found = (text: string): string[] => service.findMentions(text, 'plaintext').map((m) => `${m.text}=${m.kind}:${m.entityId}`);

describe('chemicals and diseases in prose', () => {
  it('recognizes chemicals and diseases by their MeSH names, normalized to MeSH', () => {
    const m = found('Patients treated with doxorubicin developed cardiomyopathy and hypotension.');
    assert.ok(m.includes('doxorubicin=chemical:MESH:D004317'), m.join(', '));
    assert.ok(m.includes('cardiomyopathy=disease:MESH:D009202'), m.join(', '));
    assert.ok(m.includes('hypotension=disease:MESH:D007022'), m.join(', '));
  });
  it('reads inverted MeSH names the way writers write them, plurals and adjectives', () => {
    const m = found('In patients with type 2 diabetes, breast tumors were seen in hypertensive rats at this dose.');
    assert.ok(m.includes('type 2 diabetes=disease:MESH:D003924'), m.join(', '));
    assert.ok(m.includes('breast tumors=disease:MESH:D001943'), m.join(', '));
    assert.ok(m.includes('hypertensive=disease:MESH:D006973'), m.join(', '));
  });
  it('reads organ words with disease heads, eponyms with and without the possessive, British spellings', () => {
    const m = found("Cisplatin nephrotoxicity and renal injury, hepatotoxicity, Alzheimer's disease and cerebral haemorrhage in patients.");
    assert.ok(m.includes('nephrotoxicity=disease:MESH:D007674'), m.join(', '));
    assert.ok(m.includes('renal injury=disease:MESH:D007674'), m.join(', '));
    assert.ok(m.includes('hepatotoxicity=disease:MESH:D056486'), m.join(', '));
    assert.ok(m.includes("Alzheimer's disease=disease:MESH:D000544"), m.join(', '));
    assert.ok(m.some((x) => x.startsWith('cerebral haemorrhage=disease:')), m.join(', '));
    assert.ok(found('Oedema in patients given cisplatin at a high dose.').includes('Oedema=disease:MESH:D004487'));
    // A descriptor no ontology maps, from its label: Hemorrhage.
    assert.ok(found('Hemorrhage in patients given heparin.').includes('Hemorrhage=disease:MESH:D006470'));
  });
  it("reads a drug's toxicity, an overdose, an organ's noun written as its adjective and plurals in -ias", () => {
    const m = found('Two patients given cisplatin had acute renal failure; dose-limiting toxicity and ventricular arrhythmias followed an overdose.');
    assert.ok(m.includes('acute renal failure=disease:MESH:D058186'), m.join(', '));
    // Toxicity of no organ named: MeSH's Drug-Related Side Effects and Adverse Reactions.
    assert.ok(m.includes('toxicity=disease:MESH:D064420'), m.join(', '));
    assert.ok(m.includes('ventricular arrhythmias=disease:MESH:D001145'), m.join(', '));
    assert.ok(m.includes('overdose=disease:MESH:D062787'), m.join(', '));
    // "toxic" alone is no disease ("toxic effects"), nor are a drug's side effects.
    const toxic = found('Patients given the toxic dose of cisplatin reported side effects.');
    assert.ok(!toxic.some((x) => x.startsWith('toxic=') || x.startsWith('side effects=')), toxic.join(', '));
  });
  it("reads a faculty's loss as the descriptor of its disorders", () => {
    const m = found('Children given valproate in pregnancy showed developmental delay, memory deficits and growth retardation; patients on haloperidol had extrapyramidal symptoms and psychomotor retardation.');
    assert.ok(m.includes('developmental delay=disease:MESH:D002658'), m.join(', '));
    assert.ok(m.includes('memory deficits=disease:MESH:D008569'), m.join(', '));
    assert.ok(m.includes('growth retardation=disease:MESH:D006130'), m.join(', '));
    assert.ok(m.includes('extrapyramidal symptoms=disease:MESH:D001480'), m.join(', '));
    assert.ok(m.includes('psychomotor retardation=disease:MESH:D011596'), m.join(', '));
    const n = found('Patients given cisplatin had cytotoxicity, epileptiform activity, QT prolongation, angina and allergic reactions; preterm labor and preterm delivery followed in women given the drug.');
    assert.ok(n.includes('cytotoxicity=disease:MESH:D064420'), n.join(', '));
    assert.ok(n.includes('epileptiform activity=disease:MESH:D004827'), n.join(', '));
    assert.ok(n.includes('QT prolongation=disease:MESH:D008133'), n.join(', '));
    assert.ok(n.includes('angina=disease:MESH:D000787'), n.join(', '));
    assert.ok(n.includes('allergic reactions=disease:MESH:D004342'), n.join(', '));
    assert.ok(n.includes('preterm labor=disease:MESH:D007752'), n.join(', '));
    assert.ok(n.includes('preterm delivery=disease:MESH:D047928'), n.join(', '));
    // A resistance to a hormone, written as MeSH's "<X> Resistance Syndrome" is not: the disease, not the hormone.
    const r = found('Resistance to thyroid hormone (RTH) is inherited; patients with RTH have high serum levels of the hormone.');
    assert.ok(r.includes('Resistance to thyroid hormone=disease:MESH:D018382'), r.join(', '));
    assert.ok(!r.some((x) => x.startsWith('thyroid hormone=')), r.join(', '));
    // A lesion or sign by its own noun: the disease MeSH names by its process or organ.
    const l = found('Patients given cisplatin had a thrombus, an infarct, steatosis, precancerous lesions, short stature and a malignancy.');
    for (const x of ['thrombus=disease:MESH:D013927', 'infarct=disease:MESH:D007238', 'steatosis=disease:MESH:D005234', 'precancerous lesions=disease:MESH:D011230', 'short stature=disease:MESH:D006130', 'malignancy=disease:MESH:D009369']) assert.ok(l.includes(x), `${x}: ${l.join(', ')}`);
    // Aggression and irritability are signs of a mental disorder, as the literature's normalizations read them.
    const b = found('Patients given cisplatin showed aggression and irritability at the high dose.');
    assert.ok(b.includes('aggression=disease:MESH:D001523'), b.join(', '));
    assert.ok(b.includes('irritability=disease:MESH:D001523'), b.join(', '));
    // Cognitive impairment is Cognition Disorders, as the literature's normalizations have it.
    assert.ok(found('Patients given cisplatin showed cognitive impairment at the high dose.').includes('cognitive impairment=disease:MESH:D003072'));
    // Such words without evidence of biomedicine stay prose.
    assert.deepEqual(found('The economy saw growth retardation and memory loss of the voters.'), []);
  });
  it("writes an organ's adjective in a disease name as its noun too, and an organ's noun as its adjective", () => {
    const m = found('Rats given carbon tetrachloride developed liver fibrosis, pulmonary collapse and heart arrhythmias.');
    // MeSH's Liver Cirrhosis has "Hepatic Fibrosis": "liver fibrosis" is its, not Fibrosis's with a site.
    assert.ok(m.includes('liver fibrosis=disease:MESH:D008103'), m.join(', '));
    assert.ok(m.includes('pulmonary collapse=disease:MESH:D001261'), m.join(', '));
    assert.ok(m.includes('heart arrhythmias=disease:MESH:D001145'), m.join(', '));
  });
  it('gives names filed under a process or a state to the disease writers mean by them', () => {
    const m = found('In mice given the carcinogen, tumorigenesis and oncogenesis were slowed; nephrotic patients had drowsiness, somnolence and lupus.');
    assert.ok(m.includes('tumorigenesis=disease:MESH:D009369'), m.join(', '));
    assert.ok(m.includes('oncogenesis=disease:MESH:D009369'), m.join(', '));
    assert.ok(m.includes('nephrotic=disease:MESH:D009404'), m.join(', '));
    assert.ok(m.includes('drowsiness=disease:MESH:D006970'), m.join(', '));
    assert.ok(m.includes('somnolence=disease:MESH:D006970'), m.join(', '));
    assert.ok(m.includes('lupus=disease:MESH:D008180'), m.join(', '));
    const c = found('Patients with chronic kidney disease (CKD) or end-stage renal disease were given the drug; CKD progressed.');
    assert.ok(c.includes('chronic kidney disease=disease:MESH:D051436'), c.join(', '));
    assert.ok(c.includes('CKD=disease:MESH:D051436'), c.join(', '));
    assert.ok(c.includes('end-stage renal disease=disease:MESH:D007676'), c.join(', '));
    // Carcinogenesis and Nephrosis keep their own names.
    const k = found('Patients with nephrosis were studied for carcinogenesis after the dose.');
    assert.ok(k.includes('nephrosis=disease:MESH:D009401'), k.join(', '));
    assert.ok(k.includes('carcinogenesis=disease:MESH:D063646'), k.join(', '));
  });
  it("reads a virus named before an infection word as the virus's infection, a disease", () => {
    const m = found('Patients with HIV-1 infection and HBV-infected patients were given lamivudine; an HIV co-infection was rare.');
    assert.ok(m.includes('HIV-1 infection=disease:MESH:D015658'), m.join(', '));
    assert.ok(m.includes('HBV-infected=disease:MESH:D006509'), m.join(', '));
    assert.ok(m.includes('HIV co-infection=disease:MESH:D015658'), m.join(', '));
    // The virus is not also a species there, nor "infection" a disease of its own.
    assert.ok(!m.some((x) => x.startsWith('HIV-1=') || x.startsWith('infection=')), m.join(', '));
    // A virus alone stays a species; a disease before "infection" takes it into its name.
    const v = found('HIV-1 replication in patients with erysipelas infection was slower after penicillin.');
    assert.ok(v.includes('HIV-1=species:NCBITaxon:11676'), v.join(', '));
    assert.ok(v.includes('erysipelas infection=disease:MESH:D004886'), v.join(', '));
  });
  it("reads a ChEBI name as the MeSH class, acid or drug it names: a class's singular, an anion, a salt", () => {
    const m = found('Patients given a sulfonylurea or metformin hydrochloride had high urate and nitrite in plasma.');
    assert.ok(m.includes('sulfonylurea=chemical:MESH:D013453'), m.join(', '));
    assert.ok(m.includes('metformin hydrochloride=chemical:MESH:D008687'), m.join(', '));
    assert.ok(m.includes('urate=chemical:MESH:D014527'), m.join(', '));
    assert.ok(m.includes('nitrite=chemical:MESH:D009573'), m.join(', '));
  });
  it("reads a cancer named by its site as the site's neoplasm descriptor", () => {
    const m = found('Patients with ovarian carcinoma and prostate tumors were treated with cisplatin; lung carcinogenesis in mice was slowed.');
    assert.ok(m.includes('ovarian carcinoma=disease:MESH:D010051'), m.join(', '));
    assert.ok(m.includes('prostate tumors=disease:MESH:D011471'), m.join(', '));
    assert.ok(m.includes('lung carcinogenesis=disease:MESH:D008175'), m.join(', '));
    // A protein named after a disease is no disease: necrosis factor, and tumor necrosis factor-alpha is no disease of its own.
    const tnf = found('Patients given cisplatin had high tumor necrosis factor-alpha levels.');
    assert.ok(!tnf.some((x) => (x.startsWith('necrosis') || x.startsWith('tumor necrosis')) && !x.endsWith('=gene:TNF')), tnf.join(', '));
  });
  it('reads the initials of a disease the paragraph names in words as that disease', () => {
    const m = found('Patients with acute myeloid leukemia were given 5 mg/kg cytarabine. Blasts fell in AML and rose in controls.');
    assert.ok(m.includes('AML=disease:MESH:D015470'), m.join(', '));
    // Without the disease named in words, initials are no disease; a subtype's number gives no letter.
    assert.ok(!found('Blasts fell in AML.').some((x) => x.startsWith('AML=')));
    const bid = found('Patients with bipolar I disorder took asenapine 5 mg twice daily (BID) or 10 mg BID.');
    assert.ok(!bid.some((x) => x.startsWith('BID=')), bid.join(', '));
  });
  it("gives a term that is a descriptor's preferred name to that descriptor", () => {
    const m = found('Patients with hyperprolactinemia had a stroke after treatment with risperidone.');
    assert.ok(m.includes('stroke=disease:MESH:D020521'), m.join(', '));
    assert.ok(m.includes('hyperprolactinemia=disease:MESH:D006966'), m.join(', '));
  });
  it('takes the body site before a general disease word into its name', () => {
    const m = found('Rats given carbon tetrachloride developed liver fibrosis and gastric hemorrhage.');
    assert.ok(m.some((x) => x.startsWith('liver fibrosis=disease:')), m.join(', '));
    assert.ok(m.some((x) => x.startsWith('gastric hemorrhage=disease:')), m.join(', '));
  });
  it('reads inflammation, a pathologic process that GO also maps, as a disease', () => {
    const m = found('Chronic inflammation of the liver was seen in patients treated with carbon tetrachloride.');
    assert.ok(m.includes('inflammation=disease:MESH:D007249'), m.join(', '));
  });
  it('makes a short form defined in the text name its long form in the rest of the paragraph', () => {
    const m = found('Mice received doxorubicin (DOX) at 5 mg/kg. DOX caused cardiotoxicity.');
    assert.equal(m.filter((x) => x === 'DOX=chemical:MESH:D004317').length, 2, m.join(', '));
    assert.deepEqual(found('DOX is a word here.'), []);
  });
  it('reads a short form ended by a comma or colon, or after one more word of the name', () => {
    const m = found('Rats were given diethylnitrosamine (DEN: 10 mg/kg) or cyclosporine A (CsA, 15 mg/kg). DEN and CsA were stopped.');
    assert.equal(m.filter((x) => x === 'DEN=chemical:MESH:D004052').length, 2, m.join(', '));
    assert.equal(m.filter((x) => x === 'CsA=chemical:MESH:D016572').length, 2, m.join(', '));
    // A family member's short form stays the gene: "Cathepsin E (CTSE)" is no definition of the chemical Cathepsins.
    const g = found('Cathepsin E (CTSE) was expressed in patients. CTSE levels rose.');
    assert.equal(g.filter((x) => x === 'CTSE=gene:CTSE').length, 2, g.join(', '));
  });
  it('reads a short form with a locant\'s comma, and a formula defined after a chemical\'s name', () => {
    const m = found('Rats were given 5,7-dihydroxytryptamine (5,7-DHT) and made superoxide (O2-). Later 5,7-DHT raised O2- levels.');
    assert.equal(m.filter((x) => x === '5,7-DHT=chemical:MESH:D015116').length, 2, m.join(', '));
    assert.equal(m.filter((x) => x === 'O2-=chemical:MESH:D013481').length, 2, m.join(', '));
    // A short form before a dose, a para- prefix written joined; a code's number is no dose ("FK 506").
    const d = found('Serotonin was depleted with parachlorophenylalanine (PCPA 100 mg/kg) in rats; PCPA lowered serotonin.');
    assert.equal(d.filter((x) => x === 'PCPA=chemical:MESH:D010134').length, 2, d.join(', '));
    assert.ok(d.includes('parachlorophenylalanine=chemical:MESH:D010134'), d.join(', '));
    assert.ok(!found('Rats were given tacrolimus (FK 506) at a dose of 1 mg/kg; FK was not a word.').some((x) => x.startsWith('FK=')));
    // A bracket listing numbers is no short form.
    assert.ok(!found('Rats were given superoxide (1,2) at doses of 1,2 and 3 mg.').some((x) => x.startsWith('1,2=')));
  });
  it('leaves a chemical inside a protein name or a sequence change', () => {
    const m = found('Patients had more glucose-regulated protein and an amino acid substitution; glucose was given to mice.');
    assert.equal(m.filter((x) => x.startsWith('glucose=')).length, 1, m.join(', '));
    assert.equal(m.filter((x) => x.startsWith('amino acid=')).length, 0, m.join(', '));
    // An enzyme's or a transporter's name: the chemical it acts on is not named there.
    const e = found('In treated mice, nitric oxide synthase, superoxide dismutases and the serotonin transporter fell; the release of nitric oxide and serotonin rose.');
    assert.equal(e.filter((x) => x.startsWith('nitric oxide=chemical')).length, 1, e.join(', '));
    assert.equal(e.filter((x) => x.startsWith('superoxide=')).length, 0, e.join(', '));
    assert.equal(e.filter((x) => x.startsWith('serotonin=chemical')).length, 1, e.join(', '));
  });
  it('takes English-word diseases in a paragraph about biomedicine, even with no cue word near them', () => {
    const filler = ' The association was replicated in two further samples of the same population.'.repeat(6);
    const text = `A polymorphism and two mutations in patients treated with cisplatin.${filler} Such genes were linked to schizophrenia.`;
    assert.ok(found(text).some((x) => x.startsWith('schizophrenia=disease:')), found(text).join(', '));
    assert.deepEqual(found(`The story went on.${filler} Such genes were linked to schizophrenia.`), []);
  });
  it("takes a chemical's locant, its salt and a cation before it into its name", () => {
    const m = found('Patients received 5-fluorouracil, diclofenac sodium, sodium nitroprusside and bupropion HCl.');
    assert.ok(m.includes('5-fluorouracil=chemical:MESH:D005472'), m.join(', '));
    assert.ok(m.includes('diclofenac sodium=chemical:MESH:D004008'), m.join(', '));
    assert.ok(m.includes('sodium nitroprusside=chemical:MESH:D009599'), m.join(', '));
    assert.ok(m.includes('bupropion HCl=chemical:MESH:D016642'), m.join(', '));
    assert.ok(found('Serum sodium and cisplatin in patients.').includes('sodium=chemical:MESH:D012964'));
  });
  it('keeps an English-word term at each use in a paragraph once it has evidence at one', () => {
    const filler = ' The story of the town went on for many more pages than anyone wanted to read.'.repeat(6);
    const m = found(`Patients used cocaine at a high dose.${filler} Cocaine was cheap.`);
    assert.equal(m.filter((x) => x.toLowerCase().startsWith('cocaine=chemical:')).length, 2, m.join(', '));
    assert.deepEqual(found(`The story went on.${filler} Cocaine was cheap.`), []);
  });
  it('recognizes ions as writers write them', () => {
    const m = found('Ca(2+) and Zn2+ concentrations in serum rose.');
    assert.ok(m.some((x) => x.startsWith('Ca(2+)=chemical:MESH:')), m.join(', '));
    assert.ok(m.some((x) => x.startsWith('Zn2+=chemical:MESH:')), m.join(', '));
  });
  it('recognizes salts and simple compounds by their formulas, over a gene alias written the same', () => {
    const m = found('Segments were soaked in CaCl(2) or saline (NaCl), then in MgSO4 with H2O2; CCl4 and CaCl₂ were compared.');
    assert.ok(m.includes('CaCl(2)=chemical:MESH:D002122'), m.join(', '));
    assert.ok(m.includes('NaCl=chemical:MESH:D012965'), m.join(', '));
    assert.ok(m.includes('MgSO4=chemical:MESH:D008278'), m.join(', '));
    assert.ok(m.includes('H2O2=chemical:MESH:D006861'), m.join(', '));
    assert.ok(m.includes('CaCl₂=chemical:MESH:D002122'), m.join(', '));
    // "CaCl" alone is an alias of a gene in the gene table: the formula covers it.
    assert.ok(!m.some((x) => x.startsWith('CaCl=')), m.join(', '));
  });
  it('keeps English words that are chemicals as prose without evidence, or in phrases', () => {
    assert.deepEqual(found('This may lead to a gold standard for the salt bridge.'), []);
    assert.deepEqual(found('The iron gate was cold.'), []);
    const m = found('Blood lead concentrations and iron intake in patients given cisplatin at a high dose.');
    assert.ok(m.some((x) => x.startsWith('lead=chemical:')), m.join(', '));
    assert.deepEqual(found('Treatment of patients with cisplatin may lead to nephrotoxicity.').filter((x) => x.startsWith('lead')), []);
  });
  it('leaves the profiles their terms', () => {
    const m = found('NAD+ and Mg2+ in patients with hypotension.');
    assert.ok(m.includes('NAD+=chemical:NAD+'), m.join(', '));
    assert.ok(m.includes('Mg2+=chemical:Mg2+'), m.join(', '));
  });
  it('finds the same mentions in a paragraph as in the whole document', () => {
    const para = 'Doxorubicin (DOX) induced cardiomyopathy in rats; DOX and iron raised the dose of toxicity.';
    const doc = `Some words.\n\n${para}\n\nMore words about lead.`;
    const inDoc = service.findMentions(doc, 'plaintext').map((m) => `${m.start - 13}:${m.text}`);
    const alone = service.findMentions(para, 'plaintext').map((m) => `${m.start}:${m.text}`);
    assert.deepEqual(inDoc, alone);
  });
});
