/** One choice from a list of options, stored as the chosen option's value. */
import { readSingle } from './body-values.js';
import { optionText } from './choices.js';
import {
  accept,
  ownName,
  reject,
  resultWithoutText,
  textInputValues,
  type FieldKind,
} from './field-kind.js';
import { errorNameOf, messageFor } from './messages.js';
import type { RadiosField } from './types.js';

export const radiosKind: FieldKind<RadiosField> = {
  inputNames: ownName,

  check(field, body) {
    // A value that is not an option can only come from an altered request,
    // so it gets the same message as no choice.
    const requiredText = messageFor(
      field,
      'required',
      `Select ${errorNameOf(field)}`,
    );
    const input = readSingle(body, field.name);
    if (input.kind !== 'value') {
      return resultWithoutText(field, input, requiredText);
    }
    const option = field.options.find(
      (candidate) => candidate.value === input.text,
    );
    return option === undefined
      ? reject(field, requiredText)
      : accept(option.value);
  },

  toInputValues: textInputValues,

  format(field, value) {
    return typeof value === 'string' ? optionText(field, value) : '';
  },
};
