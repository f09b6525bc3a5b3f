import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Hover } from 'vscode-languageserver-types';
import { HoverProvider } from '../../server/src/core/features/hover';
import { mentionAt } from '../../server/src/core/features/mentionAt';
import type { Profile } from '../../server/src/core/profile';
import type { Mention } from '../../server/src/core/types';
import { renderEntityCard, renderUnknownVariantCard, profileLabel } from '../../server/src/core/render/hoverCard';
import { escapeMarkdown, urls } from '../../server/src/core/render/markdown';
import { docWithCursor } from '../helpers/cursor';
import { DEFAULT_PROFILES, loadFixture, NMRK1 } from '../helpers/featureProfiles';

const ALLOWED_LINK = /^https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov|www\.ncbi\.nlm\.nih\.gov|www\.genenames\.org|www\.uniprot\.org|www\.ebi\.ac\.uk|hmdb\.ca|doi\.org)\//;

/**
 * What a Markdown renderer would turn into links or HTML: link destinations, autolinks and raw tags, and bare
 * URLs that GFM autolinks (http, https, www). A scheme such as `javascript:` in plain text is not a link.
 */
function liveMarkup(markdown: string): { links: string[]; raw: string[] } {
  const unescaped = markdown.replace(/\\[!-/:-@[-`{-~]/g, '');
  const links = [...unescaped.matchAll(/\]\(([^)\s]*)\)/g)].map((m) => m[1] ?? '');
  const text = unescaped.replace(/\]\([^)\s]*\)/g, ']');
  const raw = [...text.matchAll(/<[^>]*>?|\bhttps?:\/\/[^\s]*|\bwww\.[^\s]*/gi)].map((m) => m[0]);
  return { links, raw };
}

function hoverAt(textWithCursor: string, profiles: readonly Profile[] = DEFAULT_PROFILES): { hover: Hover | null; text: string } {
  const { lexicon, analyzer } = loadFixture(profiles);
  const { doc, position } = docWithCursor(textWithCursor);
  const hover = new HoverProvider(lexicon, analyzer).provideHover(doc, position);
  return { hover, text: doc.getText() };
}

function cardOf(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  const contents = hover.contents;
  assert.ok(typeof contents === 'object' && 'kind' in contents, 'expected MarkupContent');
  assert.equal(contents.kind, 'markdown');
  return contents.value;
}

describe('escapeMarkdown', () => {
  it('leaves +, - and . inside words alone', () => {
    for (const word of ['NAD+', 'NAD+-dependent', 'rs12611', '9q21.13', 'Mg2+', 'NMRK1-mediated']) {
      assert.equal(escapeMarkdown(word), word);
    }
  });

  it('escapes link, image, emphasis and code syntax', () => {
    const escaped = escapeMarkdown('[x](command:evil) ![i](http://e/x.png) *b* _i_ `c` #h |t| ~s~ {a}');
    assert.deepEqual(liveMarkup(escaped), { links: [], raw: [] });
    assert.ok(!/(^|[^\\])[[\]*_`#|~]/.test(escaped), escaped);
  });

  it('leaves parentheses, ! and braces alone: no link can start without [ (Neovim 0.7 shows escapes literally)', () => {
    assert.equal(escapeMarkdown('nicotinamide riboside (NR)!'), 'nicotinamide riboside (NR)!');
    assert.equal(escapeMarkdown('{a}'), '{a}');
    for (const evil of ['](javascript:alert(1))', '![x](http://e/x.png)', 'x]: http://e']) {
      assert.deepEqual(liveMarkup(`[label](https://pubmed.ncbi.nlm.nih.gov/1/) ${escapeMarkdown(evil)}`).links.length, 1, evil);
    }
  });

  it('HTML-escapes tags and ampersands', () => {
    assert.equal(escapeMarkdown('<img src=x> & co'), '&lt;img src=x&gt; &amp; co');
  });

  it('breaks up bare URLs so they are not autolinked', () => {
    assert.deepEqual(liveMarkup(escapeMarkdown('see https://evil.example/x and www.evil.example')).raw, []);
  });

  it('escapes a leading list or heading marker and collapses line breaks', () => {
    assert.equal(escapeMarkdown('+ one'), '\\+ one');
    assert.equal(escapeMarkdown('- two'), '\\- two');
    assert.equal(escapeMarkdown('1986. A year'), '1986\\. A year');
    assert.equal(escapeMarkdown('line one\n\n# line two\r\n'), 'line one \\# line two');
  });
});

