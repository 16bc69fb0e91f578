/**
 * Form fields: validation of submitted pages, prefill values and check
 * answers text. The Nunjucks macro that renders a field is
 * views/fields/field.njk.
 */
export { flattenFields } from './flatten-fields.js';
export { formatAnswer } from './format-answer.js';
export { inputValuesFromAnswers } from './input-values.js';
export { errorNameOf } from './messages.js';
export { validatePage } from './validate-page.js';
export type * from './types.js';
