import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareImageResponse } from '@/components/share-image';

afterEach(() => vi.unstubAllGlobals());

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('share image', () => {
  it('renders French text to a 1200×630 PNG with its own fonts, asking no server for a glyph', async () => {
    // next/og loads its own WebAssembly from data: URLs; anything else would be a download.
    const realFetch = globalThis.fetch;
    const downloads: string[] = [];
    vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith('data:')) return realFetch(input, init);
      downloads.push(url);
      return Promise.reject(new Error('no network'));
    });
    const response = await shareImageResponse({
      title: '« L’État investit » : 100\u202F000 €, déjà ? Œuvre, façade, août, Noël',
      kicker: 'Économie',
      footnote: '1er mars 2015',
    });
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(response.headers.get('content-type')).toBe('image/png');
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(downloads).toEqual([]);
  });
});
