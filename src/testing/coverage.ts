import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import type { JourneyStructure } from './journey-transitions.js';

/** How much of a journey's machine the generated paths visit. */
export interface JourneyCoverage {
  journey: string;
  council: string;
  paths: number;
  states: { covered: number; total: number; uncovered: string[] };
  /** Uncovered transitions are listed by name, such as "partner → tenure when canClaimHousingBenefit". */
  transitions: { covered: number; total: number; uncovered: string[] };
}

/** Structural shape of the paths, so this module does not depend on how paths are made. */
interface CoveredPath {
  states: string[];
  steps: Array<{ transition: string }>;
}

export function coverageOf(
  journey: CompiledJourney,
  structure: JourneyStructure,
  paths: readonly CoveredPath[],
): JourneyCoverage {
  const states = new Set(paths.flatMap((p) => p.states));
  const transitions = new Set(paths.flatMap((p) => p.steps.map((step) => step.transition)));
  const uncoveredStates = structure.states.filter((state) => !states.has(state));
  const uncoveredTransitions = structure.transitions.filter((t) => !transitions.has(t.id));

  return {
    journey: journey.id,
    council: journey.council.id,
    paths: paths.length,
    states: {
      covered: structure.states.length - uncoveredStates.length,
      total: structure.states.length,
      uncovered: uncoveredStates,
    },
    transitions: {
      covered: structure.transitions.length - uncoveredTransitions.length,
      total: structure.transitions.length,
      uncovered: uncoveredTransitions.map((t) => t.name),
    },
  };
}

export function isComplete(coverage: JourneyCoverage): boolean {
  return coverage.states.uncovered.length === 0 && coverage.transitions.uncovered.length === 0;
}

function percent(covered: number, total: number): string {
  return total === 0 ? '100%' : `${Math.floor((covered / total) * 1000) / 10}%`;
}

/** Formats coverage as a table, one line per journey and council, then anything not covered. */
export function formatCoverage(coverages: readonly JourneyCoverage[]): string {
  const rows = coverages.map((c) => [
    `${c.journey} (${c.council})`,
    String(c.paths),
    `${c.states.covered}/${c.states.total} ${percent(c.states.covered, c.states.total)}`,
    `${c.transitions.covered}/${c.transitions.total} ${percent(c.transitions.covered, c.transitions.total)}`,
  ]);
  const table = [['journey (council)', 'paths', 'states', 'transitions'], ...rows];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const lines = table.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());

  for (const c of coverages) {
    for (const state of c.states.uncovered) lines.push(`not covered in ${c.journey} (${c.council}): state ${state}`);
    for (const name of c.transitions.uncovered) lines.push(`not covered in ${c.journey} (${c.council}): transition ${name}`);
  }
  return lines.join('\n');
}

/** Writes coverage as JSON, creating the folder when needed. */
export function writeCoverageJson(coverages: readonly JourneyCoverage[], file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(coverages, null, 2)}\n`);
}
