import { expect } from '@open-wc/testing';
import { compareDates, endOf, formatDate, formatDateRange, isRealDate, parseDate, startOf } from '../../src/data/dates.js';

describe('dates', () => {
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
});
