/** One bar: its label above it and its value text after it are drawn as SVG text. */
export interface ChartBar {
  label: string;
  value: number;
  /** The value as people read it, such as "4 reached, 1 stopped here". */
  valueText: string;
}

export interface BarChartOptions {
  /** Start of the ids of the chart's title and description: a letter, then letters, digits or hyphens. */
  id: string;
  /** Short name of the chart, read first by screen readers. */
  title: string;
  /** Text for screen readers: the chart's subject and where a table has the same figures. */
  description: string;
  bars: readonly ChartBar[];
}

const width = 760;
const rowHeight = 52;
const labelBaseline = 16;
const barTop = 22;
const barHeight = 20;
/** Room right of the longest bar for its value text. */
const valueSpace = 250;
const maxLabelCharacters = 84;

/** Escapes text for SVG (XML) content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function shorten(text: string): string {
  return text.length <= maxLabelCharacters ? text : `${text.slice(0, maxLabelCharacters - 1).trimEnd()}…`;
}

/**
 * Returns a horizontal bar chart as SVG markup, one row per bar: the label, then
 * the bar, then the value text. The SVG is an image with a title and description
 * for screen readers, scales to its container's width, and takes its colours
 * from attributes that assets/research.css may override. Labels longer than 84
 * characters are cut with an ellipsis, so the page's data table must carry the
 * full labels.
 */
export function barChart(options: BarChartOptions): string {
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(options.id)) {
    throw new Error(`Invalid chart id "${options.id}": use a letter, then letters, digits or hyphens.`);
  }
  const { id, bars } = options;
  const height = Math.max(bars.length, 1) * rowHeight;
  const maxValue = Math.max(0, ...bars.map((bar) => bar.value));
  const scale = maxValue > 0 ? (width - valueSpace) / maxValue : 0;

  const rows = bars.map((bar, index) => {
    const top = index * rowHeight;
    const barWidth = Math.max(0, bar.value) * scale;
    const valueX = barWidth + (barWidth > 0 ? 8 : 0);
    const rect =
      barWidth > 0
        ? `<rect class="app-chart__bar" x="0" y="${top + barTop}" width="${barWidth.toFixed(1)}" height="${barHeight}" fill="#1d70b8"/>`
        : '';
    return (
      `<g class="app-chart__row">` +
      `<text class="app-chart__label" x="0" y="${top + labelBaseline}" fill="#0b0c0c">${escapeXml(shorten(bar.label))}</text>` +
      rect +
      `<text class="app-chart__value" x="${valueX.toFixed(1)}" y="${top + barTop + 15}" fill="#0b0c0c">${escapeXml(bar.valueText)}</text>` +
      `</g>`
    );
  });

  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="app-chart" viewBox="0 0 ${width} ${height}" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">` +
    `<title id="${id}-title">${escapeXml(options.title)}</title>` +
    `<desc id="${id}-desc">${escapeXml(options.description)}</desc>` +
    rows.join('') +
    `</svg>`
  );
}
