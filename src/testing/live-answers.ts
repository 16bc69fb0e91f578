import { transitionsOf } from '../journeys/apply-variant.js';
import type { MachineConfig } from '../journeys/types.js';
import { ALL_ANSWERS, type BranchReads } from './branch-reads.js';

/** Answer names that may still decide a branch, or `null` for every answer. */
export type LiveAnswers = ReadonlySet<string> | null;

/** States in depth-first post-order from the initial state, then any others. */
function postOrder(config: MachineConfig): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const stack: Array<{ id: string; next: number }> = [{ id: config.initial, next: 0 }];
  seen.add(config.initial);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const state = config.states[top.id];
    const targets = state ? transitionsOf(state) : [];
    const target = targets[top.next]?.target;
    top.next += 1;
    if (target === undefined && top.next > targets.length) {
      order.push(top.id);
      stack.pop();
    } else if (target !== undefined && !seen.has(target) && config.states[target]) {
      seen.add(target);
      stack.push({ id: target, next: 0 });
    }
  }
  for (const id of Object.keys(config.states)) if (!seen.has(id)) order.push(id);
  return order;
}

function union(target: Set<string> | null, source: ReadonlySet<string> | null): Set<string> | null {
  if (target === null || source === null) return null;
  for (const name of source) target.add(name);
  return target;
}

/**
 * Returns, for each state, the answers that a guard or option source at that
 * state or any state after it has read: the answers that can still change
 * where the journey goes. Answers outside this set can be ignored when
 * telling explored states apart. A transition with actions makes every answer
 * live before it, because actions change answers in ways the reads do not show.
 */
export function liveAnswers(config: MachineConfig, reads: BranchReads): Map<string, LiveAnswers> {
  const own = new Map<string, Set<string> | null>();
  for (const [id, state] of Object.entries(config.states)) {
    const transitions = transitionsOf(state);
    let names: Set<string> | null = new Set(reads.byPage.get(id));
    for (const transition of transitions) {
      if (transition.actions?.length) names = null;
      if (transition.guard !== undefined) {
        names = union(names, reads.byGuard.get(transition.guard) ?? new Set());
      }
    }
    own.set(id, names?.has(ALL_ANSWERS) ? null : names);
  }

  // Each state's set grows by its successors' sets until nothing changes,
  // which also handles journeys that loop back. Visiting states in reverse
  // order of a depth-first search from the initial state settles a journey
  // without loops in one pass and a second to confirm.
  const live = new Map<string, Set<string> | null>();
  for (const [id, names] of own) live.set(id, names === null ? null : new Set(names));
  const order = postOrder(config);
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of order) {
      const state = config.states[id]!;
      const names = live.get(id)!;
      if (names === null) continue;
      const before = names.size;
      let merged: Set<string> | null = names;
      for (const { target } of transitionsOf(state)) {
        merged = union(merged, live.get(target) ?? null);
        if (merged === null) break;
      }
      if (merged === null || merged.size !== before) {
        live.set(id, merged);
        changed = true;
      }
    }
  }
  return live;
}
