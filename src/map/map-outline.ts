import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { journeyGraph, pageTypeLabels } from './journey-graph.js';
import type { ParticipantMarks } from './journey-map.js';

/** One way out of a page, in words. */
export interface OutlineBranch {
  /** The guard's description, 'Otherwise', or undefined for a page's only way forward. */
  condition?: string;
  to: string;
  toSlug: string;
  toTitle: string;
}

/** One page in the text alternative of a journey map. */
export interface OutlinePage {
  id: string;
  slug: string;
  title: string;
  typeLabel: string;
  current: boolean;
  /** Position on the participant's route, from 1, when the page is on it. */
  routeStep?: number;
  branches: OutlineBranch[];
}

/**
 * Lists a journey's pages in map order with their branches, marking the
 * participant's current page and route: the text alternative of the map.
 */
export function mapOutline(journey: CompiledJourney, marks: ParticipantMarks = {}): OutlinePage[] {
  const graph = journeyGraph(journey);
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const route = marks.routeStates ?? [];

  return graph.nodes.map((node) => {
    const step = route.indexOf(node.id);
    const branches = graph.edges
      .filter((edge) => edge.from === node.id)
      .map((edge) => ({
        ...(edge.description !== undefined ? { condition: edge.description } : {}),
        to: edge.to,
        toSlug: nodes.get(edge.to)?.slug ?? edge.to,
        toTitle: nodes.get(edge.to)?.title ?? edge.to,
      }));
    return {
      id: node.id,
      slug: node.slug,
      title: node.title,
      typeLabel: pageTypeLabels[node.type],
      current: node.id === marks.currentState,
      ...(step >= 0 ? { routeStep: step + 1 } : {}),
      branches,
    };
  });
}
