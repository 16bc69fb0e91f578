import { parseArgs } from 'node:util';
import { compareVariants } from '../compare/compare-variants.js';
import { formatComparisonText } from '../compare/format-comparison.js';
import { loadJourneys } from '../journeys/load-journeys.js';

const usage = 'Usage: npm run compare -- <journey> <council> <other council> [--json]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
});

if (values.help) {
  console.log(`${usage}\nPrints what differs between two councils' versions of a journey, as text or JSON.`);
  process.exit(0);
}
const [journeyId, councilA, councilB] = positionals;
if (!journeyId || !councilA || !councilB) {
  console.error(usage);
  process.exit(2);
}

const journeys = await loadJourneys();
const find = (council: string) =>
  journeys.find((journey) => journey.id === journeyId && journey.council.id === council);
const a = find(councilA);
const b = find(councilB);

for (const [council, found] of [[councilA, a], [councilB, b]] as const) {
  if (!found) {
    const known = journeys.filter((journey) => journey.id === journeyId).map((journey) => journey.council.id);
    console.error(
      known.length
        ? `Council '${council}' has no '${journeyId}' journey. Councils with it: ${known.join(', ')}`
        : `No journey '${journeyId}'. Journeys: ${[...new Set(journeys.map((journey) => journey.id))].join(', ')}`,
    );
    process.exit(2);
  }
}

const comparison = compareVariants(a!, b!);
console.log(values.json ? JSON.stringify(comparison, null, 2) : formatComparisonText(comparison));