describe('identifier links', () => {
  it('are built from a fixed https base and a validated id', () => {
    assert.equal(urls.pubmed('27725675')?.href, 'https://pubmed.ncbi.nlm.nih.gov/27725675/');
    assert.equal(urls.ncbiGene('54981')?.href, 'https://www.ncbi.nlm.nih.gov/gene/54981');
    assert.equal(urls.uniprot('Q9NWW6')?.href, 'https://www.uniprot.org/uniprotkb/Q9NWW6/entry');
    assert.equal(urls.dbsnp('rs12611')?.href, 'https://www.ncbi.nlm.nih.gov/snp/rs12611');
    assert.match(urls.hgnc('HGNC:26057')?.href ?? '', /^https:\/\/www\.genenames\.org\/.*HGNC:26057$/);
    assert.match(urls.chebi('CHEBI:15846')?.href ?? '', /^https:\/\/www\.ebi\.ac\.uk\/chebi\/.*CHEBI:15846$/);
  });

  it('are refused for anything that is not a well-formed id', () => {
    assert.equal(urls.pubmed('123)(javascript:alert(1)'), undefined);
    assert.equal(urls.pubmed('PMID:123'), undefined);
    assert.equal(urls.uniprot('q9nww6'), undefined);
    assert.equal(urls.dbsnp('rs12611/../../evil'), undefined);
    assert.equal(urls.hgnc('HGNC:1 x'), undefined);
  });
});

