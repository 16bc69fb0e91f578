/** Server-side validation of one page's submission. */
import { hasAnyInput, submittedValue } from './body-values.js';
import { chosenOptions } from './choices.js';
import { kindOf } from './field-kinds.js';
import { flattenFields } from './flatten-fields.js';
import type {
  Answers,
  FieldDefinition as Field,
  FieldError,
  FormBody,
  InputValues,
  PageRule,
  PageValidation,
  ValidationOptions,
} from './types.js';

/**
 * Validates a page's submission and returns either canonical answers for every
 * field on the page, or every error in page order with the submitted values.
 *
 * Fields revealed by an option are checked only while that option is chosen.
 * Otherwise their answers are `undefined`, so that merging the answers
 * discards what was stored for them. Body keys that are not inputs of these
 * fields are ignored. Throws only when the fields or rules are themselves
 * wrong: an unknown field type, or a rule that names no field of the page.
 */
export function validatePage(
  fields: Field[],
  body: FormBody,
  options: ValidationOptions,
): PageValidation {
  const answers: Answers = {};
  const errors: FieldError[] = [];
  const shownNames = new Set<string>();

  const visit = (pageFields: Field[], isShown: boolean): void => {
    for (const field of pageFields) {
      if (!isShown) {
        answers[field.name] = undefined;
      } else {
        shownNames.add(field.name);
        const result = kindOf(field).check(field, body, options);
        if (result.ok) {
          answers[field.name] = result.value;
        } else {
          errors.push(result.error);
        }
      }
      if (field.type === 'radios' || field.type === 'checkboxes') {
        const chosen = isShown ? chosenOptions(field, body) : [];
        for (const option of field.options) {
          visit(option.reveals ?? [], chosen.includes(option));
        }
      }
    }
  };
  visit(fields, true);

  const flat = flattenFields(fields);
  for (const rule of options.rules ?? []) {
    const error = checkRule(rule, flat, body, shownNames);
    if (error !== undefined && !errors.some((e) => e.field === error.field)) {
      errors.push(error);
    }
  }

  if (errors.length === 0) {
    return { ok: true, answers };
  }
  const pageOrder = new Map(flat.map((field, index) => [field.name, index]));
  errors.sort(
    (a, b) => (pageOrder.get(a.field) ?? 0) - (pageOrder.get(b.field) ?? 0),
  );
  return { ok: false, errors, values: submittedValues(flat, body) };
}

/**
 * Checks a `oneOf` rule: it fails when none of its shown fields has any input.
 * A field with input that is not valid gets its own error instead, and a
 * revealed field under an option not chosen does not count. The rule's error
 * links to the first listed field.
 */
function checkRule(
  rule: PageRule,
  flat: Field[],
  body: FormBody,
  shownNames: Set<string>,
): FieldError | undefined {
  const ruleFields = rule.fields.map((name) => {
    const field = flat.find((candidate) => candidate.name === name);
    if (field === undefined) {
      throw new Error(
        `Page rule ${rule.kind} names "${name}", which is not a field of this page`,
      );
    }
    return field;
  });
  const [first] = ruleFields;
  if (first === undefined) {
    throw new Error(`Page rule ${rule.kind} names no fields`);
  }
  const isAnswered = ruleFields.some(
    (field) =>
      shownNames.has(field.name) &&
      hasAnyInput(body, kindOf(field).inputNames(field)),
  );
  if (isAnswered) {
    return undefined;
  }
  const [firstInput = first.name] = kindOf(first).inputNames(first);
  return { field: first.name, text: rule.message, href: `#${firstInput}` };
}

function submittedValues(flat: Field[], body: FormBody): InputValues {
  const values: InputValues = {};
  for (const field of flat) {
    const kind = kindOf(field);
    for (const name of kind.inputNames(field)) {
      values[name] = submittedValue(body, name, kind.isList === true);
    }
  }
  return values;
}
