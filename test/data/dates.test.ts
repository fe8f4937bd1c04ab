import { expect } from '@open-wc/testing';
import { compareDates, endOf, formatDate, formatDateRange, isExpected, isRealDate, parseDate, startOf } from '../../src/data/dates.js';
import { addLanguage, needLanguage } from '../../src/data/i18n.js';
import fr from '../../src/i18n/fr.js';

describe('dates', () => {
  // Spanish, like every language but English, loads when first needed.
  before(() => needLanguage('es'));

  it('parseDate reads the precision from the shape of the text', () => {
    expect(parseDate('1985')).to.deep.equal({ year: 1985, precision: 'year' });
    expect(parseDate('2022-08')).to.deep.equal({ year: 2022, month: 8, precision: 'month' });
    expect(parseDate('2017-01-25')).to.deep.equal({ year: 2017, month: 1, day: 25, precision: 'day' });
    expect(parseDate('2017/01/25')).to.equal(undefined);
  });

  it('isRealDate rejects dates that are not on the calendar', () => {
    expect(isRealDate('2021-02-30')).to.equal(false);
    expect(isRealDate('2021-13')).to.equal(false);
    expect(isRealDate('2024-02-29')).to.equal(true);
    expect(isRealDate('2023-02-29')).to.equal(false);
    expect(isRealDate('2021-04-00')).to.equal(false);
  });

  it('formatDate shows a date at its own precision, in English and Spanish', () => {
    expect(formatDate('1985', 'en')).to.equal('1985');
    expect(formatDate('2022-08', 'en')).to.equal('August 2022');
    expect(formatDate('2022-08', 'es')).to.equal('agosto de 2022');
    expect(formatDate('2017-01-25', 'en')).to.equal('January 25, 2017');
    expect(formatDate('2017-01-25', 'es')).to.equal('25 de enero de 2017');
    expect(formatDate('2017-01-25', 'en', true)).to.equal('Jan 25, 2017');
  });

  it('formatDate never shifts a calendar date with the reader\u2019s time zone', () => {
    // The suite runs under TZ=America/Chicago, where a UTC midnight is still the previous day.
    expect(new Date(Date.UTC(2017, 0, 1)).getDate()).to.equal(31);
    expect(formatDate('2017-01-01', 'en')).to.equal('January 1, 2017');
    expect(formatDate('1985', 'en')).to.equal('1985');
  });

  it('startOf and endOf bound the period a date names', () => {
    expect(startOf('2022-08').toISOString()).to.equal('2022-08-01T00:00:00.000Z');
    expect(endOf('2022-08').toISOString()).to.equal('2022-09-01T00:00:00.000Z');
    expect(endOf('1985').toISOString()).to.equal('1986-01-01T00:00:00.000Z');
    expect(endOf('2024-12-31').toISOString()).to.equal('2025-01-01T00:00:00.000Z');
  });

  it('isExpected: an event is expected when it starts after the whole period asOf names', () => {
    const expected = (asOf: string, dates: string[]) => dates.filter((d) => isExpected(d, asOf));
    expect(expected('2024-12-10', ['2024-12', '2024-12-10', '2024-12-11', '2025'])).to.deep.equal(['2024-12-11', '2025']);
    // Facts current to December 2024 cover all of December: the 15th has happened.
    expect(expected('2024-12', ['2024-12-01', '2024-12-15', '2024-12-31', '2025-01-01', '2025-01'])).to.deep.equal([
      '2025-01-01',
      '2025-01',
    ]);
    expect(expected('2024', ['2024-06', '2024-12-31', '2025'])).to.deep.equal(['2025']);
  });

  it('compareDates sorts by start, a coarser date first on ties', () => {
    expect(['2022-08-31', '2022', '1985', '2022-08'].sort(compareDates)).to.deep.equal(['1985', '2022', '2022-08', '2022-08-31']);
  });

  it('formatDateRange never shows more precision than either end has', () => {
    expect(formatDateRange('2022', '2024-12', 'en', true)).to.equal('2022 – Dec 2024');
  });

  it('formatDateRange joins the two ends in the locale\u2019s style', () => {
    expect(formatDateRange('2022-08-31', '2024-12-10', 'en')).to.match(/August 31, 2022\s–\sDecember 10, 2024/);
    expect(formatDateRange('2022-08-31', '2024-12-10', 'es'))
      .to.contain('2022')
      .and.contain('diciembre');
  });

  describe('English and Spanish without Intl', () => {
    // What Intl writes, computed here from the parts (not from startOf) in each engine the suite runs in.
    const instant = (y: number, m = 1, d = 1) => {
      const t = new Date(0);
      t.setUTCFullYear(y, m - 1, d);
      return t;
    };
    const options = (precision: string, short: boolean): Intl.DateTimeFormatOptions => ({
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision === 'year' ? {} : { month: short ? 'short' : 'long' }),
      ...(precision === 'day' ? { day: 'numeric' } : {}),
    });
    const text = (y: number, m?: number, d?: number) =>
      [String(y).padStart(4, '0'), m && String(m).padStart(2, '0'), d && String(d).padStart(2, '0')].filter(Boolean).join('-');
    const TAGS = ['en', 'en-US', 'es', 'es-ES', 'ES'];
    const STYLES = [false, true];

    it('formatDate writes every month at every precision exactly as Intl does', () => {
      let compared = 0;
      for (const lang of TAGS)
        for (const short of STYLES) {
          const intl = (p: string) => new Intl.DateTimeFormat(lang, options(p, short));
          for (const y of [1985, 2017, 50, 999, 9999]) {
            expect(formatDate(text(y), lang, short), `${lang} ${y}`).to.equal(intl('year').format(instant(y)));
            for (let m = 1; m <= 12; m++) {
              expect(formatDate(text(y, m), lang, short), `${lang} ${text(y, m)} short=${short}`).to.equal(
                intl('month').format(instant(y, m)),
              );
              for (const d of [1, 9, 10, 28]) {
                expect(formatDate(text(y, m, d), lang, short), `${lang} ${text(y, m, d)} short=${short}`).to.equal(
                  intl('day').format(instant(y, m, d)),
                );
                compared++;
              }
            }
          }
        }
      expect(compared).to.equal(TAGS.length * STYLES.length * 5 * 12 * 4);
    });

    it('formatDateRange joins every kind of pair of ends exactly as Intl does', () => {
      // Pairs that differ in the year, in the month only, in the day only, or not at all, for every month.
      const pairs: [number[], number[]][] = [];
      for (let m = 1; m <= 12; m++) {
        const n = (m % 12) + 1;
        pairs.push(
          [
            [2022, m, 28],
            [2024, n, 10],
          ],
          [
            [2024, 1, 9],
            [2024, m, 10],
          ],
          [
            [2024, m, 3],
            [2024, m, 10],
          ],
          [
            [2024, m, 1],
            [2024, m, 28],
          ],
          [
            [2024, m, 5],
            [2024, m, 5],
          ],
        );
      }
      for (const lang of TAGS)
        for (const short of STYLES)
          for (const precision of ['year', 'month', 'day'] as const) {
            const intl = new Intl.DateTimeFormat(lang, options(precision, short));
            const size = { year: 1, month: 2, day: 3 }[precision];
            for (const [a, b] of pairs) {
              const [x, y] = [a.slice(0, size), b.slice(0, size)];
              const got = formatDateRange(text(...(x as [number])), text(...(y as [number])), lang, short);
              expect(got, `${lang} ${x.join('-')}..${y.join('-')} short=${short}`).to.equal(
                intl.formatRange(instant(...(x as [number])), instant(...(y as [number]))),
              );
            }
          }
    });

    it('formatDate and formatDateRange in English and Spanish never start Intl', () => {
      const Native = Intl.DateTimeFormat;
      let created = 0;
      Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Native>) {
        created++;
        return new Native(...args);
      } as unknown as typeof Native;
      try {
        for (const lang of ['en', 'es']) {
          formatDate('2017-01-25', lang);
          formatDate('2022-08', lang, true);
          formatDateRange('2022-08-31', '2024-12-10', lang, true);
        }
        // A language whose words are not loaded speaks English, dates included.
        expect(formatDate('2017-01-25', 'he')).to.equal('January 25, 2017');
        expect(created).to.equal(0);
        // Other languages, and regional variants that write dates differently, are Intl's.
        expect(formatDate('2017-01-25', 'en-GB')).to.equal('25 January 2017');
        addLanguage('fr', fr);
        expect(formatDate('2017-01-25', 'fr')).to.equal('25 janvier 2017');
        expect(created).to.equal(2);
      } finally {
        Intl.DateTimeFormat = Native;
      }
    });
  });

  it('dates before the year 100 stay in their own century', () => {
    expect(startOf('0050-03').toISOString()).to.equal('0050-03-01T00:00:00.000Z');
    expect(endOf('0099').toISOString()).to.equal('0100-01-01T00:00:00.000Z');
    expect(isRealDate('0004-02-29')).to.equal(true);
    expect(formatDate('0050', 'en')).to.equal('50');
  });
});
