import type { CompiledJourney } from '../journeys/compiled-journey.js';
import {
  edgeElementId,
  journeyDot,
  mapClasses,
  nodeElementId,
  routeTransitionKeys,
} from './journey-dot.js';
import { journeyGraph } from './journey-graph.js';
import { inlineSvg, renderDot } from './render-svg.js';

export interface ParticipantMarks {
  /** State id of the participant's current page. */
  currentState?: string;
  /** State ids of the participant's route, in order. */
  routeStates?: readonly string[];
}

export interface JourneyMapOptions {
  /** URL each page's node links to, or undefined for no link. */
  linkFor: (journey: CompiledJourney, stateId: string) => string | undefined;
  /** Start of element ids in the SVG; see JourneyDotOptions.idPrefix. */
  idPrefix?: string;
}

/**
 * Renders each journey's map once and marks a participant's current page and
 * route on a copy, because a journey's machine does not change while the kit
 * runs but Graphviz takes milliseconds per layout.
 */
export class JourneyMapCache {
  private readonly svgs = new WeakMap<CompiledJourney, Promise<string>>();
  private readonly idPrefix: string;

  constructor(private readonly options: JourneyMapOptions) {
    this.idPrefix = options.idPrefix ?? 'map';
  }

  /** Returns the journey's map as inline SVG with no marks. */
  unmarked(journey: CompiledJourney): Promise<string> {
    let svg = this.svgs.get(journey);
    if (!svg) {
      svg = this.render(journey);
      this.svgs.set(journey, svg);
      svg.catch(() => this.svgs.delete(journey));
    }
    return svg;
  }

  /** Returns the journey's map with a participant's current page and route marked. */
  async marked(journey: CompiledJourney, marks: ParticipantMarks): Promise<string> {
    return markSvg(await this.unmarked(journey), journey, marks, this.idPrefix);
  }

  private async render(journey: CompiledJourney): Promise<string> {
    const dot = journeyDot(journey, {
      idPrefix: this.idPrefix,
      linkFor: (stateId) => this.options.linkFor(journey, stateId),
    });
    return inlineSvg(await renderDot(dot), {
      title: `Map of ${journey.title} for ${journey.council.name}`,
      titleId: `${this.idPrefix}-title`,
      className: 'app-journey-map__svg',
    });
  }
}

/**
 * Adds the classes that journeyDot gives marked pages and transitions to the
 * matching elements of an unmarked map. Only `<g>` start tags whose id is one
 * the map generated are changed, and Graphviz escapes '<' in all journey
 * text, so no label can produce a tag this matches.
 */
export function markSvg(
  svg: string,
  journey: CompiledJourney,
  marks: ParticipantMarks,
  idPrefix = 'map',
): string {
  const graph = journeyGraph(journey);
  const slugs = new Map(graph.nodes.map((node) => [node.id, node.slug]));
  const added = new Map<string, string[]>();
  const add = (id: string, className: string) => {
    added.set(id, [...(added.get(id) ?? []), className]);
  };

  const route = marks.routeStates ?? [];
  for (const stateId of route) {
    const slug = slugs.get(stateId);
    if (slug !== undefined) add(nodeElementId(idPrefix, { slug }), mapClasses.route);
  }
  const currentSlug = marks.currentState === undefined ? undefined : slugs.get(marks.currentState);
  if (currentSlug !== undefined) add(nodeElementId(idPrefix, { slug: currentSlug }), mapClasses.current);

  const routeKeys = routeTransitionKeys(route);
  for (const edge of graph.edges) {
    if (routeKeys.has(`${edge.from}\u0000${edge.to}`)) {
      add(edgeElementId(idPrefix, slugs.get(edge.from) ?? '', edge.index), mapClasses.route);
    }
  }
  if (added.size === 0) return svg;

  return svg.replace(/<g id="([A-Za-z0-9-]+)" class="([^"<>]*)">/g, (tag, id: string, classes: string) => {
    const extra = added.get(id);
    return extra ? `<g id="${id}" class="${classes} ${extra.join(' ')}">` : tag;
  });
}
