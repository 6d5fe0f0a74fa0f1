// The search page's script (components/search-page.tsx): it asks Pagefind, whose index the build
// wrote into /pagefind/ in parts (lib/build/search-parts.ts), and lists the articles found, with their
// date, rubrique and an excerpt. Everything is built with DOM methods; Pagefind's excerpt is reduced
// to text and <mark>.

const results = document.getElementById('search-results');
const input = document.getElementById('search-query');
const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
const fill = (label, values) => label.replace(/\{(\w+)\}/g, (whole, name) => values[name] ?? whole);
const dateFormat = new Intl.DateTimeFormat(results.dataset.lang, { dateStyle: 'long', timeZone: 'Europe/Paris' });

function element(name, properties = {}, children = []) {
  const node = Object.assign(document.createElement(name), properties);
  node.append(...children);
  return node;
}

/**
 * The index has straight apostrophes after letters, for Pagefind to split "l’État" (lib/build/search-index.ts);
 * a <mark> may start right after one.
 */
const typographic = (text) => text.replace(/(?<=\p{L})'/gu, '’');

/** Pagefind's excerpt is HTML with <mark> around the words found: only those and the text are kept. */
function excerpt(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((node) => {
    const text = typographic(node.textContent ?? '');
    return node.nodeName === 'MARK' ? element('mark', { textContent: text }) : document.createTextNode(text);
  });
}

/**
 * Pagefind, from the newest part, with every other part merged in: one search over all of them, each
 * ranked with the same (Pagefind's default) weights, so that their scores compare (Pagefind#796).
 * Undefined when nothing is published.
 */
async function openIndex() {
  const response = await fetch('/pagefind/parts.json', { cache: 'no-cache' });
  if (!response.ok) throw new Error(`/pagefind/parts.json: ${response.status}`);
  const { parts } = await response.json();
  const newest = parts.at(-1);
  if (newest === undefined) return undefined;
  const pagefind = await import(`/pagefind/${newest}/pagefind.js`);
  await Promise.all(parts.slice(0, -1).map((part) => pagefind.mergeIndex(`/pagefind/${part}/`)));
  return pagefind;
}

async function search() {
  if (input) input.value = query;
  if (!query) return;
  let found;
  try {
    const pagefind = await openIndex();
    found = pagefind ? await pagefind.search(query) : { results: [] };
  } catch {
    results.replaceChildren(element('p', { className: 'search-status', textContent: results.dataset.unavailable }));
    return;
  }
  const pages = await Promise.all(found.results.slice(0, 20).map((result) => result.data()));
  const count = found.results.length;
  const status = count === 0
    ? fill(results.dataset.noResult, { query })
    : fill(count === 1 ? results.dataset.resultsOne : results.dataset.resultsOther, { count, query });
  const items = pages.map((page) => {
    const date = page.meta.date ? new Date(page.meta.date) : undefined;
    return element('li', {}, [
      element('article', { className: 'teaser' }, [
        ...(page.meta.section ? [element('p', { className: 'kicker', textContent: page.meta.section })] : []),
        element('h2', page.meta.lang && page.meta.lang !== document.documentElement.lang ? { lang: page.meta.lang } : {}, [
          element('a', { href: page.url, textContent: typographic(page.meta.title ?? page.url) }),
        ]),
        ...(date && !Number.isNaN(date.getTime())
          ? [element('p', { className: 'teaser-date' }, [element('time', { dateTime: page.meta.date, textContent: dateFormat.format(date) })])]
          : []),
        element('p', { className: 'teaser-lead' }, excerpt(page.excerpt)),
      ]),
    ]);
  });
  results.replaceChildren(
    element('p', { className: 'search-status', textContent: status }),
    ...(items.length ? [element('ol', { className: 'article-list' }, items)] : []),
  );
}

search();
