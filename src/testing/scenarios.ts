import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { journeysSourceDir } from '../paths.js';

/** Submitted form values, by input name, as a participant would type them. */
export type ScenarioAnswers = Record<string, string | string[]>;

/**
 * A persona: answers for every page they would meet, and where their journey
 * ends. Stored as journeys/<journey>/scenarios/<name>.json.
 */
export interface Scenario {
  /** File name without .json. */
  name: string;
  title: string;
  description?: string;
  answers: ScenarioAnswers;
  /** State id of the page the journey ends on. */
  ends: string;
  /** State ids the route must include, where the council's journey has them. */
  visits?: string[];
  /** State ids the route must not include. */
  skips?: string[];
  /**
   * Date fields to fill relative to the day the scenario runs, as days from
   * today (0 is today, -14 two weeks ago), by field name.
   */
  dates?: Record<string, number>;
}

function parseScenario(file: string): Scenario {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Partial<Scenario>;
  if (typeof data.title !== 'string' || typeof data.ends !== 'string' || typeof data.answers !== 'object') {
    throw new Error(`${file}: a scenario needs "title", "answers" and "ends"`);
  }
  return { ...(data as Scenario), name: path.basename(file, '.json') };
}

/** Reads a journey's persona scenarios, in file name order. */
export function loadScenarios(journeyId: string, journeysDir = journeysSourceDir): Scenario[] {
  const dir = path.join(journeysDir, journeyId, 'scenarios');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => parseScenario(path.join(dir, file)));
}

function dateInputs(name: string, daysFromToday: number, today: Date): ScenarioAnswers {
  const date = new Date(today.getFullYear(), today.getMonth(), today.getDate() + daysFromToday);
  return {
    [`${name}-day`]: String(date.getDate()),
    [`${name}-month`]: String(date.getMonth() + 1),
    [`${name}-year`]: String(date.getFullYear()),
  };
}

/** A scenario's answers for one council: the council's examples fill the gaps. */
export function answersFor(
  scenario: Scenario,
  examples: Readonly<ScenarioAnswers>,
  today = new Date(),
): ScenarioAnswers {
  const dates = Object.entries(scenario.dates ?? {}).map(([name, days]) =>
    dateInputs(name, days, today),
  );
  return Object.assign({ ...examples }, ...dates, scenario.answers);
}
