// The profile view's page: the pure renderer's HTML (escaped, strict CSP, no script, links only to validated public
// pages and to the reveal command), then the same page for the shipped NMRK1 profile rendered headless in Debian's
// Chromium (playwright-core): the pathway diagram has its nodes and labelled edges, laid out without overlaps, the
// nonce'd stylesheet applies under the CSP, and a screenshot goes to test-output/profile-view/ (git-ignored).
// Without Chromium the browser test is reported as skipped with the install command; under CI=true it fails
// (test/editors/realEditor.ts).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { pathwayOf } from '../../client/src/pathwayDiagram';
import { renderProfilePage } from '../../client/src/profilePage';
import { createLanguageService } from '../../server/src/core';
import type { Profile } from '../../server/src/core/profile';
import { readProfileDocuments } from '../../server/src/profileFiles';
import type { ProfileResult } from '../../server/src/shared/protocol';
import { chromiumPath, chromiumRequirement, decide, demand, isCi, testOptions } from '../editors/realEditor';
import { NMRK1, profileDocument } from '../helpers/featureProfiles';

const ROOT = path.resolve(__dirname, '../../..');
const SCREENSHOTS = path.join(ROOT, 'test-output', 'profile-view');
const CHROMIUM = chromiumPath();
const browserDecision = decide(chromiumRequirement(), isCi());

interface Box { x: number; y: number; w: number; h: number }
interface Diagram {
  nodes: { id: string | null; text: string; box: Box }[];
  edges: { from: string | null; to: string | null; label: string; length: number }[];
  focusFill: string;
  scripts: number;
}

/** Runs in the page (a string, since the tests compile without the DOM library): what the SVG holds and where. */
const READ_DIAGRAM = `(() => {
  const box = (e) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; };
  return {
    nodes: [...document.querySelectorAll('svg.pathway g.node')].map((g) => ({
      id: g.getAttribute('data-id'), text: g.querySelector('text')?.textContent ?? '', box: box(g.querySelector('rect')),
    })),
    edges: [...document.querySelectorAll('svg.pathway g.edge')].map((g) => ({
      from: g.getAttribute('data-from'), to: g.getAttribute('data-to'),
      label: g.querySelector('text.edge-label')?.textContent ?? '', length: g.querySelector('path')?.getTotalLength() ?? 0,
    })),
    focusFill: getComputedStyle(document.querySelector('svg.pathway g.node.focus rect')).fill,
    scripts: document.scripts.length,
  };
})()`;

const reveal = (uri: string) => (p: (string | number)[]) => `command:genelens.revealProfileEntry?${encodeURIComponent(JSON.stringify([uri, p]))}`;

function shipped(id: string): ProfileResult {
  const { docs } = readProfileDocuments([path.join(ROOT, 'data', 'profiles')]);
  const result = createLanguageService({ profiles: docs }).getProfile(id);
  assert.ok(result, `the shipped data has a profile for ${id}`);
  return result;
}

function page(result: ProfileResult): string {
  return renderProfilePage(result, { cspSource: 'https://webview.test', nonce: 'n0nce4test', link: reveal(result.uri) });
}

