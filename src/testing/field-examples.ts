/**
 * Example answers for each field type, used to drive journeys through every
 * branch. Values are canonical, as the machine stores them: dates as
 * 'YYYY-MM-DD', money and whole numbers as numbers, checkboxes as string arrays.
 */
import { DEFAULT_FULL_NAME_MAX_LENGTH } from '../fields/full-name.js';
import type {
  AnswerValue,
  CheckboxesField,
  DateField,
  FieldDefinition,
  InputValues,
  MoneyField,
  NumberField,
} from '../fields/types.js';

/** Checkbox groups with at most this many options are tried in every combination. */
const MAX_OPTIONS_FOR_ALL_COMBINATIONS = 4;

function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

function shiftDays(today: Date, days: number): Date {
  return new Date(today.getFullYear(), today.getMonth(), today.getDate() + days);
}

function shiftYears(today: Date, years: number): Date {
  // The 1st of the month exists in every year, so no date rolls over.
  return new Date(today.getFullYear() + years, today.getMonth(), 1);
}

/**
 * Returns dates on each side of the usual rules, in the directions `when`
 * allows: today, two weeks away (beyond a few working days), and 30 and 70
 * years away (working age and State Pension age for a date of birth). Dates
 * before `earliest` are left out, and if none is left, `earliest` is used.
 */
function dateExamples(field: DateField, today: Date): string[] {
  const past = [shiftDays(today, -14), shiftYears(today, -30), shiftYears(today, -70)];
  const future = [shiftDays(today, 14), shiftYears(today, 1)];
  const dates = {
    past,
    todayOrPast: [today, ...past],
    future,
    any: [today, ...past, ...future],
  }[field.when ?? 'any'];
  const examples = dates.map(isoDate);
  const { earliest } = field;
  if (earliest === undefined) return examples;

  const allowed = examples.filter((date) => date >= earliest);
  return allowed.length > 0 ? allowed : [earliest];
}

/** Returns the lower limit, then powers of ten up to the upper limit. */
function moneyExamples(field: MoneyField): number[] {
  const min = field.min ?? 0;
  const max = field.max ?? 1_000_000;
  const values = [min];
  for (let value = 1; value <= max; value *= 10) {
    if (value > min) values.push(value);
  }
  return values;
}

function wholeNumberExamples(field: NumberField): number[] {
  const middle = Math.round((field.min + field.max) / 2);
  return [...new Set([field.min, middle, field.max])];
}

function subsetsOf(values: string[]): string[][] {
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << values.length; mask += 1) {
    subsets.push(values.filter((_, index) => (mask & (1 << index)) !== 0));
  }
  return subsets.sort((a, b) => a.length - b.length);
}

/** Returns every combination of a few options, or for more options each one, each pair and all of them. */
function checkboxExamples(field: CheckboxesField): string[][] {
  const values = field.options.map((option) => option.value);
  let choices: string[][];
  if (values.length <= MAX_OPTIONS_FOR_ALL_COMBINATIONS) {
    choices = subsetsOf(values);
  } else {
    const pairs = values.flatMap((first, index) =>
      values.slice(index + 1).map((second) => [first, second]),
    );
    choices = [...values.map((value) => [value]), ...pairs, values];
  }
  return field.exclusive ? [...choices, [field.exclusive.value]] : choices;
}

function textExample(maxLength: number | undefined): string {
  return 'Example text'.slice(0, maxLength ?? Infinity);
}

/**
 * Returns valid canonical answers for a field, the most ordinary first: every
 * option of a choice, and values either side of common limits for dates and
 * amounts. Other types get one value. Optional fields are not given
 * `undefined` here; callers add it.
 */
export function exampleValues(field: FieldDefinition, today: Date): AnswerValue[] {
  switch (field.type) {
    case 'text':
      return [textExample(field.maxLength)];
    case 'textarea':
      return [textExample(field.maxLength)];
    case 'fullName':
      return ['Sam Taylor'];
    case 'email':
      return ['sam.taylor@example.com'];
    case 'phone':
      return ['+447700900982'];
    case 'postcode':
      return ['SW1A 1AA'];
    case 'nationalInsuranceNumber':
      return ['AB123456C'];
    case 'date':
      return dateExamples(field, today);
    case 'money':
      return moneyExamples(field);
    case 'number':
      return wholeNumberExamples(field);
    case 'radios':
      return field.options.map((option) => option.value);
    case 'checkboxes':
      return checkboxExamples(field);
  }
}

/**
 * Returns input values that make the field fail validation even when it is
 * optional: text that is too long, or text of the wrong form. Choices get a
 * value that is not an option, which only a hand-made request can send.
 */
export function invalidInput(field: FieldDefinition): InputValues {
  const name = field.name;
  switch (field.type) {
    case 'text':
      return { [name]: field.maxLength !== undefined ? 'x'.repeat(field.maxLength + 1) : '' };
    case 'textarea':
      return { [name]: 'x'.repeat(field.maxLength + 1) };
    case 'fullName':
      return { [name]: 'x'.repeat((field.maxLength ?? DEFAULT_FULL_NAME_MAX_LENGTH) + 1) };
    case 'date':
      return { [`${name}-day`]: '32', [`${name}-month`]: '13', [`${name}-year`]: '2000' };
    case 'radios':
    case 'checkboxes':
      return { [name]: 'not-an-option' };
    default:
      return { [name]: 'not valid' };
  }
}
