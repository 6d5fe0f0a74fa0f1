import { primaryLanguage } from './languages';
import { remember } from './remember';

/** The newsroom's time zone: a date written without a zone is read in it, and dates are shown in it. */
export const SITE_TIME_ZONE = 'Europe/Paris';

/**
 * A moment an editor wrote down. `iso` keeps the offset (ISO 8601 with `+01:00`, never a bare UTC
 * `Z` rewrite) so that structured data, feeds and `<time datetime>` all say the same as the file.
 */
export interface ArticleDate {
  instant: Date;
  iso: string;
}

export type DateParseResult = { ok: true; value: ArticleDate; warning?: string } | { ok: false; problem: string };

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

export const DATE_EXPECTATION = 'an ISO 8601 date such as 2015-02-16 or 2015-02-16T18:00:00+01:00';

/**
 * Parses an ISO 8601 date strictly. YAML parsers roll `2015-02-30` over to 2 March without a word;
 * here an impossible date is a problem, and a time without a zone is read in the site's zone.
 */
export function parseArticleDate(raw: string, timeZone: string = SITE_TIME_ZONE): DateParseResult {
  const match = ISO_PATTERN.exec(raw.trim());
  if (!match) return { ok: false, problem: 'is not a date' };
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? 0);
  const minute = Number(mi ?? 0);
  const second = Number(s ?? 0);
  // Date.UTC reads the years 0 to 99 as 1900 to 1999: 0099-06-01 would be published as 1999.
  if (year < 1900 || year > 2999) return { ok: false, problem: `has the year ${y}, not one from 1900 to 2999` };
  if (month < 1 || month > 12) return { ok: false, problem: `has no month ${month}` };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    return { ok: false, problem: `is not a real day: ${monthNameEn(month)} ${year} has ${daysInMonth} days` };
  }
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, problem: 'has an impossible time of day' };

  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  if (zone) {
    const offsetMinutes = zone === 'Z' ? 0 : parseOffset(zone);
    if (Math.abs(offsetMinutes) > 14 * 60) return { ok: false, problem: 'has an impossible time zone offset' };
    return { ok: true, value: at(new Date(wallClock - offsetMinutes * 60_000), offsetMinutes) };
  }
  const instant = zonedWallClockToInstant(wallClock, timeZone);
  const value = at(instant, offsetAt(instant, timeZone));
  return h === undefined
    ? { ok: true, value }
    : { ok: true, value, warning: `has a time but no time zone; read as ${timeZone} time (${value.iso})` };
}

/** `date` as the wall clock of `timeZone` reads it, with that zone's offset: 2015-02-16T18:00:00+01:00. */
export function inTimeZone(date: Date, timeZone: string = SITE_TIME_ZONE): ArticleDate {
  return at(new Date(Math.floor(date.getTime() / 1000) * 1000), offsetAt(date, timeZone));
}

function at(instant: Date, offsetMinutes: number): ArticleDate {
  const local = new Date(instant.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
  return { instant, iso: local + formatOffset(offsetMinutes) };
}

function parseOffset(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Minutes east of UTC that `timeZone` observes at `instant`. */
export function offsetAt(instant: Date, timeZone: string): number {
  const name = dateFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = name && /GMT([+-]\d{2}):?(\d{2})/.exec(name);
  return match ? parseOffset(`${match[1]}${match[2]}`) : 0;
}

function zonedWallClockToInstant(wallClock: number, timeZone: string): Date {
  const firstGuess = wallClock - offsetAt(new Date(wallClock), timeZone) * 60_000;
  return new Date(wallClock - offsetAt(new Date(firstGuess), timeZone) * 60_000);
}

function monthNameEn(month: number): string {
  return dateFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/**
 * "16 février 2015", and "1er mars 2015" where Intl writes "1 mars". The day and the month never
 * part at the end of a line, as newspapers set them: "16 février" and "February 16" are joined by a
 * no-break space (U+00A0); the year may go to the next line.
 */
export function formatLongDate(date: Date, lang: string, timeZone: string = SITE_TIME_ZONE): string {
  return remember(longDates, `${lang} ${timeZone} ${calendarDay(date, timeZone)}`, () =>
    longDateOf(date, lang, timeZone),
  );
}

/** Long dates written so far, by language, zone and day: an archive's articles share their days, and a day is written once. */
const longDates = new Map<string, string>();

function longDateOf(date: Date, lang: string, timeZone: string): string {
  const parts = dateFormat(lang, { dateStyle: 'long', timeZone }).formatToParts(date);
  const isFrench = primaryLanguage(lang) === 'fr';
  return parts
    .map((part, index) => {
      if (isFrench && part.type === 'day' && part.value === '1') return '1er';
      const between = [parts[index - 1]?.type, parts[index + 1]?.type].sort().join();
      return part.type === 'literal' && between === 'day,month' ? part.value.replace(/ /g, '\u00A0') : part.value;
    })
    .join('');
}

/**
 * The date and the hour, as a newspaper of `lang` prints them: "16 février 2015 à 18 h 00",
 * "February 16, 2015 at 6:00 PM". No line break inside the hour.
 */
export function formatDateTime(date: Date, lang: string, timeZone: string = SITE_TIME_ZONE): string {
  if (primaryLanguage(lang) === 'fr') {
    const [hour, minute] = dateFormat('fr', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone })
      .format(date)
      .split(':');
    return `${formatLongDate(date, lang, timeZone)} à\u00A0${hour}\u00A0h\u00A0${minute}`;
  }
  return dateFormat(lang, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(date);
}

/** The calendar day `date` falls on in `timeZone`, as YYYY-MM-DD. */
export function calendarDay(date: Date, timeZone: string = SITE_TIME_ZONE): string {
  return dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Building a DateTimeFormat costs a hundred times what formatting with it does: each is built once. */
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return remember(formats, `${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}
