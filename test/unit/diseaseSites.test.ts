// A general disease word takes the body site written before it (core/matcher/diseaseSites.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { siteStart } from '../../server/src/core/matcher/diseaseSites';

/** The span the head word `head` gets in `text`. */
const span = (text: string, head: string): string => {
  const start = text.indexOf(head);
  return text.slice(siteStart(text, start, start + head.length, 0), start + head.length);
};

describe('body sites of diseases', () => {
  it('takes an organ or tissue, as a noun or an adjective, before a general disease word', () => {
    assert.equal(span('Rats developed liver fibrosis after the diet.', 'fibrosis'), 'liver fibrosis');
    assert.equal(span('We saw gastric hemorrhage in two dogs.', 'hemorrhage'), 'gastric hemorrhage');
    assert.equal(span('Cisplatin caused tubular necrosis.', 'necrosis'), 'tubular necrosis');
  });
  it('takes a word of the kind of disease before any disease name', () => {
    assert.equal(span('Two had congestive heart failure.', 'heart failure'), 'congestive heart failure');
    assert.equal(span('Rates of postoperative delirium fell.', 'delirium'), 'postoperative delirium');
  });
  it('takes how a disease is inherited into its name', () => {
    assert.equal(span('Boys with X-linked adrenoleukodystrophy were seen.', 'adrenoleukodystrophy'), 'X-linked adrenoleukodystrophy');
    assert.equal(span('A family with autosomal dominant hypercholesterolemia.', 'hypercholesterolemia'), 'autosomal dominant hypercholesterolemia');
    assert.equal(span('Two had congenital cataract.', 'cataract'), 'congenital cataract');
    assert.equal(span('A dominant hypercholesterolemia.', 'hypercholesterolemia'), 'hypercholesterolemia');
  });
  it('leaves a word that is no body site, a word joined to another, and a disease word that is specific', () => {
    assert.equal(span('They had severe fibrosis.', 'fibrosis'), 'fibrosis');
    assert.equal(span('HBV-liver fibrosis was rare.', 'fibrosis'), 'fibrosis');
    assert.equal(span('A liver cirrhosis model.', 'cirrhosis'), 'cirrhosis');
    assert.equal(span('Brain metastases were counted.', 'metastases'), 'metastases');
  });
});
