import { afterEach, describe, expect, it } from 'vitest';

import { formatAnswer } from '../../../src/fields/index.js';
import type { DateField } from '../../../src/fields/index.js';
import { answerFor, errorFor, TODAY } from './check-field.js';

const dateOfBirth: DateField = {
  type: 'date',
  name: 'dateOfBirth',
  label: 'Date of birth',
};

function body(day?: string, month?: string, year?: string) {
  return {
    'dateOfBirth-day': day,
    'dateOfBirth-month': month,
    'dateOfBirth-year': year,
  };
}

describe('date field', () => {
  it.each([
    ['1', '3', '1958', '1958-03-01'],
    ['01', '03', '1958', '1958-03-01'],
    [' 1 ', ' 3 ', ' 1958 ', '1958-03-01'],
    ['001', '003', '1958', '1958-03-01'],
    ['29', '2', '2024', '2024-02-29'],
    ['29', '2', '2000', '2000-02-29'],
    ['31', '12', '1999', '1999-12-31'],
    ['30', '4', '2001', '2001-04-30'],
    ['5', 'jan', '1990', '1990-01-05'],
    ['5', 'January', '1990', '1990-01-05'],
    ['5', 'SEPT', '1990', '1990-09-05'],
    ['5', 'sep', '1990', '1990-09-05'],
    ['5', 'Sept.', '1990', '1990-09-05'],
    ['5', 'june', '1990', '1990-06-05'],
    ['5', 'DEC', '1990', '1990-12-05'],
  ])('accepts %j %j %j as %j', (day, month, year, expected) => {
    expect(answerFor(dateOfBirth, body(day, month, year))).toBe(expected);
  });

  it.each([
    ['', '', '', 'Enter date of birth', ['day', 'month', 'year']],
    [undefined, undefined, undefined, 'Enter date of birth', ['day', 'month', 'year']],
    ['1', '', '1958', 'Date of birth must include a month', ['month']],
    ['', '3', '1958', 'Date of birth must include a day', ['day']],
    ['1', '3', '', 'Date of birth must include a year', ['year']],
    ['', '', '1958', 'Date of birth must include a day and month', ['day', 'month']],
    ['', '3', '', 'Date of birth must include a day and year', ['day', 'year']],
    ['1', '', '', 'Date of birth must include a month and year', ['month', 'year']],
    ['1', '3', '58', 'Year must include 4 numbers', ['year']],
    ['1', '3', '195', 'Year must include 4 numbers', ['year']],
    ['1', '3', '19580', 'Year must include 4 numbers', ['year']],
    ['31', '2', '2020', 'Date of birth must be a real date', ['day']],
    ['30', '2', '2020', 'Date of birth must be a real date', ['day']],
    ['29', '2', '2023', 'Date of birth must be a real date', ['day']],
    ['29', '2', '1900', 'Date of birth must be a real date', ['day']],
    ['31', '4', '2020', 'Date of birth must be a real date', ['day']],
    ['32', '1', '2020', 'Date of birth must be a real date', ['day']],
    ['0', '1', '2020', 'Date of birth must be a real date', ['day']],
    ['1', '13', '2020', 'Date of birth must be a real date', ['month']],
    ['1', '0', '2020', 'Date of birth must be a real date', ['month']],
    ['1', 'ja', '2020', 'Date of birth must be a real date', ['month']],
    ['1', 'Marchh', '2020', 'Date of birth must be a real date', ['month']],
    ['one', '3', '1958', 'Date of birth must be a real date', ['day']],
    ['1.5', '3', '1958', 'Date of birth must be a real date', ['day']],
    ['-1', '3', '1958', 'Date of birth must be a real date', ['day']],
    ['1', '3', 'nineteen', 'Date of birth must be a real date', ['year']],
    ['1', '3', '0999', 'Date of birth must be a real date', ['year']],
    ['x', 'y', '58', 'Date of birth must be a real date', ['day', 'month', 'year']],
    ['1', '3', '２０２０', 'Date of birth must be a real date', ['year']],
  ])(
    'rejects %j %j %j with %j',
    (day, month, year, message, parts) => {
      const error = errorFor(dateOfBirth, body(day, month, year));
      expect(error.text).toBe(message);
      expect(error.parts).toEqual(parts);
      expect(error.href).toBe(`#dateOfBirth-${parts[0]}`);
    },
  );

  it('names the field with errorName', () => {
    const field: DateField = { ...dateOfBirth, errorName: 'your date of birth' };
    expect(errorFor(field, body()).text).toBe('Enter your date of birth');
    expect(errorFor(field, body('1', '', '1958')).text).toBe(
      'Your date of birth must include a month',
    );
  });

  it('leaves an optional empty date unanswered', () => {
    const field: DateField = { ...dateOfBirth, optional: true };
    expect(answerFor(field, body(' ', '', ''))).toBeUndefined();
  });

  it('checks parts of an optional date once one is filled', () => {
    const field: DateField = { ...dateOfBirth, optional: true };
    expect(errorFor(field, body('', '', '1958')).text).toBe(
      'Date of birth must include a day and month',
    );
  });

  it('formats as day, month name and year', () => {
    expect(formatAnswer(dateOfBirth, '1958-03-01')).toBe('1 March 1958');
    expect(formatAnswer(dateOfBirth, '2024-12-25')).toBe('25 December 2024');
  });
});

