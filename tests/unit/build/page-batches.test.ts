import { describe, expect, it } from 'vitest';
import { pageBatches } from '@/lib/build/content-step';

const pages = (...sizes: number[]) => sizes.map((bytes, index) => ({ address: `/p${index}`, bytes }));
const addresses = (batches: { address: string }[][]) => batches.map((batch) => batch.map((page) => page.address));

describe('the batches Next renders', () => {
  it('cuts at the page limit', () => {
    expect(addresses([...pageBatches(pages(1, 1, 1, 1, 1), { pages: 2, bytes: 100 })])).toEqual([
      ['/p0', '/p1'],
      ['/p2', '/p3'],
      ['/p4'],
    ]);
  });

  it('cuts before a page that would take a batch past its bytes: heavy listing pages make smaller batches', () => {
    expect(addresses([...pageBatches(pages(10, 10, 30, 30, 30, 5), { pages: 100, bytes: 60 })])).toEqual([
      ['/p0', '/p1', '/p2'],
      ['/p3', '/p4'],
      ['/p5'],
    ]);
  });

  it('gives a page heavier than the limit a batch of its own, and loses none', () => {
    const sizes = [5, 500, 5, 5];
    const batches = [...pageBatches(pages(...sizes), { pages: 100, bytes: 20 })];
    expect(addresses(batches)).toEqual([['/p0'], ['/p1'], ['/p2', '/p3']]);
    expect(batches.flat()).toHaveLength(sizes.length);
  });

  it('makes one empty batch when there is nothing to render: every build renders the front page', () => {
    expect([...pageBatches(pages(), { pages: 10, bytes: 10 })]).toEqual([[]]);
  });
});
