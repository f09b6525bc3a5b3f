// The pathway of a profile as an SVG diagram: its regulators (upstream, hormonal), what it needs (substrates,
// cofactors, requirements), the entity itself, and its products and targets (downstream, reaction products), each
// arrow labelled with its effect. Laid out by @dagrejs/dagre (left to right); drawn as plain SVG markup with classes
// only, so the page's one stylesheet themes it and the Content Security Policy needs no inline styles. Pure: no
// vscode, no DOM; every data string is escaped.
import type { Effect, Profile } from '../../server/src/core';
import type { RelatedEntity } from '../../server/src/shared/protocol';
import { escapeHtml } from './html';

// @dagrejs/dagre ships ES module typings; the CommonJS build is what require() (and esbuild) load.
type Dagre = typeof import('@dagrejs/dagre', { with: { 'resolution-mode': 'import' } });
const dagre = require('@dagrejs/dagre') as Dagre;

export type EdgeKind = Effect | 'substrate' | 'cofactor' | 'requires';

export interface PathwayNode {
  id: string;
  label: string;
  /** The profile's own entity. */
  focus: boolean;
  title: string;
}

export interface PathwayEdge {
  from: string;
  to: string;
  kind: EdgeKind;
  label: string;
  /** JSON path of the fact in the profile file. */
  path: (string | number)[];
  title: string;
}

export interface Pathway {
  nodes: PathwayNode[];
  edges: PathwayEdge[];
}

/** How an entity reference is shown: its symbol when known, else the text as the profile wrote it. */
export type Lookup = (ref: string) => RelatedEntity | undefined;

/** The graph of a profile's relations: node ids are entity ids (or the reference text when unknown). */
export function pathwayOf(profile: Profile, lookup: Lookup): Pathway {
  const nodes = new Map<string, PathwayNode>();
  const edges: PathwayEdge[] = [];
  const node = (ref: string): string => {
    const related = lookup(ref);
    const id = related?.id ?? ref;
    if (!nodes.has(id)) {
      const focus = id === profile.id;
      const label = focus ? profile.symbol : (related?.symbol ?? ref);
      const name = focus ? profile.name : related?.name;
      nodes.set(id, { id, label, focus, title: name && name !== label ? `${label}: ${name}` : label });
    }
    return id;
  };
  const self = node(profile.id);
  const kindOf = (id: string) => (id === profile.id ? profile.kind : lookup(id)?.kind);
  const edge = (from: string, to: string, kind: EdgeKind, path: (string | number)[], title: string): void => {
    if (edges.some((e) => e.from === from && e.to === to && e.kind === kind)) return;
    edges.push({ from, to, kind, label: edgeLabel(kind, kindOf(to)), path, title });
  };
  (profile.upstream ?? []).forEach((r, i) => edge(node(r.entity), self, r.effect, ['upstream', i], r.description));
  (profile.hormonal ?? []).forEach((r, i) => edge(node(r.entity), self, r.effect, ['hormonal', i], r.description));
  (profile.reactions ?? []).forEach((r, i) => {
    for (const s of r.substrates) edge(node(s), self, 'substrate', ['reactions', i], r.description);
    for (const c of r.cofactors ?? []) edge(node(c), self, 'cofactor', ['reactions', i], r.description);
    for (const p of r.products) edge(self, node(p), 'produces', ['reactions', i], r.description);
  });
  (profile.requires ?? []).forEach((r, i) => {
    const from = node(r.entity);
    if (!edges.some((e) => e.from === from && e.to === self)) edge(from, self, 'requires', ['requires', i], r.description);
  });
  (profile.downstream ?? []).forEach((r, i) => edge(self, node(r.entity), r.effect, ['downstream', i], r.description));
  return { nodes: [...nodes.values()], edges };
}

/**
 * The word on an arrow, read with its ends as a sentence: "AMPK activates NMRK1", "NMRK1 produces NMN". A gene does
 * not activate a chemical or a hormone, it changes how much there is: "NMRK1 raises NAD+" (levels), "lowers".
 */
function edgeLabel(kind: EdgeKind, target: string | undefined): string {
  if (kind === 'requires') return 'required';
  if (target === 'chemical' || target === 'hormone') {
    if (kind === 'activates') return 'raises';
    if (kind === 'inhibits') return 'lowers';
  }
  return kind;
}

const FONT = 13;
const CHAR_WIDTH = 7.8;
const NODE_HEIGHT = 32;
const LABEL_HEIGHT = 16;

/**
 * The diagram as an `<svg>` element. `link(path)` gives the href that reveals a JSON path of the profile file (a
 * command URI in VS Code), or undefined for no links.
 */
