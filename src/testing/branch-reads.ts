/**
 * Recording which answers decide a journey's branches. Guards and option
 * sources are given answers through a Proxy that notes each answer they read,
 * so path generation can tell the answers that change a route (a date of
 * birth, a yes or no) from those that do not (a name, a rent amount).
 */
import type { AnyStateMachine } from 'xstate';
import { mergeAnswers, type JourneyContext, type NextEvent } from '../journeys/build-machine.js';
import type { Answers } from '../fields/types.js';
import type { CouncilVariant, GuardDefinition, JourneyDefinition, Settings } from '../journeys/types.js';

/** Recorded when code enumerates the answers, so it may depend on any of them. */
export const ALL_ANSWERS = '*';

export class BranchReads {
  /** Answer names each guard has read, by guard name. */
  readonly byGuard = new Map<string, Set<string>>();
  /** Answer names the option sources of each page have read, by state id. */
  readonly byPage = new Map<string, Set<string>>();

  private setFor(map: Map<string, Set<string>>, key: string): Set<string> {
    let set = map.get(key);
    if (!set) {
      set = new Set();
      map.set(key, set);
    }
    return set;
  }

  guardReads(guard: string): Set<string> {
    return this.setFor(this.byGuard, guard);
  }

  pageReads(state: string): Set<string> {
    return this.setFor(this.byPage, state);
  }

  /** Number of (reader, answer) pairs recorded; it grows whenever anything new is read. */
  get size(): number {
    let size = 0;
    for (const set of [...this.byGuard.values(), ...this.byPage.values()]) size += set.size;
    return size;
  }

  /** Returns every answer name read by any guard or option source. */
  allNames(): Set<string> {
    const names = new Set<string>();
    for (const set of [...this.byGuard.values(), ...this.byPage.values()]) {
      for (const name of set) names.add(name);
    }
    return names;
  }
}

/** Returns a view of `answers` that adds each answer name read to `reads`. */
export function trackAnswers(answers: Answers, reads: Set<string>): Answers {
  return new Proxy(answers, {
    get(target, key, receiver) {
      if (typeof key === 'string') reads.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
    has(target, key) {
      if (typeof key === 'string') reads.add(key);
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string') reads.add(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      reads.add(ALL_ANSWERS);
      return Reflect.ownKeys(target);
    },
  });
}

/**
 * Returns a tracked view of `stored` answers with `submitted` ones laid over
 * them, which reads as mergeAnswers(stored, submitted) does (a submitted
 * `undefined` removes the answer) without copying every answer.
 */
export function trackMergedAnswers(stored: Answers, submitted: Answers, reads: Set<string>): Answers {
  const lookup = (key: string): Answers =>
    Object.hasOwn(submitted, key) ? submitted : stored;
  return new Proxy(stored, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      reads.add(key);
      const source = lookup(key);
      return Object.hasOwn(source, key) ? source[key] : undefined;
    },
    has(_target, key) {
      if (typeof key !== 'string') return false;
      reads.add(key);
      return lookup(key)[key] !== undefined;
    },
    getOwnPropertyDescriptor(_target, key) {
      if (typeof key !== 'string') return undefined;
      reads.add(key);
      const value = lookup(key)[key];
      return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
    },
    ownKeys() {
      reads.add(ALL_ANSWERS);
      return Object.keys(mergeAnswers(stored, submitted));
    },
  });
}

/**
 * Returns the compiled machine with each guard replaced by the same guard
 * definition reading tracked answers. The replacement evaluates exactly as
 * the compiled guard does: the context's answers merged with the event's,
 * with the council's guards replacing the journey's of the same name.
 */
export function trackingMachine(
  machine: AnyStateMachine,
  definition: JourneyDefinition,
  variant: CouncilVariant,
  reads: BranchReads,
): AnyStateMachine {
  const definitions: Record<string, GuardDefinition> = {
    ...definition.guards,
    ...variant.guards,
  };
  const guards: Record<string, (args: { context: JourneyContext; event: NextEvent }) => boolean> = {};
  for (const [name, guard] of Object.entries(definitions)) {
    guards[name] = ({ context, event }) =>
      guard.test({
        answers: trackMergedAnswers(context.answers, event.answers ?? {}, reads.guardReads(name)),
        settings: context.settings,
      });
  }
  return machine.provide({ guards: guards as never });
}

/**
 * Evaluates every guard on each sample of answers and records what it reads,
 * so exploration varies those answers from its first round rather than
 * finding them one branch at a time. A guard that raises on a sample has
 * still recorded what it read before raising.
 */
export function seedGuardReads(
  reads: BranchReads,
  guards: Readonly<Record<string, GuardDefinition>>,
  settings: Settings,
  samples: readonly Answers[],
): void {
  for (const [name, guard] of Object.entries(guards)) {
    for (const answers of samples) {
      try {
        guard.test({ answers: trackAnswers(answers, reads.guardReads(name)), settings });
      } catch {
        // Exploration evaluates the guard on real routes and reports what fails there.
      }
    }
  }
}
