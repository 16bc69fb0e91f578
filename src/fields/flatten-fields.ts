import type { FieldDefinition } from './types.js';

/**
 * Returns every field, including fields revealed by radios and checkboxes
 * options, in page order: each field comes before the fields its options
 * reveal, and revealed fields come before the next field.
 */
export function flattenFields(fields: FieldDefinition[]): FieldDefinition[] {
  const flat: FieldDefinition[] = [];
  for (const field of fields) {
    flat.push(field);
    if (field.type === 'radios' || field.type === 'checkboxes') {
      for (const option of field.options) {
        flat.push(...flattenFields(option.reveals ?? []));
      }
    }
  }
  return flat;
}
