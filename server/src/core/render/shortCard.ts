// A short card for completion items and other small spaces: who the entity is, its other names and one line of
// summary, each with its source marker. Escaped like the hover card; no links but the sources'.
import { KIND_STYLE } from '../../shared/entityKinds';
import type { Entity } from '../types';
import { emphasis, escapeMarkdown, shorten, strong } from './markdown';
import { SourceNotes } from './sources';

const MAX_SYNONYMS = 5;
const MAX_SUMMARY = 200;

export function renderShortCard(entity: Entity): string {
  const notes = new SourceNotes();
  const p = entity.profile?.profile;
  const name = entity.name && entity.name !== entity.symbol ? ` — ${escapeMarkdown(entity.name)}` : '';
  const mark = p ? notes.mark(p.symbolSource, p.nameSource) : '';
  const lines = [`${strong(entity.symbol)}${name}${mark} · ${emphasis(KIND_STYLE[entity.kind].label)}`];
  const synonyms = (p?.synonyms ?? []).filter((s) => s.text.trim()).slice(0, MAX_SYNONYMS);
  if (synonyms.length > 0) {
    const items = synonyms.map((s) => `${escapeMarkdown(s.text)}${s.type === 'previous' ? ' (previous)' : ''}`);
    lines.push(`also: ${items.join(', ')}${notes.mark(...synonyms.map((s) => s.source))}`);
  }
  if (p?.summary) lines.push(`${escapeMarkdown(shorten(p.summary.value, MAX_SUMMARY))}${notes.markFact(p.summary)}`);
  if (!p) lines.push(entity.kind === 'variant' ? 'Named in the profile data; no profile of its own.' : 'No curated profile.');
  const sources = notes.render();
  return [lines.join('  \n'), sources].filter(Boolean).join('\n\n');
}
