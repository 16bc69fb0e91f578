/**
 * Any number of choices from a list of options, and optionally an exclusive
 * option such as "None of these".
 *
 * The canonical value is an array of option values in option order, or just
 * the exclusive option's value. Formatted answers put one option text on each
 * line, separated by "\n".
 */
import { readList } from './body-values.js';
import { optionText } from './choices.js';
import {
  accept,
  ownName,
  reject,
  type FieldKind,
} from './field-kind.js';
import { errorNameOf, messageFor } from './messages.js';
import type { AnswerValue, CheckboxesField } from './types.js';

export const checkboxesKind: FieldKind<CheckboxesField> = {
  inputNames: ownName,
  isList: true,

  check(field, body) {
    const name = errorNameOf(field);
    // Values that are not options can only come from an altered request, so
    // they get the same message as no choice.
    const requiredText = messageFor(field, 'required', `Select ${name}`);
    const values = new Set(readList(body, field.name));
    if (values.size === 0) {
      return field.optional === true
        ? accept(undefined)
        : reject(field, requiredText);
    }

    const exclusive = field.exclusive;
    const knownValues = new Set(field.options.map((option) => option.value));
    if (exclusive !== undefined) {
      knownValues.add(exclusive.value);
    }
    if ([...values].some((value) => !knownValues.has(value))) {
      return reject(field, requiredText);
    }

    if (exclusive !== undefined && values.has(exclusive.value)) {
      if (values.size > 1) {
        return reject(
          field,
          messageFor(
            field,
            'exclusive',
            `Select ${name}, or select ‘${exclusive.text}’`,
          ),
        );
      }
      return accept([exclusive.value]);
    }
    return accept(
      field.options
        .filter((option) => values.has(option.value))
        .map((option) => option.value),
    );
  },

  toInputValues(field, value) {
    return isStringList(value) ? { [field.name]: [...value] } : {};
  },

  format(field, value) {
    if (!isStringList(value)) {
      return '';
    }
    return value.map((item) => optionText(field, item)).join('\n');
  },
};

function isStringList(value: AnswerValue): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
