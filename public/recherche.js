// The search page's script (components/search-page.tsx): it asks Pagefind, whose index the build
// wrote into /pagefind/, and lists the articles found, with their date, rubrique and an excerpt.
// Everything is built with DOM methods; Pagefind's excerpt is reduced to text and <mark>.

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

/** Pagefind's excerpt is HTML with <mark> around the words found: only those and the text are kept. */
function excerpt(html) {
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  return [...parsed.childNodes].map((node) =>
    node.nodeName === 'MARK' ? element('mark', { textContent: node.textContent }) : document.createTextNode(node.textContent ?? ''),
  );
}

async function search() {
  if (input) input.value = query;
  if (!query) return;
  let pagefind;
  try {
    pagefind = await import('/pagefind/pagefind.js');
  } catch {
    results.replaceChildren(element('p', { className: 'search-status', textContent: results.dataset.unavailable }));
    return;
  }
  const found = await pagefind.search(query);
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
        element('h2', {}, [element('a', { href: page.url.replace(/\.html$/, ''), textContent: page.meta.title ?? page.url })]),
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
