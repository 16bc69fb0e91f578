/**
 * Choosing a few complete paths through a graph so that every labelled edge
 * is on at least one of them. Nodes are the explored states of a journey
 * machine, and labels are the machine's transitions, so many edges share
 * one label.
 */

/** One edge of the explored graph. */
export interface CoverEdge<E> {
  from: string;
  to: string;
  /** Name of the edge's kind, such as a transition id, which many edges may share. */
  label: string;
  data: E;
}

export interface CoverGraph<E> {
  start: string;
  /** Nodes where a path may end. */
  ends: ReadonlySet<string>;
  edgesFrom: ReadonlyMap<string, ReadonlyArray<CoverEdge<E>>>;
}

export interface CoverResult<E> {
  /** Paths from the start to an end node, as edge lists. */
  paths: Array<Array<CoverEdge<E>>>;
  /** Labels that no path from the start to an end node can take. */
  uncovered: string[];
}

/** Shortest path from the start to each node, as the edge that reaches it. */
function shortestPrefixes<E>(graph: CoverGraph<E>): Map<string, CoverEdge<E> | undefined> {
  const reachedBy = new Map<string, CoverEdge<E> | undefined>([[graph.start, undefined]]);
  const queue = [graph.start];
  for (let index = 0; index < queue.length; index += 1) {
    for (const edge of graph.edgesFrom.get(queue[index]!) ?? []) {
      if (!reachedBy.has(edge.to)) {
        reachedBy.set(edge.to, edge);
        queue.push(edge.to);
      }
    }
  }
  return reachedBy;
}

/** Shortest way from each node to an end node, as the first edge to take. */
function shortestCompletions<E>(graph: CoverGraph<E>): Map<string, CoverEdge<E> | undefined> {
  const edgesInto = new Map<string, Array<CoverEdge<E>>>();
  for (const edges of graph.edgesFrom.values()) {
    for (const edge of edges) {
      const into = edgesInto.get(edge.to);
      if (into) into.push(edge);
      else edgesInto.set(edge.to, [edge]);
    }
  }
  const firstStep = new Map<string, CoverEdge<E> | undefined>();
  const queue = [...graph.ends];
  for (const end of queue) firstStep.set(end, undefined);
  for (let index = 0; index < queue.length; index += 1) {
    for (const edge of edgesInto.get(queue[index]!) ?? []) {
      if (!firstStep.has(edge.from)) {
        firstStep.set(edge.from, edge);
        queue.push(edge.from);
      }
    }
  }
  return firstStep;
}

function prefixTo<E>(node: string, reachedBy: Map<string, CoverEdge<E> | undefined>): Array<CoverEdge<E>> {
  const edges: Array<CoverEdge<E>> = [];
  for (let edge = reachedBy.get(node); edge !== undefined; edge = reachedBy.get(edge.from)) {
    edges.push(edge);
  }
  return edges.reverse();
}

/**
 * Walks from `node` to an end node. Wherever an edge with a label not yet in
 * `covered` can still reach an end, it takes the one with the longest way
 * still to go, so the walk does not stop early at an exit. Otherwise it takes
 * the shortest way to an end. Adds each label taken to `covered`.
 */
function greedyCompletion<E>(
  graph: CoverGraph<E>,
  node: string,
  firstStep: Map<string, CoverEdge<E> | undefined>,
  remainingOf: (node: string) => number,
  covered: Set<string>,
  visited: Set<string>,
): Array<CoverEdge<E>> {
  const edges: Array<CoverEdge<E>> = [];
  for (let at = node; !graph.ends.has(at); ) {
    const fresh = (graph.edgesFrom.get(at) ?? [])
      .filter((edge) => !covered.has(edge.label) && firstStep.has(edge.to) && !visited.has(edge.to))
      .sort((a, b) => remainingOf(b.to) - remainingOf(a.to));
    const edge = fresh[0] ?? firstStep.get(at);
    if (edge === undefined) break;
    edges.push(edge);
    covered.add(edge.label);
    visited.add(edge.to);
    at = edge.to;
  }
  return edges;
}

/**
 * Returns paths from the start to an end node that together take every label
 * in `labels` that any such path can take. For each label not yet covered, in
 * the given order, it adds a path that reaches an edge with that label by the
 * shortest way. The path then goes on to an end, taking as many labels not
 * yet covered as it can. The result is small but not always the smallest.
 */
export function coverLabels<E>(graph: CoverGraph<E>, labels: readonly string[]): CoverResult<E> {
  const reachedBy = shortestPrefixes(graph);
  const firstStep = shortestCompletions(graph);
  const depth = new Map<string, number>();
  const depthOf = (node: string): number => {
    let known = depth.get(node);
    if (known === undefined) {
      const edge = reachedBy.get(node);
      known = edge === undefined ? 0 : depthOf(edge.from) + 1;
      depth.set(node, known);
    }
    return known;
  };
  const remaining = new Map<string, number>();
  const remainingOf = (node: string): number => {
    let known = remaining.get(node);
    if (known === undefined) {
      const edge = firstStep.get(node);
      known = edge === undefined ? 0 : remainingOf(edge.to) + 1;
      remaining.set(node, known);
    }
    return known;
  };

  // The best edge for each label: on a path from the start to an end, and shortest.
  const best = new Map<string, { edge: CoverEdge<E>; length: number }>();
  for (const [from, edges] of graph.edgesFrom) {
    if (!reachedBy.has(from)) continue;
    for (const edge of edges) {
      if (!firstStep.has(edge.to)) continue;
      const length = depthOf(from) + 1 + remainingOf(edge.to);
      const current = best.get(edge.label);
      if (current === undefined || length < current.length) best.set(edge.label, { edge, length });
    }
  }

  const covered = new Set<string>();
  const paths: Array<Array<CoverEdge<E>>> = [];
  for (const label of labels) {
    const choice = best.get(label);
    if (covered.has(label) || choice === undefined) continue;
    const head = [...prefixTo(choice.edge.from, reachedBy), choice.edge];
    for (const edge of head) covered.add(edge.label);
    const visited = new Set([graph.start, ...head.map((edge) => edge.to)]);
    const path = [...head, ...greedyCompletion(graph, choice.edge.to, firstStep, remainingOf, covered, visited)];
    paths.push(path);
  }
  if (paths.length === 0 && graph.ends.has(graph.start)) paths.push([]);

  return { paths, uncovered: labels.filter((label) => !covered.has(label)) };
}
