import { describe, expect, it } from 'vitest';
import { countBits, evaluateQuery, hasBit, InvertedIndex, orderByScore, parseTsquery, positiveLexemes, setBit, type QueryNode } from './catalogue-search.js';

const term = (lexeme: string): QueryNode => ({ op: 'term', lexeme });
const and = (...args: QueryNode[]): QueryNode => ({ op: 'and', args });
const or = (...args: QueryNode[]): QueryNode => ({ op: 'or', args });
const not = (arg: QueryNode): QueryNode => ({ op: 'not', arg });

describe('parseTsquery (the text of websearch_to_tsquery)', () => {
  it.each<[string, string, QueryNode | null]>([
    ['empty (only punctuation or stop words)', '', null],
    ['blank', '   ', null],
    ['one word', "'layan'", term('layan')],
    ['two words', "'layan' & 'sehat'", and(term('layan'), term('sehat'))],
    ['a phrase is taken as AND', "'layan' <-> 'sehat'", and(term('layan'), term('sehat'))],
    ['a phrase with a gap', "'layan' <2> 'cepat'", and(term('layan'), term('cepat'))],
    ['an excluded word', "'sehat' & !'desa'", and(term('sehat'), not(term('desa')))],
    ['or binds loosest', "'a' | 'b' & 'c'", or(term('a'), and(term('b'), term('c')))],
    ['a phrase binds tighter than and', "'a' & 'b' <-> 'c'", and(term('a'), and(term('b'), term('c')))],
    ['not binds tightest', "!'a' <-> 'b'", and(not(term('a')), term('b'))],
    ['parentheses', "'a' & ( 'b' | 'c' )", and(term('a'), or(term('b'), term('c')))],
    ['not of a group', "!( 'a' | 'b' )", not(or(term('a'), term('b')))],
    ['websearch: phrase, exclusion and or', "'layan' & 'sehat' <-> 'ibu' & !'seko' | 'desa'", or(and(term('layan'), and(term('sehat'), term('ibu')), not(term('seko'))), term('desa'))],
    ['a doubled quote inside a lexeme', "'x.com/a''b'", term("x.com/a'b")],
    ['a backslash escape', "'c\\\\d'", term('c\\d')],
    ['a prefix and weights are ignored', "'layan':* & 'sehat':AB", and(term('layan'), term('sehat'))],
  ])('%s', (_, text, expected) => {
    expect(parseTsquery(text)).toEqual(expected);
  });

  it.each(["'a' &", "'a' 'b'", "'unterminated", "( 'a'", "'a' <x> 'b'", 'bare'])('rejects %j', (text) => {
    expect(() => parseTsquery(text)).toThrow(/tsquery/);
  });
});

describe('positiveLexemes', () => {
  it('lists what the query asks for, once, without what it excludes', () => {
    expect(positiveLexemes(parseTsquery("'a' & 'b' & !'c' | 'a' & !!'d'"))).toEqual(['a', 'b', 'd']);
    expect(positiveLexemes(null)).toEqual([]);
  });
});

describe('evaluateQuery', () => {
  // Documents 0–4 and their lexemes; 5 exists in the bitsets' range but is not in the universe.
  const docs: Record<string, number[]> = { layan: [0, 1, 2], sehat: [1, 2, 3], desa: [2, 4], ibu: [3, 5] };
  const size = 1;
  const bits = (slots: number[]) => {
    const b = new Uint32Array(size);
    for (const s of slots) setBit(b, s);
    return b;
  };
  const universe = bits([0, 1, 2, 3, 4]);
  const slotsOf = (b: Uint32Array) => [0, 1, 2, 3, 4, 5].filter((s) => hasBit(b, s));
  const run = (text: string) => slotsOf(evaluateQuery(parseTsquery(text), (l) => bits(docs[l] ?? []), universe));

  it.each<[string, number[]]>([
    ["'layan'", [0, 1, 2]],
    ["'layan' & 'sehat'", [1, 2]],
    ["'layan' <-> 'sehat'", [1, 2]],
    ["'layan' | 'ibu'", [0, 1, 2, 3]],
    ["'sehat' & !'desa'", [1, 3]],
    ["!'layan'", [3, 4]],
    ["!'tidakada'", [0, 1, 2, 3, 4]],
    ["'tidakada'", []],
    ["'ibu'", [3]],
    ["( 'layan' | 'ibu' ) & !'sehat'", [0]],
  ])('%s → %j', (text, expected) => {
    expect(run(text)).toEqual(expected);
  });

  it('matches nothing for an empty query, as PostgreSQL does', () => {
    expect(slotsOf(evaluateQuery(null, () => bits([0]), universe))).toEqual([]);
  });
});

describe('countBits', () => {
  it('counts set bits', () => {
    const b = new Uint32Array(3);
    for (const s of [0, 31, 32, 64, 95]) setBit(b, s);
    expect(countBits(b)).toBe(5);
    expect(countBits(new Uint32Array([0xffffffff]))).toBe(32);
  });
});

describe('ranking', () => {
  // Slot 0: the word in the name; 1: in the goal; 2: only in the design; 3: both words in the design.
  const index = new InvertedIndex();
  index.add([['layan'], [], ['sehat']]);
  index.add([[], ['layan'], []]);
  index.add([[], [], ['layan']]);
  index.add([[], [], ['layan', 'sehat']]);

  it.each<[string, string, number[]]>([
    ['the name beats the goal beats the design', "'layan'", [10, 4, 2, 2]],
    ['more of the words beat fewer', "'layan' | 'sehat'", [12, 4, 2, 4]],
    ['an excluded word adds nothing', "'layan' & !'desa'", [10, 4, 2, 2]],
  ])('%s', (_, text, expected) => {
    const { scores } = index.search(parseTsquery(text), true);
    expect(Array.from(scores!)).toEqual(expected);
  });

  it('orders by score, keeping the given (newest first) order among ties', () => {
    const scores = Int32Array.from([2, 10, 4, 2, 10, 0]);
    // Given order: newest first.
    expect(Array.from(orderByScore(Int32Array.from([5, 4, 3, 2, 1, 0]), scores))).toEqual([4, 1, 2, 3, 0, 5]);
    expect(Array.from(orderByScore(new Int32Array(0), scores))).toEqual([]);
  });
});

describe('InvertedIndex', () => {
  it('finds documents by lexeme, forgets removed ones and grows past its first sizes', () => {
    const index = new InvertedIndex();
    const slots = Array.from({ length: 2000 }, (_, i) => index.add([[`n${i % 7}`], [], ['umum']]));
    expect(slots.at(-1)).toBe(1999);
    const query = parseTsquery("'n3' & 'umum'");
    expect(countBits(index.search(query, false).matched)).toBe(Math.ceil((2000 - 3) / 7));
    index.remove(3);
    index.remove(3); // twice: counted once
    expect(index.dead).toBe(1);
    expect(hasBit(index.search(query, false).matched, 3)).toBe(false);
    // A changed document: a new slot.
    const again = index.add([['n3'], [], []]);
    expect(again).toBe(2000);
    expect(hasBit(index.search(parseTsquery("'n3'"), false).matched, again)).toBe(true);
    expect(index.stats()).toMatchObject({ lexemes: 8, postings: 4001 });
    index.compact();
    expect(countBits(index.search(parseTsquery("'umum'"), false).matched)).toBe(1999);
  });
});
