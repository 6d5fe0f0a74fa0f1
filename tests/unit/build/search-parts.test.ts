import { describe, expect, it } from 'vitest';
import { planSearchLayout, searchPartSize, type SearchLayout } from '@/lib/build/search-parts';

const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => `/articles/a${from + index}`);
/** Each part as the range of records it holds, `a<first>–a<last>`, oldest first, the current one last. */
const ranges = ({ frozen, current }: SearchLayout) => [
  ...frozen.map((part) => `${part.level} ${span(part.ids)}`),
  `current ${span(current)}`,
];
const span = (list: string[]) => `${list[0]?.slice(10)}–${list.at(-1)?.slice(10)}`;

describe('the search layout', () => {
  it('keeps a small archive in the current part alone', () => {
    expect(planSearchLayout(ids(0, 5), [], 3)).toEqual({ frozen: [], current: ids(0, 5) });
  });

  it('freezes the oldest records by parts of n, leaving n to 2n − 1 in the current part', () => {
    expect(ranges(planSearchLayout(ids(0, 6), [], 3))).toEqual(['medium a0–a2', 'current a3–a5']);
    expect(ranges(planSearchLayout(ids(0, 8), [], 3))).toEqual(['medium a0–a2', 'current a3–a7']);
    expect(ranges(planSearchLayout(ids(0, 9), [], 3))).toEqual(['medium a0–a2', 'medium a3–a5', 'current a6–a8']);
  });

  it('merges ten medium parts into a big one', () => {
    expect(ranges(planSearchLayout(ids(0, 25), [], 2))).toEqual(['big a0–a19', 'medium a20–a21', 'current a22–a24']);
    expect(ranges(planSearchLayout(ids(0, 70), [], 3))).toEqual([
      'big a0–a29',
      'big a30–a59',
      'medium a60–a62',
      'medium a63–a65',
      'current a66–a69',
    ]);
  });

  it('grows one publication at a time into the layout a first build of the same archive makes', () => {
    let layout: SearchLayout = { frozen: [], current: [] };
    for (let count = 1; count <= 70; count++) layout = planSearchLayout(ids(0, count), layout.frozen, 3);
    expect(layout).toEqual(planSearchLayout(ids(0, 70), [], 3));
  });

  it('gives a new article to the current part, and leaves the frozen parts as they were', () => {
    const before = planSearchLayout(ids(0, 40), [], 3);
    const after = planSearchLayout(ids(0, 41), before.frozen, 3);
    expect(after.frozen).toEqual(before.frozen);
    expect(after.current).toEqual([...before.current, '/articles/a40']);
  });

  it('gives an article dated in the past to the current part too, among the newest', () => {
    const before = planSearchLayout(ids(0, 40), [], 3);
    const after = planSearchLayout(['/articles/late', ...ids(0, 40)], before.frozen, 3);
    expect(after.frozen).toEqual(before.frozen);
    expect(after.current).toEqual(['/articles/late', ...before.current]);
  });

  it('names a frozen part by its records: the same records, the same name', () => {
    const [first] = planSearchLayout(ids(0, 6), [], 3).frozen;
    expect(first?.name).toMatch(/^[0-9a-f]{16}$/);
    expect(planSearchLayout(ids(0, 7), [], 3).frozen[0]?.name).toBe(first?.name);
    expect(planSearchLayout(ids(1, 7), [], 3).frozen[0]?.name).not.toBe(first?.name);
  });

  it('takes an unpublished article out of its part, and dissolves a part left with less than half its records', () => {
    const before = planSearchLayout(ids(0, 11), [], 4);
    expect(ranges(before)).toEqual(['medium a0–a3', 'current a4–a10']);
    const oneLess = planSearchLayout(
      ids(0, 11).filter((id) => id !== '/articles/a1'),
      before.frozen,
      4,
    );
    expect(oneLess.frozen[0]?.ids).toEqual(['/articles/a0', '/articles/a2', '/articles/a3']);
    expect(oneLess.current).toEqual(before.current);
    // a0 alone is left of the first part: it is frozen again with the oldest of the others.
    const threeLess = planSearchLayout(['/articles/a0', ...ids(4, 11)], before.frozen, 4);
    expect(threeLess.frozen.map((part) => part.ids)).toEqual([['/articles/a0', ...ids(4, 7)]]);
    expect(threeLess.current).toEqual(ids(7, 11));
  });

  it('never leaves the current part empty while something is published', () => {
    const before = planSearchLayout(ids(0, 6), [], 3);
    expect(planSearchLayout(ids(0, 3), before.frozen, 3)).toEqual({ frozen: [], current: ids(0, 3) });
    expect(planSearchLayout([], before.frozen, 3)).toEqual({ frozen: [], current: [] });
  });
});

describe('the part size', () => {
  it('is 500 records, or KIOSQUE_SEARCH_PART_SIZE', () => {
    expect(searchPartSize({})).toBe(500);
    expect(searchPartSize({ KIOSQUE_SEARCH_PART_SIZE: '3' })).toBe(3);
  });

  it('says what is wrong with a size that is not a whole number', () => {
    expect(() => searchPartSize({ KIOSQUE_SEARCH_PART_SIZE: 'trois' })).toThrow(
      'KIOSQUE_SEARCH_PART_SIZE: is not a number of articles (expected a whole number, 1 or more, found "trois")',
    );
    expect(() => searchPartSize({ KIOSQUE_SEARCH_PART_SIZE: '0' })).toThrow(/found "0"/);
  });
});
