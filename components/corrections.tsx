import type { CorrectionView } from '@/lib/content';
import { labelsFor } from '@/lib/text/labels';
import { typeset } from '@/lib/text/typography';
import { FormattedDate } from './formatted-date';

/** Where the byline's notice of a correction leads. */
export const CORRECTIONS_ID = 'corrections';

export interface CorrectionsProps {
  corrections: CorrectionView[];
  lang: string;
}

/** The corrections of an article, at its end where readers finish it: each dated, oldest first. */
export function Corrections({ corrections, lang }: CorrectionsProps) {
  if (corrections.length === 0) return null;
  const labels = labelsFor(lang);
  return (
    <section className="corrections" id={CORRECTIONS_ID} aria-labelledby="corrections-title" data-pagefind-ignore="">
      <h2 id="corrections-title">{corrections.length === 1 ? labels.correction : labels.corrections}</h2>
      <ul>
        {corrections.map((correction) => (
          <li key={correction.date.iso + correction.text}>
            <FormattedDate date={correction.date} lang={lang} />
            {'\u00A0— '}
            {typeset(correction.text, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}
