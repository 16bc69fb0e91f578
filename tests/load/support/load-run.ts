import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import { answersFor, loadScenarios, type ScenarioAnswers } from '../../../src/testing/scenarios.js';
import { completeJourney, type Landing } from './claim-walk.js';
import { HttpParticipant, type Exchange } from './http-participant.js';

export interface LoadParticipant {
  index: number;
  journey: CompiledJourney;
  answers: ScenarioAnswers;
  /** What the claim must store for this participant. */
  expected: { fullName: string; nationalInsuranceNumber: string; email: string; landlordName: string };
  reference?: string;
  landings: Landing[];
  error?: string;
}

export interface LoadStats {
  requests: number;
  /** Responses by status code. */
  statuses: Map<number, number>;
  latenciesMs: number[];
  durationMs: number;
}

export interface LoadOptions {
  /** Base URL of the kit for each request; a function so that requests can alternate between instances. */
  baseUrl: () => string;
  participants: number;
  /** Index of the first participant, so that separate runs give distinct answers. Defaults to 0. */
  firstIndex?: number;
  /** Benefit claim journeys to spread participants over, one council each. */
  journeys: CompiledJourney[];
  /** Called after a request fails at the network level; resolve to retry. Without it, the participant fails. */
  recover?: (error: unknown) => Promise<void>;
  /** Called after every response, with the number of responses so far. */
  onResponse?: (count: number, exchange: Exchange) => void;
  /** Milliseconds after which participants still running fail. */
  deadlineMs: number;
}

// Letters that HMRC allows in both places of a National Insurance number prefix.
const PREFIX_LETTERS = 'ABCEGHJKLMNPRSTWXYZ';

/** Returns a National Insurance number unique to `index` (below 1,000,000), such as AB000042C. */
export function nationalInsuranceNumberFor(index: number): string {
  const first = PREFIX_LETTERS[index % PREFIX_LETTERS.length]!;
  const second = PREFIX_LETTERS[Math.floor(index / PREFIX_LETTERS.length) % PREFIX_LETTERS.length]!;
  const prefix = ['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(first + second) ? 'AB' : first + second;
  return `${prefix}${String(index).padStart(6, '0')}${'ABCD'[index % 4]}`;
}

/** Builds participant `index`: the private renter scenario with answers no one else gives. */
export function loadParticipant(index: number, journey: CompiledJourney): LoadParticipant {
  const scenario = loadScenarios(journey.id).find((candidate) => candidate.name === 'private-renter');
  if (!scenario) throw new Error(`Journey ${journey.id} has no private-renter scenario`);
  const expected = {
    fullName: `Participant ${index} Loadtest`,
    nationalInsuranceNumber: nationalInsuranceNumberFor(index),
    email: `participant${index}@example.com`,
    landlordName: `Landlord ${index} Lettings`,
  };
  const answers = {
    ...answersFor(scenario, journey.examples),
    ...expected,
    // Typed the way people do, to check that the stored form is normalised per participant.
    nationalInsuranceNumber: expected.nationalInsuranceNumber.replace(/(..)(..)(..)(..)(.)/, '$1 $2 $3 $4 $5').toLowerCase(),
  };
  return { index, journey, answers, expected, landings: [] };
}

/** Returns the value at `fraction` (0 to 1) of sorted numbers, by nearest rank. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * Runs `participants` concurrent participants, each completing a benefit claim
 * over HTTP, spread over the given councils' journeys. Resolves when all have
 * finished or failed, or the deadline has passed.
 */
export async function runLoad(options: LoadOptions): Promise<{ participants: LoadParticipant[]; stats: LoadStats }> {
  const stats: LoadStats = { requests: 0, statuses: new Map(), latenciesMs: [], durationMs: 0 };
  const record = (exchange: Exchange) => {
    stats.requests += 1;
    stats.statuses.set(exchange.status, (stats.statuses.get(exchange.status) ?? 0) + 1);
    stats.latenciesMs.push(exchange.ms);
    options.onResponse?.(stats.requests, exchange);
  };
  const firstIndex = options.firstIndex ?? 0;
  const participants = Array.from({ length: options.participants }, (_, offset) =>
    loadParticipant(firstIndex + offset, options.journeys[offset % options.journeys.length]!),
  );

  let deadlineTimer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    deadlineTimer = setTimeout(resolve, options.deadlineMs);
  });
  const started = performance.now();
  const runs = participants.map(async (participant) => {
    const client = new HttpParticipant(options.baseUrl, participant.journey, record);
    try {
      const result = await completeJourney(client, participant.answers, options.recover ? { recover: options.recover } : {});
      participant.reference = result.reference;
      participant.landings = result.landings;
    } catch (error) {
      participant.error = error instanceof Error ? error.message : String(error);
    }
  });
  await Promise.race([Promise.all(runs), deadline]);
  clearTimeout(deadlineTimer);
  stats.durationMs = performance.now() - started;

  for (const participant of participants) {
    if (participant.reference === undefined && participant.error === undefined) {
      participant.error = `still running after the ${options.deadlineMs} ms deadline`;
    }
  }
  stats.latenciesMs.sort((a, b) => a - b);
  return { participants, stats };
}