describe('HoverProvider', () => {
  it('shows a gene card, most useful first, with sources and links', () => {
    const { hover } = hoverAt('We studied NM$$CURSOR$$RK1 in liver.');
    const card = cardOf(hover);
    assert.match(card.split('\n')[0] ?? '', /^\*\*NMRK1\*\* — nicotinamide riboside kinase 1.* · \*gene\*/);
    assert.match(card, /also: NRK1, C9orf95 \(previous\)/);
    assert.match(card, /9q21\.13.* · kinase.* · 199 aa/);
    assert.match(card, /bypasses NAMPT/);
    assert.match(card, /\*\*Regulated by:\*\* AMPK ↑ activates/);
    assert.match(card, /\*\*Acts on:\*\* NMN → produces.* · NAD\+ ↑ activates/);
    assert.match(card, /\[rs12611\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/snp\/rs12611\)/);
    assert.match(card, /\[PMID 27725675\]\(https:\/\/pubmed\.ncbi\.nlm\.nih\.gov\/27725675\/\)/);
    assert.match(card, /\[NCBI Gene 54981\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/gene\/54981\)/);
    assert.match(card, /\[UniProt Q9NWW6\]\(https:\/\/www\.uniprot\.org\/uniprotkb\/Q9NWW6\/entry\)/);
    assert.match(card, /Profile: data\/profiles\/genes\/NMRK1\.json/);
    assert.match(card, /Sources: ¹ HGNC · ² GeneLens curated profile · ³ UniProt · ⁴ \[PMID 27725675\]\(https:\/\/pubmed/);
    assert.ok(!card.includes('file://') && !card.includes('/workspace'), 'no absolute paths');
    assert.deepEqual(hover?.range, { start: { line: 0, character: 11 }, end: { line: 0, character: 16 } });
  });

  it('covers the whole mention, its end included, and nothing around it', () => {
    assert.ok(hoverAt('We studied $$CURSOR$$NMRK1 in liver.').hover);
    assert.ok(hoverAt('We studied NMRK1$$CURSOR$$ in liver.').hover);
    assert.equal(hoverAt('We studied$$CURSOR$$ NMRK1 in liver.').hover, null);
    assert.equal(hoverAt('We studied NMRK1 $$CURSOR$$in liver.').hover, null);
    assert.equal(hoverAt('We $$CURSOR$$studied NMRK1 in liver.').hover, null);
  });

  it('makes a card once per way of naming an entity, and says each way', () => {
    const { lexicon, analyzer } = loadFixture(DEFAULT_PROFILES);
    const provider = new HoverProvider(lexicon, analyzer);
    const text = 'NMRK1, NRK1 and NMRK1 again.';
    const at = (doc: ReturnType<typeof docWithCursor>['doc'], offset: number) => provider.provideHover(doc, doc.positionAt(offset));
    const { doc } = docWithCursor(`$$CURSOR$$${text}`);
    const first = at(doc, 1);
    const alias = at(doc, text.indexOf('NRK1') + 1);
    const again = at(doc, text.lastIndexOf('NMRK1') + 1);
    assert.equal(cardOf(again), cardOf(first));
    assert.notEqual(cardOf(alias), cardOf(first));
    assert.match(cardOf(alias), /\*NRK1\* is an alias of/);
    assert.doesNotMatch(cardOf(again), /is an alias of/);
    assert.deepEqual(again?.range, { start: { line: 0, character: 16 }, end: { line: 0, character: 21 } }, 'the range is the hovered mention');
  });

  it('says how an alias relates to the approved symbol', () => {
    const { hover } = hoverAt('The alias NR$$CURSOR$$K1 still appears in older papers.');
    const card = cardOf(hover);
    assert.match(card, /^\*\*NMRK1\*\*/);
    assert.match(card, /\*NRK1\* is an alias of \*\*NMRK1\*\*/);
    assert.deepEqual(hover?.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 14 } });
  });

  it('recognizes the full name and says so', () => {
    const card = cardOf(hoverAt('We studied nicotinamide riboside kin$$CURSOR$$ase 1 in liver.').hover);
    assert.match(card, /\*nicotinamide riboside kinase 1\* is the full name of \*\*NMRK1\*\*/);
  });

  it('shows a chemical card that keeps the plus sign', () => {
    const { hover } = hoverAt('A NA$$CURSOR$$D+-dependent deacylase.');
    const card = cardOf(hover);
    assert.match(card, /^\*\*NAD\+\*\* — nicotinamide adenine dinucleotide.* · \*chemical\*/);
    assert.match(card, /\[CHEBI:15846\]\(https:\/\/www\.ebi\.ac\.uk\/chebi\/[^)]*CHEBI:15846\)/);
    assert.match(card, /\[HMDB0000902\]\(https:\/\/hmdb\.ca\/metabolites\/HMDB0000902\)/);
    assert.deepEqual(hover?.range, { start: { line: 0, character: 2 }, end: { line: 0, character: 6 } });
  });

  it('shows the card of an rs ID the data describes', () => {
    const card = cardOf(hoverAt('The variant rs126$$CURSOR$$11 was studied.').hover);
    assert.match(card, /^\*\*rs12611\*\*.* · \*variant\*/);
    assert.match(card, /listed under NMRK1/);
    assert.match(card, /\[dbSNP rs12611\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/snp\/rs12611\)/);
  });

  it('shows a short card for an rs ID the data does not know', () => {
    const card = cardOf(hoverAt('The variant rs99$$CURSOR$$99999 was studied.').hover);
    assert.match(card, /^\*\*rs9999999\*\* · \*variant\*/);
    assert.match(card, /Not in the profile data\./);
    assert.match(card, /\[dbSNP rs9999999\]\(https:\/\/www\.ncbi\.nlm\.nih\.gov\/snp\/rs9999999\)/);
    assert.equal(renderUnknownVariantCard('rs1)(javascript:x').includes(']('), false);
  });

  it('returns null away from any term', () => {
    assert.equal(hoverAt('Nothing to see $$CURSOR$$here.').hover, null);
    assert.equal(hoverAt('$$CURSOR$$').hover, null);
  });
});

