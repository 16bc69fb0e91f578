import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import { loadJourneys } from '../../../src/journeys/load-journeys.js';
import { journeyDot } from '../../../src/map/journey-dot.js';
import { journeyGraph } from '../../../src/map/journey-graph.js';
import { markSvg } from '../../../src/map/journey-map.js';
import { inlineSvg, renderDot } from '../../../src/map/render-svg.js';

let lambeth: CompiledJourney;
let shropshire: CompiledJourney;

beforeAll(async () => {
  const journeys = await loadJourneys();
  lambeth = journeys.find((j) => j.id === 'benefit-claim' && j.council.id === 'lambeth')!;
  shropshire = journeys.find((j) => j.id === 'benefit-claim' && j.council.id === 'shropshire')!;
});

/** Every `<g id="…" class="…">` start tag of an SVG, by id. */
function classesById(svg: string): Map<string, string> {
  return new Map([...svg.matchAll(/<g id="([^"]+)" class="([^"]*)">/g)].map((match) => [match[1]!, match[2]!]));
}

describe('journeyGraph', () => {
  it('starts with the initial page and holds every page once', () => {
    const graph = journeyGraph(lambeth);

    expect(graph.nodes[0]!.id).toBe('start');
    expect(graph.nodes.map((node) => node.id).sort()).toEqual([...lambeth.pages.keys()].sort());
  });

  it('describes each branch by its guard', () => {
    const partner = journeyGraph(lambeth).edges.filter((edge) => edge.from === 'partner');

    expect(partner).toEqual([
      { from: 'partner', to: 'partnerDetails', index: 0, guard: 'hasPartner', description: 'Lives with a partner' },
      { from: 'partner', to: 'tenure', index: 1, guard: 'canClaimHousingBenefit', description: 'Can claim Housing Benefit as well as Council Tax Reduction' },
      { from: 'partner', to: 'children', index: 2, description: 'Otherwise' },
    ]);
  });

  it('gives a page’s only way forward no description', () => {
    const start = journeyGraph(lambeth).edges.filter((edge) => edge.from === 'start');

    expect(start).toEqual([{ from: 'start', to: 'postcode', index: 0 }]);
  });

  it('includes pages a council adds', () => {
    const edges = journeyGraph(shropshire).edges.filter((edge) => edge.from === 'movableHome');

    expect(edges.map((edge) => [edge.to, edge.description])).toEqual([
      ['pitchFees', 'Lives in a park home, caravan or houseboat'],
      ['tenure', 'Otherwise'],
    ]);
  });
});

describe('journeyDot', () => {
  it('declares every page and transition', () => {
    const dot = journeyDot(lambeth);
    const graph = journeyGraph(lambeth);

    expect(dot.match(/^ {2}"[^"]+" \[id="map-node-/gm)).toHaveLength(graph.nodes.length);
    expect(dot.match(/^ {2}"[^"]+" -> "[^"]+" \[/gm)).toHaveLength(graph.edges.length);
    expect(dot).toContain('"partner" -> "tenure" [id="map-edge-partner-1", label="Can claim Housing Benefit\\nas well as Council Tax\\nReduction"];');
  });

  it('marks pages and transitions given in the options', () => {
    const dot = journeyDot(lambeth, {
      currentState: 'dateOfBirth',
      routeStates: ['start', 'postcode', 'dateOfBirth'],
      highlightStates: ['outsideArea'],
      highlightTransitions: [{ from: 'postcode', to: 'outsideArea' }],
    });

    expect(dot).toMatch(/"dateOfBirth" \[id="map-node-date-of-birth", class="app-map-type--question app-map--route app-map--current",[^\n]*fillcolor="#ffdd00"/);
    expect(dot).toMatch(/"postcode" \[id="map-node-postcode", class="app-map-type--question app-map--route",[^\n]*fillcolor="#d2e2f1"/);
    expect(dot).toMatch(/"outsideArea" \[id="map-node-outside-area", class="app-map-type--exit app-map--highlight",[^\n]*fillcolor="#f4cdc6"/);
    expect(dot).toMatch(/"postcode" -> "dateOfBirth" \[id="map-edge-postcode-1", class="app-map--route"/);
    expect(dot).toMatch(/"postcode" -> "outsideArea" \[id="map-edge-postcode-0", class="app-map--highlight"/);
  });

  it('links pages through linkFor', () => {
    const dot = journeyDot(lambeth, { linkFor: (stateId) => (stateId === 'rent' ? '/jump?page=rent&x="1"' : undefined) });

    expect(dot).toContain('URL="/jump?page=rent&amp;x=\\"1\\""');
    expect(dot.match(/URL=/g)).toHaveLength(1);
  });

  it('prefixes element ids', () => {
    const dot = journeyDot(lambeth, { idPrefix: 'lambeth-map' });

    expect(dot).toContain('id="lambeth-map-node-postcode"');
    expect(dot).toContain('id="lambeth-map-edge-postcode-0"');
    expect(dot).not.toContain('id="map-');
  });

  it('rejects an id prefix that is not a plain name', () => {
    expect(() => journeyDot(lambeth, { idPrefix: 'map" onload="x' })).toThrow(/idPrefix 'map" onload="x' is not valid/);
    expect(() => journeyDot(lambeth, { idPrefix: '1map' })).toThrow(/is not valid/);
  });
});

describe('markSvg', () => {
  it('gives the same classes as rendering the marks', async () => {
    const marks = { currentState: 'rent', routeStates: ['start', 'postcode', 'dateOfBirth', 'universalCredit', 'partner', 'tenure', 'councilPlacement', 'rent'] };
    const options = { title: 'Map', titleId: 'map-title', className: 'app-journey-map__svg' };
    const unmarked = inlineSvg(await renderDot(journeyDot(lambeth)), options);
    const rendered = inlineSvg(await renderDot(journeyDot(lambeth, marks)), options);

    const marked = markSvg(unmarked, lambeth, marks);

    expect(classesById(marked)).toEqual(classesById(rendered));
    expect([...classesById(marked).values()].filter((classes) => classes.includes('app-map--route'))).toHaveLength(15);
  });

  it('returns the SVG unchanged without marks', async () => {
    const svg = inlineSvg(await renderDot(journeyDot(lambeth)), { title: 'Map', titleId: 'map-title', className: 'map' });

    expect(markSvg(svg, lambeth, {})).toBe(svg);
  });

  it('ignores states the journey does not have', async () => {
    const svg = inlineSvg(await renderDot(journeyDot(lambeth)), { title: 'Map', titleId: 'map-title', className: 'map' });

    expect(markSvg(svg, lambeth, { currentState: 'noSuchPage', routeStates: ['noSuchPage'] })).toBe(svg);
  });
});
