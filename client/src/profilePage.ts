// The profile view's page: a profile rendered as HTML, most useful first (who it is, its pathway drawn as a diagram,
// its regulators and targets, reaction, key takeaways, variants, papers, identifiers), every fact with its source.
// Pure (no vscode, no DOM): the webview passes in its CSP source and a nonce, and a function that turns a JSON path
// of the profile into a link back into the profile file. Every data string is escaped; external links are built only
// from validated identifiers (server/src/core/render/markdown.ts `urls`); no script runs.
import { KIND_STYLE } from '../../server/src/shared/entityKinds';
import type { Note, Profile, Relation } from '../../server/src/core';
import { profileLabel, urls, type SafeUrl } from '../../server/src/shared/links';
import { sourceName } from '../../server/src/shared/sourceNames';
import type { ProfileResult, RelatedEntity } from '../../server/src/shared/protocol';
import { escapeHtml } from './html';
import { pathwayOf, renderPathwaySvg } from './pathwayDiagram';
import { PAGE_STYLE } from './profilePageStyle';

export interface PageOptions {
  /** The webview's `cspSource` (allowed for styles and images). */
  cspSource: string;
  /** A fresh random nonce for the page's stylesheet. */
  nonce: string;
  /** The href that reveals a JSON path of the profile file, or undefined for no links back. */
  link?: (path: (string | number)[]) => string | undefined;
}

type Path = (string | number)[];


export function renderProfilePage(result: ProfileResult, options: PageOptions): string {
  const p = result.profile;
  const link = options.link ?? (() => undefined);
  const lookup = (ref: string): RelatedEntity | undefined => result.related[ref];
  const name = (ref: string) => escapeHtml(lookup(ref)?.symbol ?? ref);
  const svg = renderPathwaySvg(pathwayOf(p, lookup), link);
  const body = [
    header(p, link),
    summary(p),
    section('Pathway', [], link, svg ? `<div class="diagram">${svg}</div>${legend()}` : '<p class="muted">No regulators, products or targets in this profile.</p>'),
    relations('Regulated by', 'upstream', p.upstream, name, link),
    relations('Hormonal regulation', 'hormonal', p.hormonal, name, link),
    relations('Acts on', 'downstream', p.downstream, name, link),
    reactions(p, name, link),
    notes('Key takeaways', 'keyTakeaways', p.keyTakeaways, link),
    notes('Curator notes', 'curatorNotes', p.curatorNotes, link),
    variants(p, link),
    papers(p, link),
    identifiers(p),
  ];
  const csp = `default-src 'none'; style-src ${options.cspSource} 'nonce-${options.nonce}'; img-src ${options.cspSource} data:;`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="UTF-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
    `<title>${escapeHtml(`${p.symbol} — GeneLens`)}</title>`,
    `<style nonce="${escapeHtml(options.nonce)}">${PAGE_STYLE}</style>`,
    '</head>',
    `<body class="kind-${escapeHtml(p.kind)}">`,
    ...body.filter(Boolean),
    `<footer>Profile file: ${anchor(escapeHtml(profileLabel(result.uri)), link([]))}</footer>`,
    '</body>',
    '</html>',
  ].join('\n');
}

function header(p: Profile, link: (path: Path) => string | undefined): string {
  const synonyms = (p.synonyms ?? []).filter((s) => s.text.trim());
  const also = synonyms.length
    ? `<p class="also">also: ${synonyms.map((s) => `${escapeHtml(s.text)}${s.type === 'previous' ? ' <span class="muted">(previous)</span>' : ''}`).join(', ')}</p>`
    : '';
  const facts = [
    p.location ? `${escapeHtml(p.location.value)} ${source(p.location.source)}` : '',
    p.proteinType ? `${escapeHtml(p.proteinType.value)} ${source(p.proteinType.source)}` : '',
    p.proteinLength ? `${escapeHtml(p.proteinLength.value)} aa ${source(p.proteinLength.source)}` : '',
    p.family ? `${escapeHtml(p.family.value)} ${source(p.family.source)}` : '',
  ].filter(Boolean);
  return [
    `<header><h1>${anchor(escapeHtml(p.symbol), link([]))}</h1>`,
    `<p class="name">${escapeHtml(p.name)} <span class="badge">${escapeHtml(KIND_STYLE[p.kind]?.label ?? p.kind)}</span> ${source(p.nameSource)}</p>`,
    also,
    facts.length ? `<p class="facts">${facts.join(' · ')}</p>` : '',
    '</header>',
  ].join('');
}

