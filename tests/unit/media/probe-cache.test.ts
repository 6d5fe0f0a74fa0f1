import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProbeCache } from '@/lib/media/probe-cache';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'kiosque-probe-cache-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

const image = (colour: string) =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();

describe('ProbeCache', () => {
  it('reads a photo again only when its file changed, across runs', async () => {
    const [a, b] = [path.join(directory, 'a.jpg'), path.join(directory, 'b.jpg')];
    writeFileSync(a, await image('#f00'));
    writeFileSync(b, await image('#00f'));
    utimesSync(b, 1, 1);
    const store = path.join(directory, 'cache', 'probe.json');

    const first = new ProbeCache(store);
    const answer = first.probe(a);
    expect(answer.ok && answer.info.width).toBe(40);
    first.probe(b);
    expect(first.counts).toEqual({ reused: 0, probed: 2 });
    first.save();

    const second = new ProbeCache(store);
    expect(second.probe(a)).toEqual(answer);
    second.probe(b);
    expect(second.counts).toEqual({ reused: 2, probed: 0 });

    // Rewritten, even with its old modification time put back: read again.
    writeFileSync(b, await image('#0f0'));
    utimesSync(b, 1, 1);
    const third = new ProbeCache(store);
    const changed = third.probe(b);
    expect(third.counts).toEqual({ reused: 0, probed: 1 });
    expect(changed.ok && answer.ok && changed.info.hash).not.toBe(answer.ok && answer.info.hash);
  });

  it('keeps no problem, and forgets the files a run did not ask about', async () => {
    const [a, broken] = [path.join(directory, 'a.jpg'), path.join(directory, 'broken.jpg')];
    writeFileSync(a, await image('#f00'));
    writeFileSync(broken, '<html></html>');
    const store = path.join(directory, 'probe.json');
    const first = new ProbeCache(store);
    first.probe(a);
    expect(first.probe(broken).ok).toBe(false);
    first.save();
    expect(JSON.parse(readFileSync(store, 'utf8')).entries.map(([key]: [string]) => key)).toEqual([a]);

    const second = new ProbeCache(store);
    expect(second.probe(broken).ok).toBe(false);
    second.save();
    expect(JSON.parse(readFileSync(store, 'utf8')).entries).toEqual([]);
  });

  it('starts afresh from a cache it cannot read', async () => {
    const a = path.join(directory, 'a.jpg');
    writeFileSync(a, await image('#f00'));
    const store = path.join(directory, 'probe.json');
    writeFileSync(store, '{ not json');
    const cache = new ProbeCache(store);
    expect(cache.probe(a).ok).toBe(true);
    expect(cache.counts).toEqual({ reused: 0, probed: 1 });
  });
});
