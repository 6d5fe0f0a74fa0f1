/**
 * Articles for benchmarks: deterministic (the same index always gives the same file), French, and
 * shaped like the newsroom's — a lead, several paragraphs, tags from a shared pool, now and then a
 * quote block or a tweet card.
 */
const WORDS = (
  'le gouvernement annonce un plan pour les entreprises du numérique dans les régions avec des ' +
  'investissements publics et privés qui devraient financer la formation des salariés et la recherche ' +
  'selon le ministère de l’économie cette mesure répond à une demande ancienne des élus locaux qui ' +
  'réclament depuis des années un meilleur accès aux réseaux à très haut débit dans les zones rurales ' +
  'les syndicats saluent une avancée mais restent prudents sur le calendrier et le montant des aides ' +
  'tandis que l’opposition dénonce un effet d’annonce à quelques mois des élections européennes'
).split(' ');
const TAGS = Array.from(
  { length: 40 },
  (_, index) =>
    ['Économie', 'Politique', 'Numérique', 'Santé', 'Culture', 'Sport', 'Europe', 'Climat'][index % 8] +
    (index < 8 ? '' : ` ${Math.floor(index / 8) + 1}`),
);
const AUTHORS = ['Anne Martin', 'Paul Durand', 'Léa Bernard', 'Hugo Petit', 'Chloé Moreau', 'La rédaction'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The newest day a generated article may have: every archive article is dated before it. */
export const ARCHIVE_END = new Date(Date.UTC(2010, 0, 1) + 15 * 365 * 86_400_000);

/**
 * The article `index` of the archive, dated at random between 2010 and ARCHIVE_END; `date` dates it
 * otherwise (a story published now, newer than the whole archive), the rest of it the same.
 */
export function generatedArticle(index: number, { date: at }: { date?: Date } = {}): { slug: string; text: string } {
  const next = random(index + 1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n: number) => {
    const text = words(n);
    return text.charAt(0).toUpperCase() + text.slice(1) + '.';
  };
  const title = `${sentence(8 + Math.floor(next() * 6)).slice(0, -1)} (${index + 1})`;
  const drawn = new Date(Date.UTC(2010, 0, 1) + Math.floor(next() * 15 * 365 * 86_400_000));
  const date = at ?? drawn;
  const tags = [...new Set(Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(TAGS)))];
  const paragraphs = Array.from({ length: 6 + Math.floor(next() * 5) }, () =>
    Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(12 + Math.floor(next() * 10))).join(' '),
  );
  if (next() < 0.3) paragraphs.splice(2, 0, `> « ${sentence(25)} »\n>\n> — ${pick(AUTHORS)}`);
  if (next() < 0.2) {
    paragraphs.splice(
      4,
      0,
      `:::tweet{name="${pick(AUTHORS)}" handle="kiosque_${index % 97}" date="${date.toISOString().slice(0, 10)}"}\n${sentence(18)} #Numérique\n:::`,
    );
  }
  const text = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `date: ${date.toISOString().slice(0, 19)}+01:00`,
    `description: ${JSON.stringify(sentence(20) + ' ' + sentence(15))}`,
    `author: ${JSON.stringify(pick(AUTHORS))}`,
    `tags: [${tags.join(', ')}]`,
    '---',
    '',
    paragraphs.join('\n\n'),
    '',
  ].join('\n');
  return { slug: `article-genere-${String(index + 1).padStart(6, '0')}`, text };
}
