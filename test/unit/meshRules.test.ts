// The shipped chemical and disease tables' choices (scripts/build-mesh-lexicon.mjs) and the recognizer's rules on the
// words around a term (core/matcher/meshRules.ts, codeAfter in abbreviationDefs.ts), with sentences written for them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fullService } from '../helpers/mesh';
import { annotatePubtator, profileMeshId, pubtatorIdOf } from '../../server/src/cli/pubtatorAnnotations';
import { isFormula } from '../../server/src/core/matcher/abbreviationDefs';

const service = fullService();
const found = (text: string): string[] => service.findMentions(text, 'plaintext').map((m) => `${m.text}=${m.kind}:${m.entityId}`);
const named = (text: string, term: string): string[] => found(text).filter((x) => x.startsWith(`${term}=`));

describe('the tables name a disease as writers mean it', () => {
  it('reads "diabetes" as diabetes mellitus, not the gestational kind that MeSH induces by pregnancy', () => {
    assert.deepEqual(named('Patients with diabetes were given metformin at a daily dose.', 'diabetes'), ['diabetes=disease:MESH:D003920']);
    assert.deepEqual(named('Patients with gestational diabetes were given insulin.', 'gestational diabetes'), ['gestational diabetes=disease:MESH:D016640']);
  });
  it('reads "parkinsonism" as the parkinsonian disorders, not the poisoning by one toxin', () => {
    assert.deepEqual(named('Patients given haloperidol developed parkinsonism.', 'parkinsonism'), ['parkinsonism=disease:MESH:D020734']);
  });
  it('reads "depression" and "anxiety" as the disorders', () => {
    assert.deepEqual(named('Patients treated with fluoxetine for depression had a lower dose.', 'depression'), ['depression=disease:MESH:D003866']);
    // "anxiety": Anxiety Disorders, which the Disease Ontology calls so; a headache stays Headache.
    assert.deepEqual(named('Patients treated with buspirone for anxiety had a lower dose.', 'anxiety'), ['anxiety=disease:MESH:D001008']);
    assert.deepEqual(named('Patients treated with nitroglycerin had a headache.', 'headache'), ['headache=disease:MESH:D006261']);
  });
  it('reads convulsions as seizures, and "myasthenia" as myasthenia gravis', () => {
    const m = found('Mice given picrotoxin had convulsions; convulsive activity fell with diazepam. Patients with myasthenia took pyridostigmine.');
    assert.ok(m.includes('convulsions=disease:MESH:D012640'), m.join(', '));
    assert.ok(m.includes('convulsive=disease:MESH:D012640'), m.join(', '));
    assert.ok(m.includes('myasthenia=disease:MESH:D009157'), m.join(', '));
  });
  it('reads death as a disease outcome, but not the death of cells', () => {
    const m = found('Two patients given the drug at a high dose died: death followed hypotension in both.');
    assert.ok(m.includes('death=disease:MESH:D003643'), m.join(', '));
    const cells = found('Cisplatin caused apoptotic cell death and neuronal death in mice given 5 mg/kg.');
    assert.ok(!cells.some((x) => x.startsWith('death=')), cells.join(', '));
  });
  it("reads an organ's disease in one word and an organ's cancer as MeSH's organ descriptors", () => {
    const m = found('Patients given vincristine developed neuropathy and ototoxicity; lung cancer recurred after cisplatin.');
    assert.ok(m.includes('neuropathy=disease:MESH:D009422'), m.join(', '));
    assert.ok(m.includes('ototoxicity=disease:MESH:D006311'), m.join(', '));
    assert.ok(m.includes('lung cancer=disease:MESH:D008175'), m.join(', '));
  });
  it("reads no disease in a disease's course or a study's design: age of onset, survival, differential diagnosis", () => {
    const m = found('In patients with epilepsy given valproate, the age of onset, disease-free survival, genetic heterogeneity and the differential diagnosis were studied.');
    assert.ok(m.includes('epilepsy=disease:MESH:D004827'), m.join(', '));
    for (const x of ['age of onset', 'disease-free survival', 'genetic heterogeneity', 'differential diagnosis']) assert.ok(!m.some((y) => y.startsWith(`${x}=`)), `${x}: ${m.join(', ')}`);
  });
  it('reads overloads, tumorigenesis and myelosuppression as diseases', () => {
    const m = found('Patients given deferoxamine for iron overload had myelosuppression; tumorigenesis was slower in treated mice.');
    assert.ok(m.includes('iron overload=disease:MESH:D019190'), m.join(', '));
    assert.ok(m.includes('myelosuppression=disease:MESH:D001855'), m.join(', '));
    // Tumorigenesis is the tumors' disease (Neoplasms), as the literature's normalizations read it (REHOMED).
    assert.ok(m.includes('tumorigenesis=disease:MESH:D009369'), m.join(', '));
  });
  it("reads a disease named after a profile's hormone as the disease", () => {
    const m = found('Obese patients with insulin resistance were given metformin; insulin levels fell.');
    assert.ok(m.includes('insulin resistance=disease:MESH:D007333'), m.join(', '));
    assert.ok(m.some((x) => x.startsWith('insulin=hormone')), m.join(', '));
  });
  it('takes a head word after a disease into its name', () => {
    const m = found('Patients with keloid disease and depressive symptoms were given triamcinolone at a low dose.');
    assert.ok(m.some((x) => x.startsWith('keloid disease=disease:')), m.join(', '));
    assert.ok(m.some((x) => x.startsWith('depressive symptoms=disease:')), m.join(', '));
  });
  it("gives a term two entries share to the one whose source names it most directly: MeSH's own terms first", () => {
    // "coronary heart disease": an entry term of Coronary Disease, a Disease Ontology synonym of Coronary Artery Disease.
    assert.deepEqual(named('Patients with coronary heart disease were given aspirin at a low dose.', 'coronary heart disease'), ['coronary heart disease=disease:MESH:D003327']);
  });
  it('reads a descriptor that only EFO maps as a disease when the Disease Ontology names it so', () => {
    assert.deepEqual(named('Patients with gout were given allopurinol at a daily dose.', 'gout'), ['gout=disease:MESH:D006073']);
  });
  it('reads a Disease Ontology term with no MeSH id as the MeSH descriptor it falls under', () => {
    const m = found('Patients with primary microcephaly, autonomic neuropathy or gastric adenocarcinoma were given the drug at a low dose.');
    assert.ok(m.includes('primary microcephaly=disease:MESH:D008831'), m.join(', '));
    assert.ok(m.includes('autonomic neuropathy=disease:MESH:D009422'), m.join(', '));
    assert.ok(m.includes('gastric adenocarcinoma=disease:MESH:D013274'), m.join(', '));
  });
  it('reads a disease said to be inherited, with no other name, as Genetic Diseases, Inborn, and psychiatric disorders as Mental Disorders', () => {
    const m = found('Patients with an autosomal recessive disorder and genetic defects of the liver were given the drug; psychiatric disorders were rare in treated patients.');
    assert.ok(m.includes('autosomal recessive disorder=disease:MESH:D030342'), m.join(', '));
    assert.ok(m.includes('genetic defects=disease:MESH:D030342'), m.join(', '));
    assert.ok(m.includes('psychiatric disorders=disease:MESH:D001523'), m.join(', '));
  });
  it('reads the abuse of, dependence on or addiction to a substance as the disorder MeSH names', () => {
    const m = found('Heroin addicts and patients with cocaine addiction were given methadone; drug abuse fell at the high dose.');
    assert.ok(m.some((x) => /^Heroin addicts=disease:MESH:D006556$/.test(x)), m.join(', '));
    assert.ok(m.includes('cocaine addiction=disease:MESH:D019970'), m.join(', '));
    assert.ok(m.includes('drug abuse=disease:MESH:D019966'), m.join(', '));
  });
  it("reads a disease's acronym of four or five capitals that are its name's initials where the text is about biomedicine", () => {
    assert.ok(found('Patients with AIDS were given zidovudine at a daily dose.').includes('AIDS=disease:MESH:D000163'));
    assert.deepEqual(found('The charity sold AIDS ribbons at the fair.').filter((x) => x.startsWith('AIDS')), []);
  });
  it("reads a disease in a paragraph that says a chemical induced something as MeSH's drug-induced form, where there is one", () => {
    const m = found('Cocaine-induced psychosis and hypersensitivity were seen in patients given the drug at a high dose.');
    assert.ok(m.includes('psychosis=disease:MESH:D011605'), m.join(', '));
    assert.ok(m.includes('hypersensitivity=disease:MESH:D004342'), m.join(', '));
    const treated = found('Patients with psychosis were given haloperidol at a low dose.');
    assert.ok(treated.includes('psychosis=disease:MESH:D011618'), treated.join(', '));
  });
  it("reads the head of MeSH's inverted disease names alone, where one descriptor only is so headed", () => {
    const m = found('Patients given haloperidol at a high dose had agitation and coagulopathy.');
    assert.ok(m.includes('agitation=disease:MESH:D011595'), m.join(', '));
    assert.ok(m.some((x) => x.startsWith('coagulopathy=disease:')), m.join(', '));
    const n = found('Patients given propofol for anesthesia had apoptosis of neurons at a high dose.');
    assert.ok(!n.some((x) => x.startsWith('anesthesia=') || x.startsWith('apoptosis=')), n.join(', '));
  });
  it("leaves a disease's name that is part of a gene's or a virus's", () => {
    const m = found('Patients with adrenoleukodystrophy carried mutations in the adrenoleukodystrophy gene; hepatitis A virus was found in serum of patients with hepatitis A.');
    assert.equal(m.filter((x) => x.startsWith('adrenoleukodystrophy=disease')).length, 1, m.join(', '));
    assert.equal(m.filter((x) => x.startsWith('hepatitis A=disease')).length, 1, m.join(', '));
  });
});

