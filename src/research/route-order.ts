import type { CompiledJourney } from '../journeys/compiled-journey.js';

function targetsOf(journey: CompiledJourney, stateId: string): string[] {
  const transitions = journey.machine.root.states[stateId]?.transitions.get('NEXT') ?? [];
  return transitions.flatMap((transition) => {
    const key = transition.target?.[0]?.key;
    return key === undefined ? [] : [key];
  });
}

const orderCache = new WeakMap<CompiledJourney, string[]>();

/**
 * Returns the journey's state ids in route order: every page comes after each page
 * that leads to it (a topological order of the machine's transitions), and pages
 * free at the same time keep the order the journey declares them in. Pages in a
 * loop, which no order can satisfy, follow in declaration order.
 */
export function routeOrder(journey: CompiledJourney): string[] {
  const cached = orderCache.get(journey);
  if (cached) return cached;

  const declared = [...journey.pages.keys()];
  const position = new Map(declared.map((id, index) => [id, index]));
  const incoming = new Map(declared.map((id) => [id, 0]));
  // Links back to the initial page are left out, so that the initial page always comes first.
  const targets = new Map(
    declared.map((id) => [id, targetsOf(journey, id).filter((to) => position.has(to) && to !== journey.initial)]),
  );
  for (const list of targets.values()) {
    for (const to of new Set(list)) incoming.set(to, incoming.get(to)! + 1);
  }

  const order: string[] = [];
  const ready = declared.filter((id) => incoming.get(id) === 0);
  while (ready.length > 0) {
    ready.sort((a, b) => position.get(a)! - position.get(b)!);
    const id = ready.shift()!;
    order.push(id);
    for (const to of new Set(targets.get(id))) {
      const remaining = incoming.get(to)! - 1;
      incoming.set(to, remaining);
      if (remaining === 0) ready.push(to);
    }
  }
  const placed = new Set(order);
  order.push(...declared.filter((id) => !placed.has(id)));

  orderCache.set(journey, order);
  return order;
}
