// Reads data/lexicon/families.tsv (format `genelens-family-table 1`, written by scripts/build-families.mjs from
// FamPlex): protein families and complexes (AMPK, PKC, NF-κB, PI3K...), the texts that name each one, and its member
// genes as gene table symbols. Small (under a thousand families): parsed whole when the gene table is loaded.
// Never throws: a line that cannot be read becomes a problem and is left out.

/** How a host passes the file: its URI and text. */
export interface FamilyTableInput {
  uri: string;
  text: string;
}

/** One way of writing a family. */
export interface FamilyText {
  text: string;
  /** Matches in any letter case (flag `i`: "histone deacetylases"). */
  insensitive: boolean;
  /** Reads as ordinary prose or is three characters or fewer (flag `c`: PKC, ERK, Ras): needs gene context. */
  needsContext: boolean;
}

export interface FamilyRecord {
  /** FamPlex id ("AMPK", "NFkappaB"), or a curated id when `source` starts with "curator". */
  id: string;
  /** FamPlex's distinction: a complex has parts (`partof`), a family has kinds (`isa`). */
  type: 'family' | 'complex';
  name: string;
  texts: readonly FamilyText[];
  /** Member genes as gene table symbols, every gene below the family in FamPlex. */
  members: readonly string[];
  /** "FamPlex AMPK", or "curator: ..." for a family FamPlex lacks. */
  source: string;
  /** Line in the file (0-based) and its length, for definitions. */
  line: number;
  lineLength: number;
}

export interface FamilyTable {
  uri: string;
  /** The `#key<TAB>value` header lines. */
  header: Readonly<Record<string, string>>;
  records: readonly FamilyRecord[];
  problems: readonly string[];
}

export const FAMILY_TABLE_FORMAT = 'genelens-family-table 1';

/** The entity id of a family: "FPLX:AMPK" for FamPlex's, "family:Sirtuin" for curated ones (never a gene's id). */
export function familyEntityId(record: Pick<FamilyRecord, 'id' | 'source'>): string {
  return `${record.source.startsWith('FamPlex') ? 'FPLX' : 'family'}:${record.id}`;
}

export function parseFamilyTable(input: FamilyTableInput): FamilyTable {
  const header: Record<string, string> = {};
  const records: FamilyRecord[] = [];
  const problems: string[] = [];
  const text = typeof input.text === 'string' ? input.text : '';
  let line = 0;
  for (let at = 0; at < text.length; line++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const row = text.slice(at, end).replace(/\r$/, '');
    at = end + 1;
    if (!row) continue;
    if (row.startsWith('#')) {
      const tab = row.indexOf('\t');
      if (tab > 1) header[row.slice(1, tab)] = row.slice(tab + 1);
      continue;
    }
    const cells = row.split('\t');
    const [id, type, name, texts, members, source] = cells;
    if (cells.length < 6 || !id || (type !== 'family' && type !== 'complex') || !name || source === undefined) {
      problems.push(`line ${line + 1}: expected id, type (family or complex), name, texts, members, source`);
      continue;
    }
    records.push({
      id,
      type,
      name,
      texts: (texts ?? '').split('|').filter(Boolean).map(parseText),
      members: (members ?? '').split('|').filter(Boolean),
      source,
      line,
      lineLength: row.length,
    });
  }
  if (records.length > 0 && header['format'] !== FAMILY_TABLE_FORMAT) problems.push(`format is not ${FAMILY_TABLE_FORMAT}`);
  return { uri: input.uri, header, records, problems };
}

function parseText(cell: string): FamilyText {
  const tilde = cell.indexOf('~');
  const flags = tilde < 0 ? '' : cell.slice(tilde + 1);
  return { text: tilde < 0 ? cell : cell.slice(0, tilde), insensitive: flags.includes('i'), needsContext: flags.includes('c') };
}