describe('the tables name a drug as writers write it', () => {
  it('reads a drug by the name of the salt MeSH names it by', () => {
    assert.deepEqual(named('Women were given raloxifene at 60 mg daily.', 'raloxifene'), ['raloxifene=chemical:MESH:D020849']);
    assert.deepEqual(named('Rats were given dizocilpine at 0.1 mg/kg.', 'dizocilpine'), ['dizocilpine=chemical:MESH:D016291']);
  });
  it('reads drugs whose names end in -il, -el and -ac, which no ontology maps', () => {
    const m = found('Patients received flumazenil, docetaxel and etodolac at the usual dose.');
    assert.ok(m.includes('flumazenil=chemical:MESH:D005442'), m.join(', '));
    assert.ok(m.includes('docetaxel=chemical:MESH:D000077143'), m.join(', '));
    assert.ok(m.includes('etodolac=chemical:MESH:D017308'), m.join(', '));
  });
  it("reads a ChEBI name that is a MeSH class's singular or an acid's anion as that MeSH entry", () => {
    const m = found('Mice given lipopolysaccharide and folate at a high dose; steroid levels in serum rose.');
    assert.ok(m.includes('lipopolysaccharide=chemical:MESH:D008070'), m.join(', '));
    assert.ok(m.includes('folate=chemical:MESH:D005492'), m.join(', '));
    assert.ok(m.includes('steroid=chemical:MESH:D013256'), m.join(', '));
  });
  it('tells a chemical formula from other short forms', () => {
    const yes = ['O2-', 'H2O2', 'NH4+', 'Ca2+', 'NaCl', 'CO2'];
    const no = ['DOX', 'AZT', 'Xy2', 'O', 'Na', 'MK-801', 'pH'];
    for (const f of yes) assert.ok(isFormula(f, 0, f.length), f);
    for (const f of no) assert.ok(!isFormula(f, 0, f.length), f);
  });
  it("gives a profile's chemical the MeSH id of the table entry its ChEBI id names, in PubTator output", () => {
    assert.equal(profileMeshId(service, 'ATP'), 'MESH:D000255');
    const atp = service.findMentions('ATP levels fell in treated cells.', 'plaintext').find((x) => x.text === 'ATP');
    assert.ok(atp);
    assert.equal(pubtatorIdOf(service, atp, new Map()), 'MESH:D000255');
    assert.equal(profileMeshId(service, 'no-such-profile'), '');
  });
  it('writes a condition as a Disease in PubTator output only where it names one', () => {
    const doc = annotatePubtator(service, { pmid: '1', title: 'Cells grown in high glucose', abstract: 'Patients with hyperglycemia were given metformin; DNA damage rose in cells grown in high glucose.', annotations: [] }, new Map());
    const diseases = doc.annotations.filter((a) => a.type === 'Disease').map((a) => `${a.text}=${a.id}`);
    assert.ok(diseases.includes('hyperglycemia=MESH:D006943'), diseases.join(', '));
    assert.ok(!diseases.some((d) => d.startsWith('high glucose') || d.startsWith('DNA damage')), diseases.join(', '));
    // The chemical such a condition is about is written instead, at its own span.
    const text = `${doc.title}\n${doc.abstract}`;
    const glucose = doc.annotations.filter((a) => a.type === 'Chemical' && a.text === 'glucose');
    assert.equal(glucose.length, 2, doc.annotations.map((a) => a.text).join(', '));
    for (const a of glucose) assert.equal(text.slice(a.start, a.end), 'glucose');
    assert.ok(glucose.every((a) => a.id === 'MESH:D005947'), glucose.map((a) => a.id).join(', '));
  });
  it('reads "alcohol" as ethanol, and a drug whose name a compound is made of with a prefix (methadone) as a chemical', () => {
    const m = found('Patients on methadone maintenance reported alcohol consumption; serum levels were measured in patients given the drug.');
    assert.ok(m.includes('methadone=chemical:MESH:D008691'), m.join(', '));
    assert.ok(m.includes('alcohol=chemical:MESH:D000431'), m.join(', '));
  });
  it("reads an organic acid's anion as the acid, an inorganic one as the class of salts", () => {
    const m = found('Rats given valproate had higher plasma glutamate, aspartate and lactate; phosphate fell at the high dose.');
    assert.ok(m.includes('valproate=chemical:MESH:D014635'), m.join(', '));
    assert.ok(m.includes('glutamate=chemical:MESH:D018698'), m.join(', '));
    assert.ok(m.includes('aspartate=chemical:MESH:D001224'), m.join(', '));
    assert.ok(m.includes('lactate=chemical:MESH:D019344'), m.join(', '));
    assert.ok(m.includes('phosphate=chemical:MESH:D010710'), m.join(', '));
  });
  it('reads a class of compounds MeSH names by one plural word in the singular too', () => {
    const m = found('Patients treated with an anthracycline or a macrolide had a lower dose of the drug.');
    assert.ok(m.includes('anthracycline=chemical:MESH:D018943'), m.join(', '));
    assert.ok(m.includes('macrolide=chemical:MESH:D018942'), m.join(', '));
  });
  it('leaves phenomena named with a chemical morpheme out of the chemicals', () => {
    const m = found('Fluorescence of cells treated with cisplatin at a high dose was measured in mice.');
    assert.ok(!m.some((x) => x.startsWith('Fluorescence=')), m.join(', '));
  });
  it('leaves protein families named in -in, as the gene table names them, out of the chemicals', () => {
    const m = found('In treated mice, dynein, synaptotagmin and integrins were measured with cisplatin at a high dose.');
    assert.ok(!m.some((x) => /^(dynein|synaptotagmin|integrins)=chemical/.test(x)), m.join(', '));
  });
});

