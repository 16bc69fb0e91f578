import type { CompiledJourney } from '../journeys/compiled-journey.js';
import type { PageType } from '../journeys/types.js';

/** One page of a journey as the map draws it. */
export interface GraphNode {
  /** State id, such as 'dateOfBirth'. */
  id: string;
  /** URL segment, such as 'date-of-birth': unique in a journey, only [a-z0-9-]. */
  slug: string;
  title: string;
  type: PageType;
}

/** One transition out of a page, in the order the machine tries them. */
export interface GraphEdge {
  from: string;
  to: string;
  /** Position among the page's transitions, from 0. */
  index: number;
  guard?: string;
  /**
   * The guard's description, 'Otherwise' for the unguarded transition of a
   * page whose other transitions are guarded, or undefined for a page's only
   * way forward.
   */
  description?: string;
}

export interface JourneyGraph {
  /** Pages in breadth-first order from the initial page. */
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Words for each page type, as the map and its text alternative show them. */
export const pageTypeLabels: Record<PageType, string> = {
  start: 'Start page',
  question: 'Question page',
  interruption: 'Interruption page',
  exit: 'Exit page',
  checkAnswers: 'Check answers page',
  declaration: 'Declaration page',
  confirmation: 'Confirmation page',
};

function guardNameOf(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && 'type' in guard) {
    return String((guard as { type: unknown }).type);
  }
  return undefined;
}

function edgesFrom(journey: CompiledJourney, stateId: string): GraphEdge[] {
  const stateNode = journey.machine.root.states[stateId];
  const transitions = stateNode?.transitions.get('NEXT') ?? [];
  const anyGuarded = transitions.some((transition) => transition.guard !== undefined);

  return transitions.flatMap((transition, index) => {
    const to = transition.target?.[0]?.key;
    if (to === undefined) return [];
    const guard = guardNameOf(transition.guard);
    const description =
      guard !== undefined
        ? (journey.guardDescriptions[guard] ?? guard)
        : anyGuarded
          ? 'Otherwise'
          : undefined;
    return [
      {
        from: stateId,
        to,
        index,
        ...(guard !== undefined ? { guard } : {}),
        ...(description !== undefined ? { description } : {}),
      },
    ];
  });
}

const graphCache = new WeakMap<CompiledJourney, JourneyGraph>();

/**
 * Returns a journey's pages and transitions as read from its compiled
 * machine, so the map shows exactly what the server runs. Cached per journey.
 */
export function journeyGraph(journey: CompiledJourney): JourneyGraph {
  const cached = graphCache.get(journey);
  if (cached) return cached;

  const order: string[] = [journey.initial];
  const seen = new Set(order);
  const edges: GraphEdge[] = [];
  for (let i = 0; i < order.length; i += 1) {
    for (const edge of edgesFrom(journey, order[i]!)) {
      edges.push(edge);
      if (!seen.has(edge.to)) {
        seen.add(edge.to);
        order.push(edge.to);
      }
    }
  }
  // Compiling rejects pages that nothing leads to, so this adds nothing
  // unless a journey was built some other way.
  for (const id of journey.pages.keys()) {
    if (!seen.has(id)) order.push(id);
  }

  const nodes = order.flatMap((id) => {
    const page = journey.pages.get(id);
    return page
      ? [{ id, slug: page.slug, title: page.definition.title, type: page.definition.type }]
      : [];
  });
  const graph = { nodes, edges };
  graphCache.set(journey, graph);
  return graph;
}