describe('date field past and future rules', () => {
  const past: DateField = { ...dateOfBirth, when: 'past' };
  const future: DateField = {
    type: 'date',
    name: 'moveDate',
    label: 'Moving date',
    when: 'future',
  };
  const moveBody = (day: string, month: string, year: string) => ({
    'moveDate-day': day,
    'moveDate-month': month,
    'moveDate-year': year,
  });

  it.each([
    ['14', '6', '2025', '2025-06-14'],
    ['1', '1', '1900', '1900-01-01'],
  ])('past accepts %j %j %j', (day, month, year, expected) => {
    expect(answerFor(past, body(day, month, year))).toBe(expected);
  });

  it.each([
    ['15', '6', '2025'],
    ['16', '6', '2025'],
    ['1', '1', '2030'],
  ])('past rejects %j %j %j', (day, month, year) => {
    const error = errorFor(past, body(day, month, year));
    expect(error.text).toBe('Date of birth must be in the past');
    expect(error.parts).toEqual(['day', 'month', 'year']);
    expect(error.href).toBe('#dateOfBirth-day');
  });

  const todayOrPast: DateField = { ...dateOfBirth, when: 'todayOrPast' };

  it.each([
    ['15', '6', '2025', '2025-06-15'],
    ['14', '6', '2025', '2025-06-14'],
  ])('todayOrPast accepts %j %j %j', (day, month, year, expected) => {
    expect(answerFor(todayOrPast, body(day, month, year))).toBe(expected);
  });

  it.each([
    ['16', '6', '2025'],
    ['1', '1', '2030'],
  ])('todayOrPast rejects %j %j %j', (day, month, year) => {
    expect(errorFor(todayOrPast, body(day, month, year)).text).toBe(
      'Date of birth must be today or in the past',
    );
  });

  it.each([
    ['16', '6', '2025', '2025-06-16'],
    ['1', '1', '2030', '2030-01-01'],
  ])('future accepts %j %j %j', (day, month, year, expected) => {
    expect(answerFor(future, moveBody(day, month, year))).toBe(expected);
  });

  it.each([
    ['15', '6', '2025'],
    ['14', '6', '2025'],
  ])('future rejects %j %j %j', (day, month, year) => {
    expect(errorFor(future, moveBody(day, month, year)).text).toBe(
      'Moving date must be in the future',
    );
  });

  it('reads today at the end of the local day', () => {
    const lateToday = new Date(2025, 5, 15, 23, 59);
    expect(errorFor(past, body('15', '6', '2025'), lateToday).text).toBe(
      'Date of birth must be in the past',
    );
    expect(answerFor(past, body('14', '6', '2025'), lateToday)).toBe(
      '2025-06-14',
    );
  });
});

describe('date field in a time zone ahead of UTC', () => {
  const savedTimeZone = process.env.TZ;

  afterEach(() => {
    if (savedTimeZone === undefined) {
      delete process.env.TZ;
    } else {
      process.env.TZ = savedTimeZone;
    }
  });

  it('compares with the local calendar date', () => {
    // At 08:00 on 15 June in UTC+14 it is still 14 June in UTC.
    process.env.TZ = 'Pacific/Kiritimati';
    const today = new Date(2025, 5, 15, 8, 0);
    expect(today.toISOString().slice(0, 10)).toBe('2025-06-14');
    const past: DateField = { ...dateOfBirth, when: 'past' };
    expect(errorFor(past, body('15', '6', '2025'), today).text).toBe(
      'Date of birth must be in the past',
    );
    expect(answerFor(past, body('14', '6', '2025'), today)).toBe('2025-06-14');
  });
});

it('TODAY helper is 15 June 2025', () => {
  expect(TODAY.getDate()).toBe(15);
  expect(TODAY.getMonth()).toBe(5);
});

describe('date field earliest date', () => {
  const born: DateField = { ...dateOfBirth, when: 'past', earliest: '1900-01-01' };

  it.each([
    ['1', '1', '1900', '1900-01-01'],
    ['27', '3', '1958', '1958-03-27'],
  ])('accepts %j %j %j', (day, month, year, expected) => {
    expect(answerFor(born, body(day, month, year))).toBe(expected);
  });

  it.each([
    ['31', '12', '1899'],
    ['1', '1', '1066'],
  ])('rejects %j %j %j', (day, month, year) => {
    const error = errorFor(born, body(day, month, year));

    expect(error.text).toBe('Date of birth must be the same as or after 1 January 1900');
    expect(error.parts).toEqual(['day', 'month', 'year']);
  });

  it('checks the past rule first', () => {
    expect(errorFor(born, body('1', '1', '2030')).text).toBe('Date of birth must be in the past');
  });

  it('uses the field’s own message', () => {
    const own: DateField = { ...born, messages: { earliest: 'Enter a date of birth from 1900 onwards' } };

    expect(errorFor(own, body('1', '1', '1899')).text).toBe('Enter a date of birth from 1900 onwards');
  });
});
