/*
 * The public catalogue's full-text search, in memory (issue 6: p95 < 150 ms at 40,000 published
 * innovations). PostgreSQL still decides what the words are — the lexemes of each innovation are
 * read from its stored `search` tsvector and a visitor's words go through
 * `websearch_to_tsquery('indonesian', q)`, so stemming is exactly the database's ("layanan" finds
 * "pelayanan") — but matching and ranking run here, over an inverted index, instead of reading
 * every row's 2.4 KB tsvector for each search.
 *
 * What differs from `search @@ websearch_to_tsquery(...)`: a quoted phrase ("a b", `<->` in the
 * tsquery) matches when all its words occur anywhere in the innovation, not necessarily next to
 * each other (the index keeps no positions); a prefix (`:*`) or weight restriction in a tsquery
 * is ignored (websearch_to_tsquery produces neither). The rank is close to `ts_rank` with its
 * default weights, not equal to it (see `rankWeight`).
 */

// ---------------------------------------------------------------------------------------------
// Queries

export type QueryNode = { op: 'term'; lexeme: string } | { op: 'and' | 'or'; args: QueryNode[] } | { op: 'not'; arg: QueryNode };

/**
 * Parses the text form of a tsquery (what `websearch_to_tsquery(...)::text` returns) into a tree.
 * Precedence as in PostgreSQL: `!` binds tightest, then `<->`/`<N>` (taken as AND), then `&`,
 * then `|`. Lexemes are single-quoted, with `''` and `\` escapes. Returns null for an empty query
 * (only punctuation or stop words), which matches nothing, as in PostgreSQL. Throws on text that is
 * not a tsquery.
 */
export function parseTsquery(text: string): QueryNode | null {
  let i = 0;
  const skip = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const fail = (what: string): never => {
    throw new Error(`tsquery: ${what} at ${i} in ${JSON.stringify(text)}`);
  };
  const or = (): QueryNode => {
    const args = [and()];
    for (skip(); text[i] === '|'; skip()) {
      i++;
      args.push(and());
    }
    return args.length === 1 ? args[0]! : { op: 'or', args };
  };
  const and = (): QueryNode => {
    const args = [phrase()];
    for (skip(); text[i] === '&'; skip()) {
      i++;
      args.push(phrase());
    }
    return args.length === 1 ? args[0]! : { op: 'and', args };
  };
  const phrase = (): QueryNode => {
    const args = [unary()];
    for (skip(); text[i] === '<'; skip()) {
      const end = text.indexOf('>', i);
      if (end < 0 || !/^<(-|\d+)>$/.test(text.slice(i, end + 1))) fail('bad distance operator');
      i = end + 1;
      args.push(unary());
    }
    return args.length === 1 ? args[0]! : { op: 'and', args };
  };
  const unary = (): QueryNode => {
    skip();
    if (text[i] === '!') {
      i++;
      return { op: 'not', arg: unary() };
    }
    if (text[i] === '(') {
      i++;
      const inner = or();
      skip();
      if (text[i] !== ')') fail('missing )');
      i++;
      return inner;
    }
    if (text[i] !== "'") fail('expected a lexeme');
    i++;
    let lexeme = '';
    for (;;) {
      if (i >= text.length) fail('unterminated lexeme');
      const c = text[i]!;
      if (c === "'" && text[i + 1] === "'") {
        lexeme += "'";
        i += 2;
      } else if (c === "'") {
        i++;
        break;
      } else if (c === '\\' && i + 1 < text.length) {
        lexeme += text[i + 1];
        i += 2;
      } else {
        lexeme += c;
        i++;
      }
    }
    // A prefix or weight restriction (`:*`, `:AB`): not produced by websearch_to_tsquery; ignored.
    if (text[i] === ':') {
      i++;
      while (i < text.length && /[*A-Da-d]/.test(text[i]!)) i++;
    }
    return { op: 'term', lexeme };
  };
  skip();
  if (i >= text.length) return null;
  const tree = or();
  skip();
  if (i < text.length) fail('unexpected text');
  return tree;
}