function section(title: string, path: Path, link: (path: Path) => string | undefined, content: string): string {
  const back = path.length ? ` ${anchor('profile ↗', link(path), 'back')}` : '';
  return `<section><h2>${escapeHtml(title)}${back}</h2>${content}</section>`;
}

function relations(title: string, key: 'upstream' | 'downstream' | 'hormonal', list: Relation[] | undefined, name: (ref: string) => string, link: (path: Path) => string | undefined): string {
  if (!list?.length) return '';
  const rows = list.map(
    (r, i) =>
      `<tr><td class="entity">${name(r.entity)}</td><td><span class="effect effect-${escapeHtml(r.effect)}">${escapeHtml(r.effect)}</span>` +
      `${r.label ? ` <span class="muted">${escapeHtml(r.label)}</span>` : ''}${r.mechanism ? ` <span class="muted">(${escapeHtml(r.mechanism)})</span>` : ''}</td>` +
      `<td>${escapeHtml(r.description)} ${source(r.source)} ${anchor('↗', link([key, i]), 'back')}</td></tr>`,
  );
  return section(title, [key], link, `<table>${rows.join('')}</table>`);
}

/** The summary; where the source is loose, the curator's reading as the fact and the source's words only as its words. */
function summary(p: Profile): string {
  const s = p.summary;
  if (!s) return '';
  if (s.loose && s.note) return `<p class="summary">${escapeHtml(s.note)} ${source('curator')}</p>${looseWords(s.value, s.source)}`;
  return `<p class="summary">${escapeHtml(s.value)} ${source(s.source)}</p>`;
}

/** The source's loose wording, quoted and labelled, never as fact. */
function looseWords(text: string, from: string): string {
  return `<p class="muted loose">Loose in its source ${source(from)}: “${escapeHtml(text)}”</p>`;
}

function reactions(p: Profile, name: (ref: string) => string, link: (path: Path) => string | undefined): string {
  if (!p.reactions?.length) return '';
  const items = p.reactions.map((r, i) => {
    const side = (ids: string[], others: string[] = []) => [...ids.map(name), ...others.map(escapeHtml)].join(' + ');
    const cofactors = r.cofactors?.length ? ` <span class="muted">(with ${side(r.cofactors)})</span>` : '';
    const arrow = r.direction === 'reversible' ? '⇌' : '→';
    const equation = r.transport ? `carries ${side(r.substrates)} across the membrane` : `${side(r.substrates, r.otherSubstrates)} ${arrow} ${side(r.products, r.otherProducts)}`;
    const ids = [r.ec ? `EC ${escapeHtml(r.ec)}` : '', r.go ? `${escapeHtml(r.go)}${r.evidence?.length ? ` (${escapeHtml(r.evidence.join(', '))})` : ''}` : ''].filter(Boolean);
    const disputed = r.disputed ? ' <span class="badge">disputed</span>' : '';
    const note = r.note ? ` <span class="muted">Note: ${escapeHtml(r.note)}</span>` : '';
    return `<li><span class="reaction">${equation}</span>${cofactors}${disputed}${ids.length ? ` <span class="muted">${ids.join(' · ')}</span>` : ''}: ` +
      `${escapeHtml(r.description)} ${source(r.source)}${note} ${anchor('↗', link(['reactions', i]), 'back')}</li>`;
  });
  return section(p.reactions.length > 1 ? 'Reactions' : 'Reaction', ['reactions'], link, `<ul>${items.join('')}</ul>`);
}

