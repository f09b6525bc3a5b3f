// Footnote markers for hover cards: every fact shown carries a small superscript that points to its source, and the
// card ends with one line listing the sources ("¹ GeneLens curated profile · ² PMID 27725675 · ³ HGNC": named as a
// reader would, shared/sourceNames.ts). Sources are data, so they are escaped; a PMID source becomes a PubMed link
// built from the validated number.
import type { Fact } from '../profile';
import { escapeMarkdown, link, urls } from './markdown';
import { sourceName } from '../../shared/sourceNames';

const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

function superscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUPERSCRIPT[Number(d)] ?? '')
    .join('');
}

export class SourceNotes {
  private readonly order: string[] = [];

  /** The marker for one or more sources (empty ones are skipped), e.g. "¹" or "¹˒²". */
  mark(...sources: (string | undefined)[]): string {
    const marks: string[] = [];
    for (const raw of sources) {
      const source = raw?.trim();
      if (!source) continue;
      let index = this.order.indexOf(source);
      if (index < 0) index = this.order.push(source) - 1;
      const m = superscript(index + 1);
      if (!marks.includes(m)) marks.push(m);
    }
    return marks.join('˒');
  }

  /** The marker for a fact, with "(unverified)" when the fact says so. */
  markFact(fact: Pick<Fact<unknown>, 'source' | 'unverified'>): string {
    return `${this.mark(fact.source)}${fact.unverified ? ' *(unverified)*' : ''}`;
  }

  get size(): number {
    return this.order.length;
  }

  /** "Sources: ¹ GeneLens curated profile · ² [PMID 27725675](…)", or '' when no fact was marked. */
  render(): string {
    if (this.order.length === 0) return '';
    const items = this.order.map((source, i) => `${superscript(i + 1)} ${renderSource(source)}`);
    return `Sources: ${items.join(' · ')}`;
  }
}

/** A source as shown: "PMID:27725675" links to PubMed; anything else is escaped text, named as a reader would. */
export function renderSource(source: string): string {
  const pmid = /^PMID:\s*(\d+)$/i.exec(source.trim());
  if (pmid?.[1]) {
    const url = urls.pubmed(pmid[1]);
    if (url) return link(`PMID ${pmid[1]}`, url);
  }
  return escapeMarkdown(sourceName(source));
}
