// PubTator, the exchange format of NCBI's biomedical text-mining tools and corpora:
//   PMID|t|Title text
//   PMID|a|Abstract text
//   PMID<TAB>start<TAB>end<TAB>mention text<TAB>Type<TAB>identifier(s)
//   (a blank line between documents)
// Offsets are UTF-16 offsets into `title + "\n" + abstract`. Read line by line, a document at a time, so a corpus of
// any size streams through; written the same way by `genelens annotate --format pubtator`.

export interface PubtatorAnnotation {
  start: number;
  end: number;
  text: string;
  type: string;
  /** The identifier column as written ("7157", "7157;7158", "D003920", "-", "123(Tax:10090)"); empty when absent. */
  id: string;
}

export interface PubtatorDocument {
  pmid: string;
  title: string;
  abstract: string;
  annotations: PubtatorAnnotation[];
}

/** The text the offsets point into. */
export function pubtatorText(doc: PubtatorDocument): string {
  return doc.abstract === '' ? doc.title : `${doc.title}\n${doc.abstract}`;
}

/**
 * Reads documents from lines (of a file or a stream); a document ends at a blank line, a new PMID or the end.
 * Lines that are neither text nor annotation lines are reported through `onProblem` with their number and skipped.
 */
export async function* readPubtator(
  lines: AsyncIterable<string> | Iterable<string>,
  onProblem: (lineNumber: number, message: string) => void = () => undefined,
): AsyncGenerator<PubtatorDocument> {
  let doc: PubtatorDocument | undefined;
  let n = 0;
  for await (const raw of lines) {
    n++;
    const unmarked = n === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw; // a UTF-8 byte order mark
    const line = unmarked.endsWith('\r') ? unmarked.slice(0, -1) : unmarked;
    if (line.trim() === '') {
      if (doc) yield doc;
      doc = undefined;
      continue;
    }
    const bar = line.indexOf('|');
    const tab = line.indexOf('\t');
    if (bar > 0 && (tab < 0 || bar < tab) && (line[bar + 1] === 't' || line[bar + 1] === 'a') && line[bar + 2] === '|') {
      const pmid = line.slice(0, bar);
      if (doc && doc.pmid !== pmid) {
        yield doc;
        doc = undefined;
      }
      doc ??= { pmid, title: '', abstract: '', annotations: [] };
      if (line[bar + 1] === 't') doc.title = line.slice(bar + 3);
      else doc.abstract = line.slice(bar + 3);
      continue;
    }
    const cols = line.split('\t');
    const start = Number(cols[1]);
    const end = Number(cols[2]);
    if (!doc || cols[0] !== doc.pmid || cols.length < 5 || !Number.isInteger(start) || !Number.isInteger(end) || end < start) {
      // Relation lines (PMID<TAB>relation<TAB>id1<TAB>id2) are not mentions: skipped without a word.
      if (!(doc && cols[0] === doc.pmid && cols.length === 4)) onProblem(n, 'not a PubTator text or annotation line');
      continue;
    }
    doc.annotations.push({ start, end, text: cols[3] ?? '', type: cols[4] ?? '', id: cols[5] ?? '' });
  }
  if (doc) yield doc;
}

/** The PubTator lines of a document (title, abstract, annotations), ending with a blank line. */
export function writePubtator(doc: PubtatorDocument): string {
  let out = `${doc.pmid}|t|${doc.title}\n${doc.pmid}|a|${doc.abstract}\n`;
  for (const a of doc.annotations) {
    out += `${doc.pmid}\t${a.start}\t${a.end}\t${a.text.replace(/[\t\n\r]/g, ' ')}\t${a.type}\t${a.id}\n`;
  }
  return `${out}\n`;
}
