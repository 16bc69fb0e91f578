import type { CompiledJourney } from '../journeys/compiled-journey.js';
import type { PageType } from '../journeys/types.js';
import { dotLines, dotString, wrapWords } from './dot-escape.js';
import { journeyGraph, pageTypeLabels, type GraphEdge, type GraphNode } from './journey-graph.js';

/** A transition between two pages, whichever guard it takes. */
export interface TransitionRef {
  from: string;
  to: string;
}

export interface JourneyDotOptions {
  /** State ids to mark, such as the pages that differ between two councils. */
  highlightStates?: Iterable<string>;
  /** Transitions to mark; every transition between the two pages is marked. */
  highlightTransitions?: Iterable<TransitionRef>;
  /** State id of the participant's current page. */
  currentState?: string;
  /** State ids of the participant's route, in order; the transitions between them are marked too. */
  routeStates?: readonly string[];
  /** URL each page's node links to, or undefined for no link. */
  linkFor?: (stateId: string) => string | undefined;
  /**
   * Start of every element id in the SVG, so that several maps can share one
   * HTML page: a letter, then letters, digits or hyphens. Defaults to 'map'.
   */
  idPrefix?: string;
}

/** Class names the map's SVG elements carry, styled by assets/facilitator.css. */
export const mapClasses = {
  current: 'app-map--current',
  route: 'app-map--route',
  highlight: 'app-map--highlight',
} as const;

/** Colours and widths of marked elements, for SVGs shown without the kit's CSS. */
const markStyles = {
  current: { fillcolor: '#ffdd00', color: '#0b0c0c', penwidth: '4' },
  route: { fillcolor: '#d2e2f1', color: '#1d70b8', penwidth: '2' },
  highlight: { fillcolor: '#f4cdc6', color: '#d4351c', penwidth: '3' },
  routeEdge: { color: '#1d70b8', penwidth: '3' },
  highlightEdge: { color: '#d4351c', penwidth: '3' },
};

const titleWidth = 30;
const edgeLabelWidth = 26;

export function typeClassOf(type: PageType): string {
  return `app-map-type--${type.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** Id of a page's node element in the SVG. */
export function nodeElementId(prefix: string, node: Pick<GraphNode, 'slug'>): string {
  return `${prefix}-node-${node.slug}`;
}

/** Id of a transition's edge element in the SVG. */
export function edgeElementId(prefix: string, fromSlug: string, index: number): string {
  return `${prefix}-edge-${fromSlug}-${index}`;
}

/** Pairs of consecutive states, as 'from\u0000to' keys. */
export function routeTransitionKeys(route: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (let i = 1; i < route.length; i += 1) keys.add(`${route[i - 1]}\u0000${route[i]}`);
  return keys;
}

function checkIdPrefix(prefix: string): string {
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(prefix)) {
    throw new Error(`idPrefix '${prefix}' is not valid: use a letter, then letters, digits or hyphens`);
  }
  return prefix;
}

/** A value already quoted for DOT, such as a label of several lines. */
interface QuotedValue {
  quoted: string;
}

/** Writes an attribute list; plain strings are quoted and escaped here. */
function attributes(values: Record<string, string | QuotedValue | undefined>): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    parts.push(`${name}=${typeof value === 'string' ? dotString(value) : value.quoted}`);
  }
  return `[${parts.join(', ')}]`;
}

function shapeOf(type: PageType): Record<string, string> {
  if (type === 'exit' || type === 'confirmation') return { peripheries: '2' };
  if (type === 'start') return { style: 'rounded,filled' };
  return {};
}

function nodeStatement(
  node: GraphNode,
  prefix: string,
  marks: { current: boolean; route: boolean; highlight: boolean },
  link: string | undefined,
): string {
  const classes = [typeClassOf(node.type)];
  let style = {};
  if (marks.highlight) {
    classes.push(mapClasses.highlight);
    style = markStyles.highlight;
  }
  if (marks.route) {
    classes.push(mapClasses.route);
    style = markStyles.route;
  }
  if (marks.current) {
    classes.push(mapClasses.current);
    style = markStyles.current;
  }
  const label = [...wrapWords(node.title, titleWidth), `(${pageTypeLabels[node.type]})`];

  return `  ${dotString(node.id)} ${attributes({
    id: nodeElementId(prefix, node),
    class: classes.join(' '),
    label: { quoted: dotLines(label) },
    tooltip: node.title,
    URL: link,
    ...shapeOf(node.type),
    ...style,
  })};`;
}

function edgeStatement(
  edge: GraphEdge,
  prefix: string,
  slugs: ReadonlyMap<string, string>,
  marks: { route: boolean; highlight: boolean },
): string {
  const classes: string[] = [];
  let style = {};
  if (marks.highlight) {
    classes.push(mapClasses.highlight);
    style = markStyles.highlightEdge;
  }
  if (marks.route) {
    classes.push(mapClasses.route);
    style = markStyles.routeEdge;
  }
  return `  ${dotString(edge.from)} -> ${dotString(edge.to)} ${attributes({
    id: edgeElementId(prefix, slugs.get(edge.from) ?? '', edge.index),
    class: classes.length ? classes.join(' ') : undefined,
    label: edge.description
      ? { quoted: dotLines(wrapWords(edge.description, edgeLabelWidth)) }
      : undefined,
    ...style,
  })};`;
}

/**
 * Writes a journey's pages and transitions as a Graphviz DOT digraph: one
 * node per page, labelled with its title and page type, and one edge per
 * transition, labelled with its guard's description. Marked pages and
 * transitions get both a class (for CSS) and colours (for the bare SVG).
 * Every string is escaped by dotString, so journey text cannot change the
 * graph or reach the SVG as markup.
 */
export function journeyDot(journey: CompiledJourney, options: JourneyDotOptions = {}): string {
  const prefix = checkIdPrefix(options.idPrefix ?? 'map');
  const graph = journeyGraph(journey);
  const slugs = new Map(graph.nodes.map((node) => [node.id, node.slug]));
  const highlighted = new Set(options.highlightStates ?? []);
  const onRoute = new Set(options.routeStates ?? []);
  const routeEdges = routeTransitionKeys(options.routeStates ?? []);
  const highlightEdges = new Set(
    [...(options.highlightTransitions ?? [])].map(({ from, to }) => `${from}\u0000${to}`),
  );

  const lines = [
    `digraph ${dotString(`${journey.id} ${journey.council.id}`)} {`,
    `  graph ${attributes({ id: `${prefix}-graph`, rankdir: 'TB', nodesep: '0.35', ranksep: '0.5', fontname: 'Arial', bgcolor: 'white' })};`,
    `  node ${attributes({ shape: 'box', style: 'filled', fillcolor: 'white', color: '#0b0c0c', fontname: 'Arial', fontsize: '13', margin: '0.15,0.08' })};`,
    `  edge ${attributes({ color: '#505a5f', fontname: 'Arial', fontsize: '11', fontcolor: '#0b0c0c' })};`,
  ];
  for (const node of graph.nodes) {
    const marks = {
      current: node.id === options.currentState,
      route: onRoute.has(node.id),
      highlight: highlighted.has(node.id),
    };
    lines.push(nodeStatement(node, prefix, marks, options.linkFor?.(node.id)));
  }
  for (const edge of graph.edges) {
    const key = `${edge.from}\u0000${edge.to}`;
    lines.push(edgeStatement(edge, prefix, slugs, { route: routeEdges.has(key), highlight: highlightEdges.has(key) }));
  }
  lines.push('}');
  return lines.join('\n');
}
