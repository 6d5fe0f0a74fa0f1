import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeInfographic, writePhonePhoto, writePhotographersPhoto } from '../fixtures/photos';

/** What the generated fixtures are, for the tests that look for them. */
export const generated = {
  /** Published an hour before the build: the only article the Google News sitemap may list. */
  fresh: { slug: 'depeche-fraiche', title: 'Une dépêche publiée il y a une heure' },
  /** Dated a month after the build: scheduled, so nowhere in the output. */
  scheduled: { slug: 'article-programme', title: 'Un article programmé pour le mois prochain' },
  /** Old articles enough to push the listing past one page. */
  archiveCount: 20,
  /** The photos of updated-article, as newsrooms receive them (tests/fixtures/photos.ts). */
  photos: {
    /** Its lead: a photographer's 20-megapixel JPEG (6,000 × 3,400) with camera EXIF, GPS and editing history. */
    lead: { path: '/images/2015/matignon.jpg', width: 6000, height: 3400 },
    /** In its body: a phone's portrait stored sideways (EXIF orientation 6), red at the top once upright. */
    phone: { path: '/images/telephone.jpg', width: 1500, height: 2000 },
    /** In its body: a PNG chart. */
    infographic: { path: '/images/infographie.png', width: 1600, height: 1000 },
  },
  /** The first of them are each corrected the next day: enough to give /corrections an archive page. */
  correctedCount: 10,
} as const;

/** The correction generated for archive article `index`. */
export function archiveCorrection(index: number): { date: string; text: string } {
  return {
    date: new Date(Date.UTC(2014, 0, index + 1, 9)).toISOString(),
    text: `L’article numéro ${index} a été corrigé le lendemain.`,
  };
}

/** A minimal valid article whose lead and body repeat its title; `extra` is more front matter. */
export function fixtureArticle(title: string, date: string, extra = ''): string {
  return `---\ntitle: "${title}"\ndate: ${date}\ndescription: "${title}."\n${extra}---\n\n${title}.\n`;
}

/**
 * Articles whose dates depend on when the build runs: written into the e2e content folder at setup,
 * next to the fixed fixtures of tests/e2e/content.
 */
export async function writeGeneratedFixtures(contentDir: string, now: Date = new Date()): Promise<void> {
  const article = (title: string, date: Date, extra = '') => fixtureArticle(title, date.toISOString(), extra);
  const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);
  writeFileSync(
    path.join(contentDir, `${generated.fresh.slug}.md`),
    article(generated.fresh.title, hours(-1), 'tags: [Dépêche]\n'),
  );
  writeFileSync(
    path.join(contentDir, `${generated.scheduled.slug}.md`),
    article(generated.scheduled.title, hours(24 * 30), 'tags: [Avenir]\n'),
  );
  for (let index = 1; index <= generated.archiveCount; index++) {
    const number = String(index).padStart(2, '0');
    const correction = archiveCorrection(index);
    writeFileSync(
      path.join(contentDir, `archive-${number}.md`),
      article(
        `Archive numéro ${number}`,
        new Date(Date.UTC(2014, 0, index, 9)),
        index <= generated.correctedCount
          ? `corrections: [{ date: ${correction.date}, text: "${correction.text}" }]\n`
          : '',
      ),
    );
  }
  const photoFile = (sitePath: string) => {
    const file = path.join(contentDir, sitePath);
    mkdirSync(path.dirname(file), { recursive: true });
    return file;
  };
  const { lead, phone, infographic } = generated.photos;
  await writePhotographersPhoto(photoFile(lead.path), lead.width, lead.height);
  await writePhonePhoto(photoFile(phone.path), phone.width, phone.height);
  await writeInfographic(photoFile(infographic.path), infographic.width, infographic.height);
}
