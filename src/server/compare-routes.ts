import { Router } from 'express';
import type nunjucks from 'nunjucks';
import { compareVariants, type VariantComparison } from '../compare/compare-variants.js';
import { describeBranch } from '../compare/format-comparison.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import { journeyDot } from '../map/journey-dot.js';
import { inlineSvg, renderDot } from '../map/render-svg.js';

/** The state a difference sits on, such as 'postcode' for 'postcode › field postcode › hint'. */
function stateOf(where: string): string {
  return where.split(' › ')[0]!;
}

async function diagramOf(
  journey: CompiledJourney,
  comparison: VariantComparison,
  side: 'A' | 'B',
): Promise<string> {
  const onlyHere = side === 'A' ? comparison.pages.onlyA : comparison.pages.onlyB;
  const branches = side === 'A' ? comparison.branches.onlyA : comparison.branches.onlyB;
  const changed = [...comparison.questions, ...comparison.words].map((difference) => stateOf(difference.where));
  const dot = journeyDot(journey, {
    highlightStates: [...onlyHere.map((page) => page.state), ...changed.filter((state) => journey.pages.has(state))],
    highlightTransitions: branches.map((branch) => ({ from: branch.from, to: branch.to })),
    idPrefix: `variant-${side.toLowerCase()}`,
  });
  return inlineSvg(await renderDot(dot), {
    title: `Map of ${journey.council.name}’s ${journey.title}, with its differences marked`,
    titleId: `variant-${side.toLowerCase()}-title`,
    className: 'app-diagram__svg',
  });
}

function show(value: unknown): string {
  if (value === undefined) return 'Not set';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 1);
}

/** Pages that compare two councils' versions of each journey: /compare and /compare/<journey>/<a>/<b>. */
export function compareRoutes(journeys: readonly CompiledJourney[], env: nunjucks.Environment): Router {
  const router = Router();
  const diagrams = new Map<string, Promise<[string, string]>>();
  const find = (journey: string, council: string) =>
    journeys.find((candidate) => candidate.id === journey && candidate.council.id === council);

  router.get('/compare', (_req, res) => {
    const byJourney = new Map<string, CompiledJourney[]>();
    for (const journey of journeys) byJourney.set(journey.id, [...(byJourney.get(journey.id) ?? []), journey]);
    const pairs = [...byJourney.values()].flatMap((variants) =>
      variants.flatMap((a, index) =>
        variants.slice(index + 1).map((b) => ({
          text: `${a.title}: ${a.council.name} and ${b.council.name}`,
          href: `/compare/${a.id}/${a.council.id}/${b.council.id}`,
        })),
      ),
    );
    res.type('html').send(env.render('compare/index.njk', { pairs, pageTitle: 'Compare councils', cspNonce: res.locals.cspNonce }));
  });

  router.get('/compare/:journey/:a/:b', async (req, res, next) => {
    const a = find(req.params.journey, req.params.a);
    const b = find(req.params.journey, req.params.b);
    if (!a || !b || a === b) return next();

    const comparison = compareVariants(a, b);
    const key = `${a.id}/${a.council.id}/${b.council.id}`;
    let pair = diagrams.get(key);
    if (!pair) {
      pair = Promise.all([diagramOf(a, comparison, 'A'), diagramOf(b, comparison, 'B')]);
      diagrams.set(key, pair);
    }
    const [diagramA, diagramB] = await pair;

    res.type('html').send(
      env.render('compare/comparison.njk', {
        pageTitle: `Compare ${a.council.name} and ${b.council.name}`,
        comparison,
        branchesA: comparison.branches.onlyA.map(describeBranch),
        branchesB: comparison.branches.onlyB.map(describeBranch),
        differenceRows: (differences: VariantComparison['words']) =>
          differences.map((difference) => [{ text: difference.where }, { text: show(difference.a) }, { text: show(difference.b) }]),
        diagramA,
        diagramB,
        jsonUrl: `/compare/${key}.json`,
        cspNonce: res.locals.cspNonce,
      }),
    );
  });

  router.get('/compare/:journey/:a/:b.json', (req, res, next) => {
    const a = find(req.params.journey, req.params.a);
    const b = find(req.params.journey, req.params.b);
    if (!a || !b) return next();
    res.json(compareVariants(a, b));
  });

  return router;
}
