/**
 * `npm run check`: statically checks every journey in every council variant
 * and prints every problem with its journey, council, state and a fix.
 * Exits with 1 when there is any problem, and 2 when the check itself fails.
 *
 * Usage: npm run check [-- --journeys <folder>]
 */
import path from 'node:path';
import process from 'node:process';
import { parseArgs } from 'node:util';
import { checkJourneys } from './check-journeys.js';

function foldersFromArguments(): { modules: string; sources: string } | undefined {
  const { values } = parseArgs({
    options: { journeys: { type: 'string' } },
    strict: true,
  });
  if (values.journeys === undefined) return undefined;
  const folder = path.resolve(values.journeys);
  return { modules: folder, sources: folder };
}

async function main(): Promise<number> {
  const report = await checkJourneys(foldersFromArguments());
  const councils = report.checked.length;

  if (councils === 0 && report.problems.length === 0) {
    process.stderr.write('check: no journeys found, so nothing was checked\n');
    return 1;
  }
  if (report.problems.length === 0) {
    process.stdout.write(`check: no problems in ${councils} council journeys\n`);
    return 0;
  }
  for (const problem of report.problems) {
    process.stdout.write(`- ${problem.message}\n`);
  }
  process.stdout.write(`check: ${report.problems.length} problems in ${councils} council journeys\n`);
  return 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`check: the check failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
}
