import type { AnyStateMachine } from 'xstate';
import { toDirectedGraph } from 'xstate/graph';

/** One NEXT transition of a journey machine. */
export interface JourneyTransition {
  /** `<state>:<index>`, where index is the transition's place among the state's NEXT transitions. */
  id: string;
  from: string;
  to: string;
  index: number;
  guard?: string;
  /** Readable name, such as "partner → tenure when canClaimHousingBenefit". */
  name: string;
}

/** The states and transitions of a journey machine, in definition order. */
export interface JourneyStructure {
  initial: string;
  states: string[];
  transitions: JourneyTransition[];
}

export function transitionId(state: string, index: number): string {
  return `${state}:${index}`;
}

function guardNameOf(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && 'type' in guard) {
    return String((guard as { type: unknown }).type);
  }
  return undefined;
}

/** Lists a journey machine's states and NEXT transitions with xstate's directed graph. */
export function journeyStructure(machine: AnyStateMachine): JourneyStructure {
  const graph = toDirectedGraph(machine);
  const transitions: JourneyTransition[] = [];

  for (const child of graph.children) {
    const node = child.stateNode;
    const next = node.transitions.get('NEXT') ?? [];
    const guarded = next.some((transition) => transition.guard !== undefined);
    for (const edge of child.edges) {
      const index = next.indexOf(edge.transition);
      if (index < 0) continue;
      const guard = guardNameOf(edge.transition.guard);
      let condition = '';
      if (guard !== undefined) condition = ` when ${guard}`;
      else if (guarded) condition = ' otherwise';
      transitions.push({
        id: transitionId(node.key, index),
        from: node.key,
        to: edge.target.key,
        index,
        ...(guard !== undefined ? { guard } : {}),
        name: `${node.key} → ${edge.target.key}${condition}`,
      });
    }
  }
  return {
    initial: String(machine.root.initial?.target[0]?.key),
    states: graph.children.map((child) => child.stateNode.key),
    transitions,
  };
}