describe('profile page (pure renderer)', () => {
  it('has a strict CSP, no script, and only links to public pages and the reveal command', () => {
    const html = page(shipped('NMRK1'));
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src https:\/\/webview\.test &#39;nonce-n0nce4test&#39;;/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no event handler attributes');
    assert.doesNotMatch(html, /\sstyle=/i, 'no inline style attributes (the CSP would block them)');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1] ?? '');
    assert.ok(hrefs.length > 10);
    for (const href of hrefs) assert.match(href, /^(https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov|www\.ncbi\.nlm\.nih\.gov|www\.genenames\.org|www\.uniprot\.org|doi\.org)\/|command:genelens\.revealProfileEntry\?)/, href);
  });

  it('escapes every data string', () => {
    const evil: Profile = {
      ...NMRK1,
      name: '<script>alert(1)</script> kinase',
      summary: { value: 'x" onmouseover="alert(1)', source: '<b>seed</b>' },
      upstream: [{ entity: '<img src=x onerror=alert(1)>', effect: 'activates', label: 'A', description: '</table><iframe>', source: 'seed' }],
      papers: [{ pmid: '27725675"><script>', description: 'javascript:alert(1)', source: 'seed' }],
    };
    const { profile } = { profile: evil };
    const html = page({ profile, uri: profileDocument(NMRK1).uri, related: {} });
    assert.doesNotMatch(html, /<script|<img|<iframe|<\/table><iframe|<b>seed/i);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; kinase/);
    assert.match(html, /x&quot; onmouseover=&quot;alert\(1\)/);
    assert.doesNotMatch(html, /pubmed\.ncbi\.nlm\.nih\.gov\/27725675"/, 'no link from an invalid PMID');
  });

  it('draws the regulators into the gene and the gene into its products and targets', () => {
    const { profile, related } = shipped('NMRK1');
    const pathway = pathwayOf(profile, (ref) => related[ref]);
    const edge = (from: string, to: string) => pathway.edges.find((e) => e.from === from && e.to === to)?.kind;
    assert.equal(edge('AMPK', 'NMRK1'), 'activates');
    assert.equal(edge('NMRK1', 'NMN'), 'produces');
    assert.equal(edge('high glucose', 'NMRK1'), 'inhibits');
    assert.equal(edge('NR', 'NMRK1'), 'substrate');
    const label = (from: string, to: string) => pathway.edges.find((e) => e.from === from && e.to === to)?.label;
    assert.equal(label('NMRK1', 'NAD+'), 'raises', 'a gene raises the level of a chemical; it does not activate it');
    assert.equal(label('NMRK1', 'SIRT1'), 'activates');
    assert.equal(label('AMPK', 'NMRK1'), 'activates');
    assert.equal(pathway.nodes.filter((n) => n.focus).length, 1);
  });
});

describe('profile page in headless Chromium', () => {
  it('renders the NMRK1 page with its pathway diagram and saves a screenshot', testOptions(browserDecision), async () => {
    demand(browserDecision);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    });
    try {
      // Beside the text in a 1280 px window: the view gets about half of it.
      const tab = await browser.newPage({ viewport: { width: 620, height: 900 } });
      const requests: string[] = [];
      await tab.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.abort();
      });
      const violations: string[] = [];
      tab.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await tab.setContent(page(shipped('NMRK1')), { waitUntil: 'load' });
      const diagram = await tab.evaluate<Diagram>(READ_DIAGRAM);
      const ids = diagram.nodes.map((n) => n.id);
      for (const id of ['NMRK1', 'AMPK', 'NMN', 'NAD+', 'SIRT1']) assert.ok(ids.includes(id), `a node for ${id}: ${ids.join(', ')}`);
      assert.equal(diagram.nodes.find((n) => n.id === 'AMPK')?.text, 'AMPK');
      const labelled = (from: string, to: string) => diagram.edges.find((e) => e.from === from && e.to === to);
      assert.equal(labelled('AMPK', 'NMRK1')?.label, 'activates');
      assert.equal(labelled('NMRK1', 'NMN')?.label, 'produces');
      assert.equal(labelled('high glucose', 'NMRK1')?.label, 'inhibits');
      assert.equal(labelled('NMRK1', 'NAD+')?.label, 'raises');
      const right = Math.max(...diagram.nodes.map((n) => n.box.x + n.box.w));
      assert.ok(right <= 620, `the diagram fits the view (right edge at ${right} px)`);
      assert.equal(await tab.evaluate<boolean>('document.documentElement.scrollWidth <= window.innerWidth'), true, 'no horizontal scrolling');
      assert.ok(diagram.edges.every((e) => e.label && e.length > 10), 'every edge is drawn and labelled');
      for (const [i, a] of diagram.nodes.entries()) {
        assert.ok(a.box.w > 20 && a.box.h > 10, `${a.id} has a size`);
        for (const b of diagram.nodes.slice(i + 1)) {
          const apart = a.box.x + a.box.w <= b.box.x || b.box.x + b.box.w <= a.box.x || a.box.y + a.box.h <= b.box.y || b.box.y + b.box.h <= a.box.y;
          assert.ok(apart, `${a.id} and ${b.id} do not overlap`);
        }
      }
      assert.equal(diagram.focusFill, 'rgb(14, 99, 156)', 'the nonce-d stylesheet applies under the CSP');
      assert.equal(diagram.scripts, 0);
      assert.deepEqual(violations, []);
      assert.deepEqual(requests, [], 'the page loads nothing');
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, 'nmrk1.png');
      await tab.screenshot({ path: file, fullPage: true });
      assert.ok(fs.statSync(file).size > 10_000, 'a screenshot with content');
    } finally {
      await browser.close();
    }
  });
});
