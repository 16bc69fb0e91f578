import { describe, expect, it } from 'vitest';
import { coverLabels, type CoverEdge, type CoverGraph } from '../../../src/testing/path-cover.js';

function graphOf(start: string, ends: string[], edges: Array<[string, string, string]>): CoverGraph<null> {
  const edgesFrom = new Map<string, Array<CoverEdge<null>>>();
  for (const [from, to, label] of edges) {
    edgesFrom.set(from, [...(edgesFrom.get(from) ?? []), { from, to, label, data: null }]);
  }
  return { start, ends: new Set(ends), edgesFrom };
}

function labelsOf(paths: Array<Array<CoverEdge<null>>>): string[][] {
  return paths.map((path) => path.map((edge) => edge.label));
}

describe('coverLabels', () => {
  it('takes both branches of a diamond', () => {
    const graph = graphOf('a', ['d'], [
      ['a', 'b', 'a→b'],
      ['a', 'c', 'a→c'],
      ['b', 'd', 'b→d'],
      ['c', 'd', 'c→d'],
    ]);

    const result = coverLabels(graph, ['a→b', 'a→c', 'b→d', 'c→d']);

    expect(result.uncovered).toEqual([]);
    expect(labelsOf(result.paths)).toEqual([['a→b', 'b→d'], ['a→c', 'c→d']]);
  });

  it('takes new labels on the way to an end', () => {
    const graph = graphOf('a', ['end', 'exit'], [
      ['a', 'b', 'first'],
      ['b', 'exit', 'exit'],
      ['b', 'c', 'on'],
      ['c', 'end', 'last'],
      ['a', 'c', 'skip'],
    ]);

    const result = coverLabels(graph, ['skip', 'first', 'exit', 'on', 'last']);

    expect(result.uncovered).toEqual([]);
    expect(labelsOf(result.paths)).toEqual([['skip', 'last'], ['first', 'on', 'last'], ['first', 'exit']]);
  });

  it('reports labels that no path to an end can take', () => {
    const graph = graphOf('a', ['end'], [
      ['a', 'end', 'finish'],
      ['a', 'stuck', 'into a dead end'],
      ['elsewhere', 'end', 'unreachable'],
    ]);

    const result = coverLabels(graph, ['finish', 'into a dead end', 'unreachable']);

    expect(result.uncovered).toEqual(['into a dead end', 'unreachable']);
    expect(labelsOf(result.paths)).toEqual([['finish']]);
  });

  it('ends at once when the start is an end', () => {
    const result = coverLabels(graphOf('a', ['a'], []), []);

    expect(result.paths).toEqual([[]]);
  });
});