describe('the words around a term', () => {
  it('takes the words of pharmacology and drug use as evidence for an English-word term', () => {
    const m = found('Alcohol intake was compared with placebo.');
    assert.ok(m.some((x) => x.startsWith('Alcohol=chemical:')), m.join(', '));
    assert.deepEqual(found('There was alcohol at the party and everyone sang.'), []);
  });
  it('reads "amino acid" that counts or places residues as a unit, not a substance', () => {
    const text = 'The protein of 655 amino acids shares 95% amino acid identity with the rat one; the change at amino acid 223 and the insertion of four nucleotides were seen in patients.';
    const m = found(text);
    assert.ok(!m.some((x) => /^(amino acids?|nucleotides)=/.test(x)), m.join(', '));
    const fed = found('Plasma amino acids rose in patients given glutamine at a high dose.');
    assert.ok(fed.some((x) => x.startsWith('amino acids=chemical')), fed.join(', '));
  });
  it("reads a chemical's name a word or two before an enzyme's or a transporter's head word as part of the protein's name", () => {
    const m = found('Mutations of copper/zinc superoxide dismutase and of the sodium/iodide symporter were found in patients given zinc at a high dose.');
    assert.ok(!m.some((x) => /^(copper|sodium|iodide)=/.test(x)), m.join(', '));
    assert.equal(m.filter((x) => x.startsWith('zinc=chemical')).length, 1, m.join(', '));
    // A verb between: the chemical acts on the enzyme.
    const acts = found('Genistein activates choline acetyltransferase in rats given the drug at 5 mg/kg.');
    assert.ok(acts.some((x) => x.startsWith('Genistein=chemical')), acts.join(', '));
  });
  it("takes a drug's code defined after its name for the drug, though its letters are not the name's", () => {
    const m = found('Patients intolerant to zidovudine (AZT) were given a lower dose; AZT levels fell. Tacrolimus (FK506) and testosterone (T) were measured.');
    assert.equal(m.filter((x) => x === 'AZT=chemical:MESH:D015215').length, 2, m.join(', '));
    assert.ok(m.includes('FK506=chemical:MESH:D016559'), m.join(', '));
    assert.ok(m.includes('T=chemical:MESH:D013739'), m.join(', '));
    // A code before the name in brackets, and a code used before the paragraph defines it.
    const before = found('Anemia during FK506 (tacrolimus) therapy in patients; FK506 was stopped.');
    assert.equal(before.filter((x) => x === 'FK506=chemical:MESH:D016559').length, 2, before.join(', '));
    const title = found('AZT-induced myopathy in patients. Patients given zidovudine (AZT) at a high dose had weakness.');
    assert.equal(title.filter((x) => x === 'AZT=chemical:MESH:D015215').length, 2, title.join(', '));
    // A code of two parts joined by a hyphen, after the name or before it.
    const hyphen = found('Rats given dizocilpine (MK-801) at 0.1 mg/kg moved more; MK-801 was given again. SM-5887 (amrubicin) was given to patients.');
    assert.equal(hyphen.filter((x) => x === 'MK-801=chemical:MESH:D016291').length, 2, hyphen.join(', '));
    assert.ok(hyphen.some((x) => x.startsWith('SM-5887=chemical:')), hyphen.join(', '));
    // Not a word in brackets, nor a capital that is not the name's initial.
    const n = found('Patients given cisplatin (Sigma) or morphine (Q) at a dose of 5 mg/kg.');
    assert.ok(!n.some((x) => x.startsWith('Sigma=') || x.startsWith('Q=')), n.join(', '));
  });
});
