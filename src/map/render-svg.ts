import type { Graphviz } from '@hpcc-js/wasm-graphviz';

let loading: Promise<Graphviz> | undefined;

/**
 * Loads Graphviz's WebAssembly once per process; later calls share it. The
 * package is imported here rather than at start-up, which only the journey
 * map needs.
 */
export function loadGraphviz(): Promise<Graphviz> {
  loading ??= import('@hpcc-js/wasm-graphviz').then((graphviz) => graphviz.Graphviz.load());
  return loading;
}

/** Lays out a DOT graph with Graphviz's dot engine and returns the SVG document. */
export async function renderDot(dot: string): Promise<string> {
  const graphviz = await loadGraphviz();
  return graphviz.dot(dot);
}

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character]!);
}

export interface InlineSvgOptions {
  /** Accessible name of the diagram, as plain text. */
  title: string;
  /** Id of the title element: letters, digits and hyphens. */
  titleId: string;
  className: string;
}

/**
 * Prepares Graphviz's SVG for inlining in an HTML page. Drops the XML
 * declaration, doctype and comments, and adds a title element that names the
 * diagram. Graphviz writes hyphens as '&#45;', which become plain hyphens so
 * that ids and classes can be matched as written.
 */
export function inlineSvg(svg: string, options: InlineSvgOptions): string {
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(options.titleId)) {
    throw new Error(`titleId '${options.titleId}' is not valid: use a letter, then letters, digits or hyphens`);
  }
  const start = svg.indexOf('<svg');
  if (start < 0) throw new Error('Graphviz output has no <svg> element');
  const body = svg
    .slice(start)
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/&#45;/g, '-');
  const openEnd = body.indexOf('>');
  const openTag = body
    .slice(0, openEnd)
    .replace('<svg', `<svg class="${escapeHtml(options.className)}" aria-labelledby="${options.titleId}"`);
  const title = `<title id="${options.titleId}">${escapeHtml(options.title)}</title>`;
  return `${openTag}>\n${title}${body.slice(openEnd + 1)}`.trim();
}
