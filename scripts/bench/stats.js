// Summaries of repeated measurements.

/**
 * @typedef {object} Spread
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @property {number} count
 */

/**
 * Returns the median, minimum and maximum of `values`. The median of an even
 * count is the mean of the two middle values.
 *
 * @param {number[]} values
 * @returns {Spread}
 */
export function spreadOf(values) {
  if (values.length === 0) {
    return { median: Number.NaN, min: Number.NaN, max: Number.NaN, count: 0 };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? /** @type {number} */ (sorted[middle])
      : (/** @type {number} */ (sorted[middle - 1]) + /** @type {number} */ (sorted[middle])) / 2;
  return {
    median,
    min: /** @type {number} */ (sorted[0]),
    max: /** @type {number} */ (sorted[sorted.length - 1]),
    count: sorted.length,
  };
}