export function renderPathwaySvg(pathway: Pathway, link: (path: (string | number)[]) => string | undefined): string {
  if (pathway.edges.length === 0) return '';
  const g = new dagre.graphlib.Graph<Record<string, unknown>, { width: number; height: number; x?: number; y?: number }, { label: string; width: number; height: number; labelpos: 'c'; points?: { x: number; y: number }[]; x?: number; y?: number }>({ multigraph: true });
  g.setGraph({ rankdir: 'LR', nodesep: 18, edgesep: 14, ranksep: 90, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({ label: '', width: 0, height: 0, labelpos: 'c' }));
  for (const n of pathway.nodes) g.setNode(n.id, { width: Math.max(56, n.label.length * CHAR_WIDTH + 24), height: NODE_HEIGHT });
  pathway.edges.forEach((e, i) => {
    g.setEdge(e.from, e.to, { label: e.label, width: e.label.length * (CHAR_WIDTH - 1) + 8, height: LABEL_HEIGHT, labelpos: 'c' }, `e${i}`);
  });
  dagre.layout(g);
  const graph = g.graph() as { width?: number; height?: number };
  const width = Math.ceil(graph.width ?? 0);
  const height = Math.ceil(graph.height ?? 0);
  const parts: string[] = [];
  pathway.edges.forEach((e, i) => {
    const laid = g.edge(e.from, e.to, `e${i}`);
    const points = laid?.points ?? [];
    if (points.length < 2) return;
    const d = smoothPath(points);
    const lx = round(laid?.x ?? 0);
    const ly = round(laid?.y ?? 0);
    const body =
      `<title>${escapeHtml(`${labelOf(pathway, e.from)} ${e.label} ${labelOf(pathway, e.to)}${e.label === 'raises' || e.label === 'lowers' ? ' levels' : ''}${e.title ? `: ${e.title}` : ''}`)}</title>` +
      `<path class="edge-line" d="${d}" marker-end="url(#arrow-${e.kind})"/>` +
      `<text class="edge-label" x="${lx}" y="${ly}" text-anchor="middle" dominant-baseline="central">${escapeHtml(e.label)}</text>`;
    parts.push(wrapLink(`<g class="edge effect-${e.kind}" data-from="${escapeHtml(e.from)}" data-to="${escapeHtml(e.to)}" data-effect="${e.kind}">${body}</g>`, link(e.path)));
  });
  for (const n of pathway.nodes) {
    const laid = g.node(n.id);
    if (!laid || laid.x === undefined || laid.y === undefined) continue;
    const x = round(laid.x - laid.width / 2);
    const y = round(laid.y - laid.height / 2);
    const body =
      `<title>${escapeHtml(n.title)}</title>` +
      `<rect x="${x}" y="${y}" width="${round(laid.width)}" height="${laid.height}" rx="6" ry="6"/>` +
      `<text x="${round(laid.x)}" y="${round(laid.y)}" text-anchor="middle" dominant-baseline="central">${escapeHtml(n.label)}</text>`;
    const node = `<g class="node${n.focus ? ' focus' : ''}" data-id="${escapeHtml(n.id)}">${body}</g>`;
    parts.push(n.focus ? wrapLink(node, link([])) : node);
  }
  const markers = (['activates', 'inhibits', 'produces', 'modulates', 'substrate', 'cofactor', 'requires'] as const)
    .map((k) => `<marker id="arrow-${k}" class="arrow effect-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"/></marker>`)
    .join('');
  const focus = pathway.nodes.find((n) => n.focus)?.label ?? '';
  return (
    `<svg class="pathway" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(`Pathway of ${focus}`)}" font-size="${FONT}">` +
    `<defs>${markers}</defs>${parts.join('')}</svg>`
  );
}

/** A path through dagre's points, rounded at the bends (quadratic curves through the midpoints). */
function smoothPath(points: readonly { x: number; y: number }[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  let d = `M${round(first.x)},${round(first.y)}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i];
    const next = points[i + 1];
    if (!p || !next) continue;
    d += ` Q${round(p.x)},${round(p.y)} ${round((p.x + next.x) / 2)},${round((p.y + next.y) / 2)}`;
  }
  return `${d} L${round(last.x)},${round(last.y)}`;
}

function labelOf(pathway: Pathway, id: string): string {
  return pathway.nodes.find((n) => n.id === id)?.label ?? id;
}

function wrapLink(svg: string, href: string | undefined): string {
  return href ? `<a href="${escapeHtml(href)}">${svg}</a>` : svg;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
