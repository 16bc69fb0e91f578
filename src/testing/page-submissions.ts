/** Valid submissions of one page, made from example answers. */
import { kindOf } from '../fields/field-kinds.js';
import { inputValuesFromAnswers, validatePage } from '../fields/index.js';
import type {
  AnswerValue,
  Answers,
  FieldDefinition,
  FormBody,
  InputValues,
  PageRule,
} from '../fields/types.js';
import { exampleValues } from './field-examples.js';

/** One valid submission of a page: what the machine receives, and what a form posts. */
export interface PageSubmission {
  /** Canonical answers, as the NEXT event carries them. */
  answers: Answers;
  /** Form input values, by input name, that validate to `answers`. */
  inputs: InputValues;
}

// NOTE: a page whose varied fields have more combinations than this is cut
// short, so some of its branches may be reported as not covered.
const MAX_COMBINATIONS_PER_PAGE = 5_000;

/**
 * Example values for each field: answers from the council's examples and the
 * persona scenarios first (the answers a real participant would give), then
 * generated values for the field's type.
 */
export class ExampleAnswers {
  private readonly cache = new Map<string, Array<AnswerValue | undefined>>();

  /**
   * @param bodies form bodies to take preferred answers from, such as a
   *   council's `examples` and each scenario's answers
   */
  constructor(
    private readonly bodies: readonly FormBody[],
    readonly today: Date,
  ) {}

  /** Returns the field's example values, most ordinary first; `undefined` last for optional fields. */
  valuesOf(field: FieldDefinition): Array<AnswerValue | undefined> {
    const key = JSON.stringify(field);
    const cached = this.cache.get(key);
    if (cached) return cached;

    const kind = kindOf(field);
    const preferred = this.bodies.flatMap((body) => {
      const result = kind.check(field, body, { today: this.today });
      return result.ok && result.value !== undefined ? [result.value] : [];
    });
    const seen = new Set<string>();
    const values: Array<AnswerValue | undefined> = [];
    for (const value of [...preferred, ...exampleValues(field, this.today)]) {
      const text = JSON.stringify(value);
      if (!seen.has(text)) {
        seen.add(text);
        values.push(value);
      }
    }
    if (field.optional === true || values.length === 0) values.push(undefined);
    this.cache.set(key, values);
    return values;
  }
}

function revealedBy(field: FieldDefinition, value: AnswerValue | undefined): FieldDefinition[] {
  if (field.type !== 'radios' && field.type !== 'checkboxes') return [];
  const chosen = Array.isArray(value) ? value : [value];
  return field.options
    .filter((option) => chosen.includes(option.value))
    .flatMap((option) => option.reveals ?? []);
}

function combinations(
  fields: FieldDefinition[],
  valuesOf: (field: FieldDefinition) => Array<AnswerValue | undefined>,
  limit: { left: number },
): Answers[] {
  const [field, ...rest] = fields;
  if (field === undefined) return [{}];
  const result: Answers[] = [];
  for (const value of valuesOf(field)) {
    const tails = combinations([...revealedBy(field, value), ...rest], valuesOf, limit);
    for (const tail of tails) {
      if (limit.left <= 0) return result;
      limit.left -= 1;
      result.push(value === undefined ? tail : { [field.name]: value, ...tail });
    }
  }
  return result;
}

/** Picks the example values to try for a field from all of them. */
export type ChooseValues = (
  field: FieldDefinition,
  values: Array<AnswerValue | undefined>,
) => Array<AnswerValue | undefined>;

/**
 * Returns the page's valid submissions: every combination of the example
 * values that `choose` picks for each field (revealed fields only under the
 * option that reveals them). Each combination is validated as the server
 * would, and dropped when it fails a rule such as "email or phone".
 */
export function pageSubmissions(
  fields: FieldDefinition[],
  rules: PageRule[] | undefined,
  examples: ExampleAnswers,
  choose: ChooseValues,
): PageSubmission[] {
  const valuesOf = (field: FieldDefinition) => choose(field, examples.valuesOf(field));
  const seen = new Set<string>();
  const submissions: PageSubmission[] = [];

  for (const candidate of combinations(fields, valuesOf, { left: MAX_COMBINATIONS_PER_PAGE })) {
    const inputs = inputValuesFromAnswers(fields, candidate);
    const validation = validatePage(fields, inputs, {
      today: examples.today,
      ...(rules ? { rules } : {}),
    });
    if (!validation.ok) continue;
    const answers: Answers = {};
    for (const [name, value] of Object.entries(validation.answers)) {
      if (value !== undefined) answers[name] = value;
    }
    const key = JSON.stringify(answers);
    if (!seen.has(key)) {
      seen.add(key);
      submissions.push({ answers, inputs });
    }
  }
  return submissions;
}