describe('mentionAt', () => {
  const m = (start: number, end: number): Mention => ({
    start, end, text: 'x'.repeat(end - start), entityId: `e${start}`, kind: 'gene', via: 'symbol', known: true,
  });

  it('finds the mention from its first character to its end, preferring one that starts at the offset', () => {
    const touching = [m(0, 4), m(4, 8), m(10, 12)];
    assert.equal(mentionAt(touching, 0)?.start, 0);
    assert.equal(mentionAt(touching, 4)?.start, 4);
    assert.equal(mentionAt(touching, 8)?.start, 4);
    assert.equal(mentionAt(touching, 9), undefined);
    assert.equal(mentionAt(touching, 12)?.start, 10);
    assert.equal(mentionAt(touching, 13), undefined);
    assert.equal(mentionAt([], 0), undefined);
  });

  it('does not depend on the matcher sorting its mentions', () => {
    assert.equal(mentionAt([m(20, 25), m(0, 4), m(10, 12)], 11)?.start, 10);
  });
});

describe('hover card escaping', () => {
  const EVIL: Profile = {
    ...NMRK1,
    synonyms: [{ text: '[x](command:evil)', type: 'synonym', source: 'seed' }],
    summary: { value: 'Click [x](command:evil) or <img src=x onerror=alert(1)> or javascript:alert(1) at https://evil.example', source: 'seed' },
    family: { value: '<script>alert(1)</script> ![i](https://evil.example/i.png)', source: 'seed' },
    papers: [{ citation: '[paper](javascript:alert(1))', description: 'x', source: 'seed' }],
  };

  it('turns no data text into a link, an image or HTML', () => {
    const card = cardOf(hoverAt('$$CURSOR$$NMRK1', [EVIL]).hover);
    const { links, raw } = liveMarkup(card);
    assert.deepEqual(raw, []);
    assert.ok(links.length > 0);
    for (const url of links) assert.match(url, ALLOWED_LINK);
    assert.ok(!/\]\((?:javascript|command):/i.test(card.replace(/\\./g, '')), 'no javascript: or command: link');
    assert.ok(card.includes('&lt;img src=x'), 'the text is still shown, escaped');
  });

  it('gives no link for a malformed identifier, even in a profile that skipped validation', () => {
    const { lexicon } = loadFixture([NMRK1]);
    const entity = lexicon.get('NMRK1');
    assert.ok(entity?.profile);
    const profile: Profile = {
      ...entity.profile.profile,
      identifiers: { uniprot: { value: 'Q9NWW6)(javascript:alert(1)', source: 'UniProt' } },
      papers: [{ pmid: '1)(command:evil', description: 'x', source: 'seed' }],
    };
    const card = renderEntityCard({ ...entity, profile: { ...entity.profile, profile } }, lexicon);
    const { links, raw } = liveMarkup(card);
    assert.deepEqual(raw, []);
    for (const url of links) assert.match(url, ALLOWED_LINK);
    assert.ok(!links.some((u) => u.includes('uniprot') || u.includes('pubmed')));
  });

  it('shows profile files relative to their data folder', () => {
    assert.equal(profileLabel('file:///home/me/genelens/data/profiles/chemicals/NAD%2B.json'), 'data/profiles/chemicals/NAD+.json');
    assert.equal(profileLabel('file:///home/me/project/.genelens/profiles/x.json'), '.genelens/profiles/x.json');
    assert.equal(profileLabel('file:///tmp/elsewhere/x.json'), 'x.json');
  });
});