function notes(title: string, key: keyof Profile, list: Note[] | undefined, link: (path: Path) => string | undefined): string {
  if (!list?.length) return '';
  const items = list.map((n) => {
    const heading = n.title ? `<strong>${escapeHtml(n.title)}:</strong> ` : '';
    // Loose wording: the curator's reading is the fact; the source's words follow, quoted.
    if (n.loose && n.note) return `<li>${heading}${escapeHtml(n.note)} ${source('curator')}${looseWords(n.text, n.source)}</li>`;
    return `<li>${heading}${escapeHtml(n.text)} ${source(n.source)}</li>`;
  });
  return section(title, [key], link, `<ul>${items.join('')}</ul>`);
}

function variants(p: Profile, link: (path: Path) => string | undefined): string {
  if (!p.snps?.length) return '';
  const items = p.snps.map((s) => `<li>${anchor(escapeHtml(s.id), urls.dbsnp(s.id)?.href)}: ${escapeHtml(s.description)} ${source(s.source)}</li>`);
  return section('Variants', ['snps'], link, `<ul>${items.join('')}</ul>`);
}

function papers(p: Profile, link: (path: Path) => string | undefined): string {
  if (!p.papers?.length) return '';
  const items = p.papers.map((paper) => {
    const url: SafeUrl | undefined = paper.pmid ? urls.pubmed(paper.pmid) : paper.doi ? urls.doi(paper.doi) : undefined;
    const ref = paper.pmid ? `PMID ${paper.pmid}` : paper.doi ? `doi:${paper.doi}` : '';
    const cite = paper.citation ? `${escapeHtml(paper.citation)}${/[.!?]$/.test(paper.citation.trim()) ? '' : '.'} ` : '';
    return `<li>${ref ? `${anchor(escapeHtml(ref), url?.href)} ` : ''}${cite}${escapeHtml(paper.description)} ${source(paper.source)}</li>`;
  });
  return section('Papers', ['papers'], link, `<ul>${items.join('')}</ul>`);
}

function identifiers(p: Profile): string {
  const ids = p.identifiers ?? {};
  const entries: [string, string | undefined, SafeUrl | undefined][] = [
    ['NCBI Gene', ids.ncbiGene?.value, ids.ncbiGene ? urls.ncbiGene(ids.ncbiGene.value) : undefined],
    ['HGNC', ids.hgnc?.value, ids.hgnc ? urls.hgnc(ids.hgnc.value) : undefined],
    ['UniProt', ids.uniprot?.value, ids.uniprot ? urls.uniprot(ids.uniprot.value) : undefined],
    ['ChEBI', ids.chebi?.value, ids.chebi ? urls.chebi(ids.chebi.value) : undefined],
    ['HMDB', ids.hmdb?.value, ids.hmdb ? urls.hmdb(ids.hmdb.value) : undefined],
    ['dbSNP', ids.dbsnp?.value, ids.dbsnp ? urls.dbsnp(ids.dbsnp.value) : undefined],
  ];
  const items = entries.filter(([, value]) => value).map(([label, value, url]) => `${escapeHtml(label)} ${anchor(escapeHtml(value), url?.href)}`);
  return items.length ? `<p class="identifiers">${items.join(' · ')}</p>` : '';
}

/** A source as shown: "PMID:27725675" links to PubMed; anything else is escaped text, named as a reader would. */
function source(raw: string | undefined): string {
  const text = (raw ?? '').trim();
  if (!text) return '';
  const pmid = /^PMID:\s*(\d+)$/i.exec(text);
  const url = pmid?.[1] ? urls.pubmed(pmid[1]) : undefined;
  return `<span class="source">[${url ? anchor(`PMID ${escapeHtml(pmid?.[1])}`, url.href) : escapeHtml(sourceName(text))}]</span>`;
}

function anchor(html: string, href: string | undefined, cls?: string): string {
  if (!href) return cls === 'back' ? '' : html;
  return `<a${cls ? ` class="${cls}"` : ''} href="${escapeHtml(href)}">${html}</a>`;
}

function legend(): string {
  const items = ['activates', 'inhibits', 'produces', 'modulates'].map((e) => `<span class="effect effect-${e}">${e}</span>`);
  return `<p class="legend muted">Arrows: ${items.join(' ')}; grey arrows are substrates, cofactors and requirements.</p>`;
}
