/**
 * A date entered as day, month and year inputs named `<name>-day`,
 * `<name>-month` and `<name>-year`. The canonical value is an ISO 8601 date
 * such as "1958-03-01".
 *
 * Errors follow the GOV.UK date input guidance, highest priority first:
 * nothing entered, a part missing, a part that is not a number or a year
 * without 4 digits, a date that does not exist, the past or future rule, then
 * the earliest date.
 */
import { readSingle, type SingleValue } from './body-values.js';
import {
  accept,
  reject,
  type CheckResult,
  type DatePart,
  type FieldKind,
} from './field-kind.js';
import { capitalise, errorNameOf, messageFor } from './messages.js';
import type { AnswerValue, DateField } from './types.js';

const PARTS: DatePart[] = ['day', 'month', 'year'];

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Longer input cannot be a day, month or year, even with leading zeros.
const MAX_PART_LENGTH = 12;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export const dateKind: FieldKind<DateField> = {
  inputNames(field) {
    return PARTS.map((part) => `${field.name}-${part}`);
  },

  check(field, body, context) {
    const inputs = {
      day: readSingle(body, `${field.name}-day`),
      month: readSingle(body, `${field.name}-month`),
      year: readSingle(body, `${field.name}-year`),
    };
    const name = errorNameOf(field);

    const emptyParts = PARTS.filter((part) => inputs[part].kind === 'empty');
    if (emptyParts.length === PARTS.length) {
      if (field.optional === true) {
        return accept(undefined);
      }
      return reject(
        field,
        messageFor(field, 'required', `Enter ${name}`),
        PARTS,
      );
    }
    if (emptyParts.length > 0) {
      return reject(
        field,
        messageFor(
          field,
          'incomplete',
          `${capitalise(name)} must include a ${joinParts(emptyParts)}`,
        ),
        emptyParts,
      );
    }

    const date = readCalendarDate(field, inputs);
    if ('ok' in date) {
      return date;
    }

    const iso = toIsoDate(date);
    const today = toIsoDate(localCalendarDate(context.today));
    if (field.when === 'past' && iso >= today) {
      return reject(
        field,
        messageFor(field, 'past', `${capitalise(name)} must be in the past`),
        PARTS,
      );
    }
    if (field.when === 'todayOrPast' && iso > today) {
      return reject(
        field,
        messageFor(field, 'future', `${capitalise(name)} must be today or in the past`),
        PARTS,
      );
    }
    if (field.when === 'future' && iso <= today) {
      return reject(
        field,
        messageFor(field, 'future', `${capitalise(name)} must be in the future`),
        PARTS,
      );
    }
    const earliest = parseIsoDate(field.earliest);
    if (earliest !== undefined && iso < toIsoDate(earliest)) {
      return reject(
        field,
        messageFor(
          field,
          'earliest',
          `${capitalise(name)} must be the same as or after ${formatCalendarDate(earliest)}`,
        ),
        PARTS,
      );
    }
    return accept(iso);
  },

  toInputValues(field, value) {
    const date = parseIsoDate(value);
    if (date === undefined) {
      return {};
    }
    return {
      [`${field.name}-day`]: String(date.day),
      [`${field.name}-month`]: String(date.month),
      [`${field.name}-year`]: String(date.year),
    };
  },

  format(_field, value) {
    const date = parseIsoDate(value);
    return date === undefined ? '' : formatCalendarDate(date);
  },
};

/** Returns true when `value` is an ISO 8601 date, such as '1900-01-01', that exists. */
export function isIsoDate(value: unknown): boolean {
  return parseIsoDate(value) !== undefined;
}

/** Formats a date as GOV.UK writes dates, such as "27 March 1958". */
function formatCalendarDate(date: CalendarDate): string {
  return `${date.day} ${MONTH_NAMES[date.month - 1]} ${date.year}`;
}

/**
 * Reads the three filled-in parts as a date that exists, or returns the
 * failed result that names the parts in error.
 */
function readCalendarDate(
  field: DateField,
  inputs: Record<DatePart, SingleValue>,
): CalendarDate | CheckResult {
  const day = parseNumber(inputs.day);
  const month = parseMonth(inputs.month);
  const yearText = inputs.year.kind === 'value' ? inputs.year.text : '';
  const hasYearDigits =
    /^\d+$/.test(yearText) && yearText.length <= MAX_PART_LENGTH;

  const invalidParts: DatePart[] = [];
  if (day === undefined || day < 1 || day > 31) {
    invalidParts.push('day');
  }
  if (month === undefined) {
    invalidParts.push('month');
  }
  // A 4-digit year below 1000, such as "0958", is read as a typing mistake.
  if (!hasYearDigits || yearText.length !== 4 || Number(yearText) < 1000) {
    invalidParts.push('year');
  }

  const name = capitalise(errorNameOf(field));
  const realDateText = messageFor(field, 'invalid', `${name} must be a real date`);
  const onlyYearHasWrongLength =
    invalidParts.length === 1 && hasYearDigits && yearText.length !== 4;
  if (onlyYearHasWrongLength) {
    return reject(
      field,
      messageFor(field, 'yearLength', 'Year must include 4 numbers'),
      ['year'],
    );
  }
  if (invalidParts.length > 0 || day === undefined || month === undefined) {
    return reject(field, realDateText, invalidParts);
  }

  const year = Number(yearText);
  if (day > daysInMonth(year, month)) {
    return reject(field, realDateText, ['day']);
  }
  return { year, month, day };
}

function parseNumber(input: SingleValue): number | undefined {
  if (input.kind !== 'value') {
    return undefined;
  }
  const text = input.text;
  if (!/^\d+$/.test(text) || text.length > MAX_PART_LENGTH) {
    return undefined;
  }
  return Number(text);
}

/**
 * Reads a month as a number from 1 to 12, a name such as "March", or an
 * abbreviation such as "mar" or "Sept.".
 */
function parseMonth(input: SingleValue): number | undefined {
  const number = parseNumber(input);
  if (number !== undefined) {
    return number >= 1 && number <= 12 ? number : undefined;
  }
  if (input.kind !== 'value') {
    return undefined;
  }
  const word = input.text.toLowerCase().replace(/\.$/, '');
  if (word === 'sept') {
    return 9;
  }
  const index = MONTH_NAMES.findIndex((monthName) => {
    const lower = monthName.toLowerCase();
    return word === lower || (word.length === 3 && lower.startsWith(word));
  });
  return index === -1 ? undefined : index + 1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    return isLeapYear(year) ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Joins missing part names, such as "day and month". At most 2 parts are
 * missing once any part is filled in.
 */
function joinParts(parts: DatePart[]): string {
  return parts.join(' and ');
}

/** Returns the calendar date of `moment` in the server's local time zone. */
function localCalendarDate(moment: Date): CalendarDate {
  return {
    year: moment.getFullYear(),
    month: moment.getMonth() + 1,
    day: moment.getDate(),
  };
}

function toIsoDate(date: CalendarDate): string {
  const year = String(date.year).padStart(4, '0');
  const month = String(date.month).padStart(2, '0');
  const day = String(date.day).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

function parseIsoDate(value: unknown): CalendarDate | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const match = ISO_DATE.exec(value);
  if (match === null) {
    return undefined;
  }
  const date = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
  };
  if (date.month < 1 || date.month > 12 || date.day < 1) {
    return undefined;
  }
  return date.day > daysInMonth(date.year, date.month) ? undefined : date;
}
