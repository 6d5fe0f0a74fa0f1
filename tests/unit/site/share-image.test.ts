import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareCard } from '@/lib/share-image/card';
import { drawable } from '@/lib/share-image/fonts';
import { drawShareImage } from '@/lib/share-image/draw';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Records every attempt to reach the network, by fetch or by a raw socket, and refuses it. */
function watchNetwork(): string[] {
  const attempts: string[] = [];
  vi.stubGlobal('fetch', (input: string | URL | Request) => {
    attempts.push(`fetch ${input instanceof Request ? input.url : String(input)}`);
    return Promise.reject(new Error('no network'));
  });
  vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
    attempts.push(`socket ${JSON.stringify(args[0])}`);
    throw new Error('no network');
  });
  return attempts;
}

describe('share image', () => {
  it.each([
    ['French', '« L’État investit » : 100\u202F000 €, déjà ? Œuvre, façade, août, Noël'],
    ['Greek and Cyrillic', 'Αθήνα και Москва: Ελλάδα, Россия, Україна'],
    ['emoji, Arabic and Hebrew, which no bundled font has', 'Le 🚀 décolle : مرحبا بالعالم, שלום 🎉'],
  ])('draws %s as a 1200×630 PNG with its own fonts, asking no server for a glyph', async (_, title) => {
    const network = watchNetwork();
    const png = await drawShareImage(
      shareCard({ masthead: 'Kiosque', title, kicker: 'Économie', footnote: '1er mars 2015' }),
    );
    expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(network).toEqual([]);
  });

  it('leaves out the characters no bundled font has, and the spaces they leave doubled', () => {
    expect(drawable('  Le 🚀 décolle : مرحبا بالعالم, שלום 🎉 ')).toBe('Le décolle : ,');
    expect(drawable('Αθήνα, Москва, Tiếng Việt, « L’État » : 100\u202F000 €, Œuvre')).toBe(
      'Αθήνα, Москва, Tiếng Việt, « L’État » : 100\u202F000 €, Œuvre',
    );
    // Decomposed accents are composed first: "é" written as e + U+0301 is drawn as é.
    expect(drawable('Cafe\u0301 cre\u0300me')).toBe('Café crème');
    expect(drawable('日本語 한국어')).toBe('');
  });

  it('is drawn from plain data, so the same card always has the same key', () => {
    const card = shareCard({ masthead: 'Kiosque', title: 'Un titre', kicker: 'Tech', footnote: '16 février 2015' });
    expect(JSON.stringify(card)).toBe(
      JSON.stringify(
        shareCard({ masthead: 'Kiosque', title: 'Un titre', kicker: 'Tech', footnote: '16 février 2015' }),
      ),
    );
    expect(JSON.stringify(card)).not.toBe(
      JSON.stringify(shareCard({ masthead: 'Kiosque', title: 'Un autre titre', kicker: 'Tech' })),
    );
  });
});
