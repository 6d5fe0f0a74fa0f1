import { describe, expect, it } from 'vitest';
import { calendarDay, formatLongDate, parseArticleDate } from '@/lib/text/dates';

function iso(raw: string): string {
  const result = parseArticleDate(raw);
  if (!result.ok) throw new Error(result.problem);
  return result.value.iso;
}

describe('parseArticleDate', () => {
  it('keeps the offset the editor wrote', () => {
    expect(iso('2015-02-16T18:00:00+01:00')).toBe('2015-02-16T18:00:00+01:00');
    expect(iso('2015-02-16T17:00:00Z')).toBe('2015-02-16T17:00:00+00:00');
    expect(iso('2015-02-16T12:30-0500')).toBe('2015-02-16T12:30:00-05:00');
  });

  it('reads a date alone as midnight in Paris, summer and winter', () => {
    expect(iso('2015-02-16')).toBe('2015-02-16T00:00:00+01:00');
    expect(iso('2015-07-14')).toBe('2015-07-14T00:00:00+02:00');
  });

  it('reads a time without a zone in Paris time, and warns', () => {
    const result = parseArticleDate('2015-03-29T12:00:00');
    expect(result.ok && result.value.iso).toBe('2015-03-29T12:00:00+02:00');
    expect(result.ok && result.warning).toMatch(/no time zone/);
  });

  it('accepts years from 1900 to 2999 only, where Date.UTC would read 0099 as 1999', () => {
    expect(iso('1900-01-01T00:00:00Z')).toBe('1900-01-01T00:00:00+00:00');
    expect(iso('2999-12-31T23:59:59Z')).toBe('2999-12-31T23:59:59+00:00');
    for (const raw of ['0099-06-01', '1899-12-31', '3000-01-01']) {
      expect(parseArticleDate(raw)).toEqual({
        ok: false,
        problem: `has the year ${raw.slice(0, 4)}, not one from 1900 to 2999`,
      });
    }
  });

  it('refuses impossible dates instead of rolling them over', () => {
    expect(parseArticleDate('2015-02-30')).toEqual({
      ok: false,
      problem: 'is not a real day: February 2015 has 28 days',
    });
    expect(parseArticleDate('2016-02-29').ok).toBe(true);
    expect(parseArticleDate('2024-13-45')).toEqual({ ok: false, problem: 'has no month 13' });
    expect(parseArticleDate('2015-02-16T25:00:00+01:00')).toEqual({
      ok: false,
      problem: 'has an impossible time of day',
    });
    expect(parseArticleDate('16/02/2015')).toEqual({ ok: false, problem: 'is not a date' });
  });
});

describe('formatLongDate', () => {
  it('writes dates the French way, with 1er for the first of the month', () => {
    expect(formatLongDate(new Date('2015-02-16T17:00:00Z'), 'fr')).toBe('16\u00A0février 2015');
    expect(formatLongDate(new Date('2015-03-01T10:00:00Z'), 'fr')).toBe('1er\u00A0mars 2015');
    expect(formatLongDate(new Date('2015-03-01T10:00:00Z'), 'en')).toBe('March\u00A01, 2015');
  });

  it('keeps the day and the month together with a no-break space, and lets the year go to the next line', () => {
    const day = new Date('2015-02-16T12:00:00Z');
    expect(formatLongDate(day, 'en-GB')).toBe('16\u00A0February 2015');
    expect(formatLongDate(day, 'es')).toBe('16\u00A0de\u00A0febrero de 2015');
    expect(formatLongDate(day, 'de')).toBe('16.\u00A0Februar 2015');
  });

  it('uses the Paris calendar day, not the UTC one', () => {
    const lateEvening = new Date('2015-02-16T23:30:00Z');
    expect(formatLongDate(lateEvening, 'fr')).toBe('17\u00A0février 2015');
    expect(calendarDay(lateEvening)).toBe('2015-02-17');
  });

  it('writes each day once per language and zone, whatever the hour asked first', () => {
    const earlyMorning = new Date('2015-02-16T23:30:00Z');
    const lateEvening = new Date('2015-02-17T22:30:00Z');
    expect(formatLongDate(earlyMorning, 'en', 'UTC')).toBe('February\u00A016, 2015');
    expect(formatLongDate(earlyMorning, 'fr', 'UTC')).toBe('16\u00A0février 2015');
    expect(formatLongDate(earlyMorning, 'fr')).toBe('17\u00A0février 2015');
    expect(formatLongDate(lateEvening, 'fr')).toBe('17\u00A0février 2015');
    expect(formatLongDate(lateEvening, 'fr', 'UTC')).toBe('17\u00A0février 2015');
    expect(formatLongDate(lateEvening, 'fr', 'America/New_York')).toBe('17\u00A0février 2015');
    expect(formatLongDate(earlyMorning, 'fr', 'America/New_York')).toBe('16\u00A0février 2015');
  });
});
