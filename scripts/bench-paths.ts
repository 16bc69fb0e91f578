/**
 * Times path generation (src/testing/journey-paths.ts) on made-up journeys of
 * 50, 300 and 1,000 states that branch like real journeys, and prints the
 * figures. Run with `npm run bench:paths`.
 */
import os from 'node:os';
import { compileJourney } from '../src/journeys/compile-journey.js';
import { planJourney } from '../src/testing/journey-paths.js';
import { syntheticJourney } from '../src/testing/synthetic-journey.js';

const sizes = [50, 300, 1_000];
const runs = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

console.log(`Path generation, median of ${runs} runs on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
console.log('states  transitions  paths  steps  explored nodes  rounds  time (ms)');

for (const size of sizes) {
  const { definition, variant } = syntheticJourney(size);
  const compiled = compileJourney(definition, variant, { journey: os.tmpdir(), council: os.tmpdir() });
  const model = { compiled, definition, variant, scenarios: [] };
  const times: number[] = [];
  let plan = planJourney(model);
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    plan = planJourney(model);
    times.push(performance.now() - started);
  }
  const steps = plan.paths.reduce((total, path) => total + path.steps.length, 0);
  const coverage = plan.coverage;
  const complete = coverage.transitions.covered === coverage.transitions.total && coverage.states.covered === coverage.states.total;
  console.log(
    [
      String(size).padStart(6),
      String(coverage.transitions.total).padStart(11),
      String(plan.paths.length).padStart(5),
      String(steps).padStart(6),
      String(plan.explored.nodes).padStart(14),
      String(plan.explored.rounds).padStart(6),
      median(times).toFixed(0).padStart(9),
      complete ? '' : ' (coverage below 100%)',
    ].join('  '),
  );
}
