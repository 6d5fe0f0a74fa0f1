import { formatLongDate, type ArticleDate } from '@/lib/content/dates';

export interface FormattedDateProps {
  date: ArticleDate;
  lang: string;
}

/** A date as readers of `lang` write it, with the exact moment for machines. */
export function FormattedDate({ date, lang }: FormattedDateProps) {
  return <time dateTime={date.iso}>{formatLongDate(date.instant, lang)}</time>;
}
