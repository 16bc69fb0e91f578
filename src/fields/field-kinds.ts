/** The behaviour of every field type, looked up by `type`. */
import { checkboxesKind } from './checkboxes.js';
import { dateKind } from './date.js';
import { emailKind } from './email.js';
import type { FieldKind } from './field-kind.js';
import { fullNameKind } from './full-name.js';
import { moneyKind } from './money.js';
import { nationalInsuranceNumberKind } from './national-insurance-number.js';
import { phoneKind } from './phone.js';
import { postcodeKind } from './postcode.js';
import { radiosKind } from './radios.js';
import { textKind } from './text.js';
import { textareaKind } from './textarea.js';
import type { FieldDefinition, FieldType } from './types.js';
import { wholeNumberKind } from './whole-number.js';

type FieldKinds = {
  [T in FieldType]: FieldKind<Extract<FieldDefinition, { type: T }>>;
};

const FIELD_KINDS: FieldKinds = {
  text: textKind,
  fullName: fullNameKind,
  email: emailKind,
  phone: phoneKind,
  postcode: postcodeKind,
  nationalInsuranceNumber: nationalInsuranceNumberKind,
  date: dateKind,
  money: moneyKind,
  number: wholeNumberKind,
  radios: radiosKind,
  checkboxes: checkboxesKind,
  textarea: textareaKind,
};

/**
 * Returns the behaviour of `field`'s type. Throws when the type is not one of
 * FieldType, which can happen in journeys written without type checking.
 */
export function kindOf<F extends FieldDefinition>(field: F): FieldKind<F> {
  const kind: unknown = Object.hasOwn(FIELD_KINDS, field.type)
    ? FIELD_KINDS[field.type]
    : undefined;
  if (kind === undefined) {
    throw new Error(
      `Field "${field.name}" has unknown type "${String(field.type)}"`,
    );
  }
  // FIELD_KINDS pairs each type with the kind for that type, which TypeScript
  // cannot follow through the indexed access above.
  return kind as FieldKind<F>;
}
