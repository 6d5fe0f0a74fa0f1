import { formatDateTime, formatLongDate, type ArticleDate } from '@/lib/text/dates';

export interface FormattedDateProps {
  date: ArticleDate;
  lang: string;
  /** With the hour: "16 février 2015 à 18 h 00". */
  withTime?: boolean;
}

/** A date as readers of `lang` write it, with the exact moment for machines. */
export function FormattedDate({ date, lang, withTime = false }: FormattedDateProps) {
  return (
    <time dateTime={date.iso}>
      {withTime ? formatDateTime(date.instant, lang) : formatLongDate(date.instant, lang)}
    </time>
  );
}
