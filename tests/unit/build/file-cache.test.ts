import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileCache } from '@/lib/file-cache';
import { directoryBodies } from '@/lib/content/bodies';

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'kiosque-file-cache-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('A file cache', () => {
  it('keys the same parts alike, as text or as bytes, and the same text cut elsewhere otherwise', () => {
    const key = FileCache.key('fingerprint', 'l’article');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(FileCache.key(Buffer.from('fingerprint'), Buffer.from('l’article', 'utf8'))).toBe(key);
    expect(FileCache.key('fingerprint', Buffer.from('l’article', 'utf8'))).toBe(key);
    expect(FileCache.key('fingerprintl', '’article')).not.toBe(key);
  });

  for (const listed of [false, true]) {
    describe(listed ? 'listing its folder once' : 'looking up each key', () => {
      it('has what an earlier build put, and what it puts itself', () => {
        new FileCache(directory).put('earlier', 'avant');
        const cache = new FileCache(directory, { listed });
        expect([cache.has('earlier'), cache.has('later')]).toEqual([true, false]);
        cache.put('later', Buffer.from('après'));
        expect(cache.has('later')).toBe(true);
        expect(cache.read('later').toString('utf8')).toBe('après');
      });

      it('keeps after pruning only what this build used, and no longer has the rest', () => {
        const earlier = new FileCache(directory);
        for (const key of ['read', 'placed', 'kept', 'forgotten']) earlier.put(key, key);
        const cache = new FileCache(directory, { listed });
        expect(cache.has('forgotten')).toBe(true);
        cache.read('read');
        cache.place('placed', path.join(directory, '..', `${path.basename(directory)}-placed`));
        cache.use('kept');
        cache.prune();
        rmSync(path.join(directory, '..', `${path.basename(directory)}-placed`));
        expect(readdirSync(directory).sort()).toEqual(['kept', 'placed', 'read']);
        expect(cache.has('forgotten')).toBe(false);
      });
    });
  }

  it('listing its folder once, sees only the entries of the folder at its first question and its own', () => {
    const cache = new FileCache(directory, { listed: true });
    expect(cache.has('elsewhere')).toBe(false);
    writeFileSync(path.join(directory, 'elsewhere'), 'written by another process');
    expect(cache.has('elsewhere')).toBe(false);
    expect(new FileCache(directory).has('elsewhere')).toBe(true);
  });

  it('listing its folder once, prunes from its listing: what another process put since stays', () => {
    new FileCache(directory).put('earlier', 'avant');
    const cache = new FileCache(directory, { listed: true });
    expect(cache.has('earlier')).toBe(true);
    writeFileSync(path.join(directory, 'elsewhere'), 'written by another process');
    cache.put('own', 'mien');
    cache.prune();
    expect(readdirSync(directory).sort()).toEqual(['elsewhere']);
  });
});

describe('Rendered bodies on disk', () => {
  it('are written once by their hash, read back, and pruned to the bodies a site shows', () => {
    const bodies = directoryBodies(directory);
    const shown = bodies.put('<p>Montré</p>');
    const dropped = bodies.put('<p>Retiré</p>');
    expect(bodies.put('<p>Montré</p>')).toBe(shown);
    const again = directoryBodies(directory);
    expect([again.has(shown), again.has(dropped), again.get(shown)]).toEqual([true, true, '<p>Montré</p>']);
    again.prune([shown]);
    expect(readdirSync(directory)).toEqual([`${shown}.html`]);
    expect([again.has(shown), again.has(dropped)]).toEqual([true, false]);
    expect(readFileSync(path.join(directory, `${shown}.html`), 'utf8')).toBe('<p>Montré</p>');
  });
});