/** The lexemes a query asks for (not those it excludes): what the rank is computed from. */
export function positiveLexemes(node: QueryNode | null): string[] {
  const found = new Set<string>();
  const walk = (n: QueryNode, negated: boolean) => {
    if (n.op === 'term') {
      if (!negated) found.add(n.lexeme);
    } else if (n.op === 'not') walk(n.arg, !negated);
    else for (const a of n.args) walk(a, negated);
  };
  if (node) walk(node, false);
  return [...found];
}

// ---------------------------------------------------------------------------------------------
// Sets of documents: bitsets over slot numbers (40,000 documents are 5 KB), so AND, OR and NOT of
// common words with tens of thousands of matches each cost microseconds.

export type Bitset = Uint32Array;

export const bitsetWords = (size: number) => Math.ceil(size / 32);
export const hasBit = (set: Bitset, slot: number) => (set[slot >>> 5]! & (1 << (slot & 31))) !== 0;
export const setBit = (set: Bitset, slot: number) => {
  set[slot >>> 5]! |= 1 << (slot & 31);
};
export const clearBit = (set: Bitset, slot: number) => {
  set[slot >>> 5]! &= ~(1 << (slot & 31));
};

export function countBits(set: Bitset): number {
  let n = 0;
  for (let w of set) {
    w -= (w >>> 1) & 0x55555555;
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    n += (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/**
 * The documents matching a query: `docsOf(lexeme)` gives the documents containing a lexeme (a
 * bitset of `universe`'s size, which it may return shared: it is only read), `universe` the
 * documents that exist (NOT is taken within it). The result is a new bitset within `universe`.
 */
export function evaluateQuery(node: QueryNode | null, docsOf: (lexeme: string) => Bitset, universe: Bitset): Bitset {
  const size = universe.length;
  const out = new Uint32Array(size);
  if (!node) return out;
  const run = (n: QueryNode): Bitset => {
    if (n.op === 'term') return docsOf(n.lexeme);
    if (n.op === 'not') {
      const inner = run(n.arg);
      const r = new Uint32Array(size);
      for (let w = 0; w < size; w++) r[w] = universe[w]! & ~inner[w]!;
      return r;
    }
    const parts = n.args.map(run);
    const r = Uint32Array.from(parts[0]!);
    for (const p of parts.slice(1)) {
      if (n.op === 'and') for (let w = 0; w < size; w++) r[w]! &= p[w]!;
      else for (let w = 0; w < size; w++) r[w]! |= p[w]!;
    }
    return r;
  };
  const r = run(node);
  for (let w = 0; w < size; w++) out[w] = r[w]! & universe[w]!;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Ranking

/**
 * Where a lexeme occurs in an innovation, best first: 0 = the name (tsvector weight A), 1 = goal,
 * benefits or results (B), 2 = the design (C), 3 = D (unused by the catalogue).
 */
export type WeightClass = 0 | 1 | 2 | 3;

/**
 * ts_rank's default weights in tenths, indexed by weight class (A 1.0, B 0.4, C 0.2, D 0.1): scores
 * are sums of these, kept as integers so that equal sums are equal and can be bucketed.
 */
export const rankWeight: readonly number[] = [10, 4, 2, 1];

/**
 * Adds one query lexeme's contribution to the scores of the matching documents: its best weight
 * in each (the postings carry it), so a word in the name counts 1.0, in the goal 0.4, only in the
 * design 0.2. Summed over the query's distinct lexemes this orders like `ts_rank` with default
 * weights in the common cases (the name beats the goal beats the design; more of the query's
 * words beat fewer) without its positions and term frequencies.
 */
export function addScores(scores: Int32Array, postings: ArrayLike<number>, count: number, matched: Bitset): void {
  for (let p = 0; p < count; p++) {
    const posting = postings[p]!;
    const slot = posting >>> 2;
    if (hasBit(matched, slot)) scores[slot]! += rankWeight[posting & 3]!;
  }
}

/**
 * Orders `slots` (already newest first) by score, highest first, keeping their order among equal
 * scores (so ties stay newest first). Scores are small integers, so this is a counting sort:
 * linear in the number of matches (31,000 for a common word).
 */
export function orderByScore(slots: Int32Array, scores: Int32Array): Int32Array {
  let max = 0;
  for (const slot of slots) if (scores[slot]! > max) max = scores[slot]!;
  // starts[g]: where group g (score max - g) begins in the output.
  const starts = new Int32Array(max + 2);
  for (const slot of slots) starts[max - scores[slot]! + 1]! += 1;
  for (let g = 1; g <= max + 1; g++) starts[g]! += starts[g - 1]!;
  const out = new Int32Array(slots.length);
  for (const slot of slots) out[starts[max - scores[slot]!]!++] = slot;
  return out;
}

// ---------------------------------------------------------------------------------------------
// The inverted index

/** A growable list of postings (slot << 2 | weight class), appended in slot order. */
type PostingList = { buf: Int32Array; n: number };

/**
 * Lexeme → the documents (slots) containing it, with the weight class of its best occurrence in
 * each. Slots are handed out in order and never reused: a changed document gets a new slot and
 * its old one is marked dead, so a change is a few appends instead of a rebuild. `dead` tells
 * when a rebuild would pay off.
 */
export class InvertedIndex {
  private lists = new Map<string, PostingList>();
  /** The slots in use by a current document. */
  live: Bitset = new Uint32Array(32);
  /** Slots handed out so far (live or dead). */
  slots = 0;
  dead = 0;
  postings = 0;

  /**
   * Adds a document: its lexemes by weight class, best class first. A lexeme may be listed under
   * several classes (all of a document's lexemes under the last, say): it is kept under the first,
   * its best.
   */
  add(byClass: readonly (readonly string[])[]): number {
    const slot = this.slots++;
    if (bitsetWords(this.slots) > this.live.length) {
      const grown = new Uint32Array(this.live.length * 2);
      grown.set(this.live);
      this.live = grown;
    }
    setBit(this.live, slot);
    byClass.forEach((lexemes, weight) => {
      for (const lexeme of lexemes) {
        let list = this.lists.get(lexeme);
        if (!list) this.lists.set(lexeme, (list = { buf: new Int32Array(4), n: 0 }));
        // Already listed for this document (under a better class): postings go in slot order, so it is the last one.
        else if (list.n > 0 && list.buf[list.n - 1]! >>> 2 === slot) continue;
        else if (list.n === list.buf.length) {
          const grown = new Int32Array(list.buf.length * 2);
          grown.set(list.buf);
          list.buf = grown;
        }
        list.buf[list.n++] = (slot << 2) | weight;
        this.postings++;
      }
    });
    return slot;
  }

  /** Marks a document's slot dead (it no longer matches anything). */
  remove(slot: number): void {
    if (!hasBit(this.live, slot)) return;
    clearBit(this.live, slot);
    this.dead++;
  }

  /** The postings of a lexeme (empty when unknown). */
  postingsOf(lexeme: string): { postings: ArrayLike<number>; count: number } {
    const list = this.lists.get(lexeme);
    return list ? { postings: list.buf, count: list.n } : { postings: [], count: 0 };
  }

  /** The slots containing a lexeme, dead ones included (the query's universe removes them). */
  docsOf(lexeme: string): Bitset {
    const set = new Uint32Array(this.live.length);
    const list = this.lists.get(lexeme);
    if (list) for (let p = 0; p < list.n; p++) setBit(set, list.buf[p]! >>> 2);
    return set;
  }

  /** Matching live slots of a query, and their scores when `ranked`. */
  search(node: QueryNode | null, ranked: boolean): { matched: Bitset; scores: Int32Array | null } {
    const matched = evaluateQuery(node, (l) => this.docsOf(l), this.live);
    if (!ranked) return { matched, scores: null };
    const scores = new Int32Array(this.slots);
    for (const lexeme of positiveLexemes(node)) {
      const { postings, count } = this.postingsOf(lexeme);
      addScores(scores, postings, count, matched);
    }
    return { matched, scores };
  }

  /** Trims every list's spare capacity (after a full load). */
  compact(): void {
    for (const list of this.lists.values()) if (list.buf.length > list.n) list.buf = list.buf.slice(0, list.n);
  }

  /** Distinct lexemes and an estimate of the bytes the postings take. */
  stats(): { lexemes: number; postings: number; bytes: number } {
    let bytes = this.live.byteLength;
    for (const [lexeme, list] of this.lists) bytes += list.buf.byteLength + 2 * lexeme.length + 80;
    return { lexemes: this.lists.size, postings: this.postings, bytes };
  }
}
