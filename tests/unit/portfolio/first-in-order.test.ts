// The Portfolio's first page picks its rows without sorting the book: it must give exactly the
// rows, in the order, that a full sort would.
import { describe, expect, it } from 'vitest';
import { firstInOrder } from '../../../src/main/portfolio/first-in-order';

interface Row {
  name: string;
  id: string;
}
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byName = (a: Row, b: Row) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
const byNameDesc = (a: Row, b: Row) =>
  -collator.compare(a.name, b.name) || a.id.localeCompare(b.id);

/** Rows with repeated names (ties broken by id), shuffled by a seeded generator. */
function rows(n: number, seed: number): Row[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31);
  return Array.from({ length: n }, (_, i) => ({
    name: `Customer ${next() % (n / 2)}`,
    id: `A${i}`,
  }));
}

describe('firstInOrder', () => {
  it.each([
    [1000, 50, 1],
    [1000, 1, 2],
    [120, 50, 3],
    [30, 50, 4],
    [0, 50, 5],
  ])('of %i rows keeps the first %i as a full sort would (seed %i)', (n, limit, seed) => {
    const book = rows(n, seed);
    for (const compare of [byName, byNameDesc]) {
      const expected = [...book].sort(compare).slice(0, limit);
      expect(firstInOrder(book, limit, compare)).toEqual(expected);
    }
  });

  it('handles rows already in order and in reverse order', () => {
    const sorted = rows(500, 7).sort(byName);
    expect(firstInOrder(sorted, 20, byName)).toEqual(sorted.slice(0, 20));
    expect(firstInOrder([...sorted].reverse(), 20, byName)).toEqual(sorted.slice(0, 20));
  });

  it('leaves its input as it was', () => {
    const book = rows(200, 9);
    const before = [...book];
    firstInOrder(book, 10, byName);
    expect(book).toEqual(before);
  });
});
