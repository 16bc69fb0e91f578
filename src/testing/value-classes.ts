/**
 * Grouping a field's example values by how the guards treat them. Dates of
 * birth of 30 and 35 years ago take the same branches, as do savings of £0
 * and £1,200, so exploring one of each keeps the explored graph small.
 */
import type { AnswerValue, Answers } from '../fields/types.js';
import type { GuardDefinition, Settings } from '../journeys/types.js';
import { ALL_ANSWERS, type BranchReads } from './branch-reads.js';

type Values = ReadonlyArray<AnswerValue | undefined>;

export interface ValueClassOptions {
  /** Guard definitions by name, the council's replacing the journey's. */
  guards: Readonly<Record<string, GuardDefinition>>;
  settings: Settings;
  reads: BranchReads;
  /** Every example value of each field, most ordinary first, by field name. */
  values: ReadonlyMap<string, Values>;
  /** Fields whose values must all be kept, such as those an option source reads. */
  keep: ReadonlySet<string>;
  /** Maximum combinations of the other answers a guard reads to try each value with. */
  maxCombinations?: number;
}

const DEFAULT_MAX_COMBINATIONS = 128;
const MAX_REFINEMENTS = 4;

/** A small seeded generator, so sampled combinations are the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns every combination of the given answers' values, or a seeded sample when there are more than `max`. */
export function combinations(domains: Array<[string, Values]>, max: number): Answers[] {
  const total = domains.reduce((product, [, values]) => product * values.length, 1);
  const pick = (choose: (size: number) => number): Answers => {
    const answers: Answers = {};
    for (const [name, values] of domains) {
      const value = values[choose(values.length)];
      if (value !== undefined) answers[name] = value;
    }
    return answers;
  };
  if (total <= max) {
    return Array.from({ length: total }, (_, index) => {
      let rest = index;
      return pick((size) => {
        const digit = rest % size;
        rest = Math.floor(rest / size);
        return digit;
      });
    });
  }
  const random = seededRandom(total);
  return Array.from({ length: max }, () => pick((size) => Math.floor(random() * size)));
}

function outcome(guard: GuardDefinition, answers: Answers, settings: Settings): string {
  try {
    return guard.test({ answers, settings }) ? '1' : '0';
  } catch {
    return 'E';
  }
}

/**
 * Returns, for each field that guards read, one example value from each group
 * of values that every guard reading the field treats alike. Each guard is
 * tried with every combination of the other answers it reads, each unanswered
 * and with its example values, or with a seeded sample of those combinations.
 * Fields in `keep`, and all fields when a guard reads every answer, keep all
 * their values.
 *
 * NOTE: with more combinations than `maxCombinations`, a difference that only
 * a rare combination shows can be missed, and the branch it opens is then
 * reported as not covered rather than explored.
 */
export function valueClasses(options: ValueClassOptions): Map<string, Values> {
  const { guards, settings, reads, values, keep } = options;
  const max = options.maxCombinations ?? DEFAULT_MAX_COMBINATIONS;
  const guardsReading = new Map<string, string[]>();
  for (const [guard, names] of reads.byGuard) {
    if (names.has(ALL_ANSWERS)) return new Map();
    for (const name of names) {
      if (values.has(name) && !keep.has(name)) {
        guardsReading.set(name, [...(guardsReading.get(name) ?? []), guard]);
      }
    }
  }

  let classes = new Map<string, Values>();
  for (const name of guardsReading.keys()) classes.set(name, values.get(name)!);

  for (let refinement = 0; refinement < MAX_REFINEMENTS; refinement += 1) {
    const next = new Map<string, Values>();
    for (const [name, guardNames] of guardsReading) {
      const signatures = new Map<string, AnswerValue | undefined>();
      const all = values.get(name)!;
      const signatureOf = all.map(() => '');
      for (const guardName of guardNames) {
        const guard = guards[guardName];
        if (!guard) continue;
        const others: Array<[string, Values]> = [...reads.byGuard.get(guardName)!]
          .filter((other) => other !== name)
          .map((other) => [other, [undefined, ...(classes.get(other) ?? values.get(other) ?? [])]]);
        for (const context of combinations(others, max)) {
          all.forEach((value, index) => {
            const answers = value === undefined ? context : { ...context, [name]: value };
            signatureOf[index] += outcome(guard, answers, settings);
          });
        }
      }
      all.forEach((value, index) => {
        if (!signatures.has(signatureOf[index]!)) signatures.set(signatureOf[index]!, value);
      });
      next.set(name, [...signatures.values()]);
    }
    const settled = [...next].every(([name, kept]) => kept.length === classes.get(name)?.length);
    classes = next;
    if (settled && refinement > 0) break;
  }
  return classes;
}
