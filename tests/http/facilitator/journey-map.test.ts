import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileJourney } from '../../../src/journeys/compile-journey.js';
import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import { defineJourney, defineVariant, page, yesNo } from '../../../src/journeys/define.js';
import { createApp, type KitApp } from '../../../src/server/app.js';
import { readConfig } from '../../../src/server/config.js';
import { createLogger } from '../../../src/server/logger.js';
import { journeyOf, startTestKit, type TestKit } from '../../support/test-kit.js';
import { csrfTokenOf } from '../../support/participant.js';
import { SharedBrowser, svgOf } from './facilitator-support.js';

const typeLabels: Record<string, string> = {
  start: 'Start page',
  question: 'Question page',
  interruption: 'Interruption page',
  exit: 'Exit page',
  checkAnswers: 'Check answers page',
  declaration: 'Declaration page',
  confirmation: 'Confirmation page',
};

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_match, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** The SVG split into its elements with ids starting 'map-', by id. */
function groupsOf(svg: string): Map<string, string> {
  const groups = new Map<string, string>();
  for (const chunk of svg.split('<g id="map-').slice(1)) {
    groups.set(`map-${chunk.slice(0, chunk.indexOf('"'))}`, chunk);
  }
  return groups;
}

/** The text an SVG group shows, its lines joined with spaces. */
function textOf(group: string | undefined): string {
  const lines = [...(group ?? '').matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((match) => unescapeXml(match[1]!));
  return lines.join(' ');
}

/** Each transition as the machine config declares it: from, to, guard. */
function declaredTransitions(journey: CompiledJourney) {
  const states = (journey.machine.config.states ?? {}) as Record<string, { on?: { NEXT?: Array<{ target: string; guard?: string }> } }>;
  return Object.entries(states).flatMap(([from, state]) =>
    (state.on?.NEXT ?? []).map((transition, index) => ({ from, index, to: transition.target, guard: transition.guard })),
  );
}

let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit();
});
afterAll(() => kit.dispose());

async function mapFor(council: string, journeyId: string) {
  const shared = new SharedBrowser(kit.app, journeyOf(kit, council, journeyId));
  await shared.switchView('on');
  return shared;
}

describe('journey map', () => {
  it('labels every page with its title and type, in every journey', async () => {
    for (const journey of kit.journeys) {
      const shared = await mapFor(journey.council.id, journey.id);
      const map = await shared.get(shared.toolUrl('map'));
      const groups = groupsOf(svgOf(map.text));

      expect(map.status).toBe(200);
      for (const page of journey.pages.values()) {
        const expected = `${page.definition.title} (${typeLabels[page.definition.type]})`;
        expect(textOf(groups.get(`map-node-${page.slug}`)), `${journey.council.id} ${page.id}`).toBe(expected);
      }
    }
  });

  it('labels branches with guard descriptions', async () => {
    for (const journey of kit.journeys) {
      const shared = await mapFor(journey.council.id, journey.id);
      const groups = groupsOf(svgOf((await shared.get(shared.toolUrl('map'))).text));
      const transitions = declaredTransitions(journey);

      expect(transitions.length).toBeGreaterThan(0);
      for (const transition of transitions) {
        const id = `map-edge-${journey.pages.get(transition.from)!.slug}-${transition.index}`;
        const group = groups.get(id);
        const siblingsGuarded = transitions.some((other) => other.from === transition.from && other.guard);
        let expected = siblingsGuarded ? 'Otherwise' : '';
        if (transition.guard) expected = journey.guardDescriptions[transition.guard]!;

        expect(group, `${journey.council.id} ${id}`).toBeDefined();
        expect(textOf(group), `${journey.council.id} ${id}`).toBe(expected);
      }
    }
  });

  it('shows council guards in the council’s map', async () => {
    const shared = await mapFor('shropshire', 'benefit-claim');
    const svg = svgOf((await shared.get(shared.toolUrl('map'))).text);

    expect(textOf(groupsOf(svg).get('map-edge-movable-home-0'))).toBe('Lives in a park home, caravan or houseboat');
  });

  it('marks the current page and the route', async () => {
    const shared = await mapFor('lambeth', 'benefit-claim');
    await shared.participant.submit('start', {});
    await shared.participant.submit('postcode', { postcode: 'SW2 1RW' });
    await shared.participant.get('dateOfBirth');
    const svg = svgOf((await shared.get(shared.toolUrl('map'))).text);

    expect(svg).toContain('<g id="map-node-date-of-birth" class="node app-map-type--question app-map--route app-map--current">');
    expect(svg).toContain('<g id="map-node-postcode" class="node app-map-type--question app-map--route">');
    expect(svg).toContain('<g id="map-node-start" class="node app-map-type--start app-map--route">');
    expect(svg).toContain('<g id="map-edge-postcode-1" class="edge app-map--route">');
    expect(svg).toContain('<g id="map-edge-postcode-0" class="edge">');
    expect(svg).toContain('<g id="map-node-outside-area" class="node app-map-type--exit">');
    expect(svg.match(/app-map--current/g)).toHaveLength(1);
  });

  it('follows the participant back to an earlier page', async () => {
    const shared = await mapFor('lambeth', 'benefit-claim');
    await shared.participant.submit('start', {});
    await shared.participant.submit('postcode', { postcode: 'SW2 1RW' });
    await shared.participant.get('postcode');
    const svg = svgOf((await shared.get(shared.toolUrl('map'))).text);

    expect(svg).toContain('<g id="map-node-postcode" class="node app-map-type--question app-map--route app-map--current">');
    expect(svg).toContain('<g id="map-node-date-of-birth" class="node app-map-type--question app-map--route">');
  });

  it('links every page to the jump form', async () => {
    const journey = journeyOf(kit, 'lambeth', 'benefit-claim');
    const shared = await mapFor('lambeth', 'benefit-claim');
    const svg = svgOf((await shared.get(shared.toolUrl('map'))).text);

    for (const page of journey.pages.values()) {
      expect(svg).toContain(`xlink:href="/facilitator/lambeth/benefit-claim/jump?page=${page.slug}"`);
    }
  });

  it('has a title and a text alternative', async () => {
    const shared = await mapFor('lambeth', 'benefit-claim');
    await shared.participant.submit('start', {});
    await shared.participant.get('postcode');
    const map = await shared.get(shared.toolUrl('map'));
    const svg = svgOf(map.text);
    const outline = /<ol class="govuk-list app-journey-outline">[\s\S]*?<\/ol>/.exec(map.text)?.[0] ?? '';
    const postcodeItem = /<li class="app-journey-outline__page" id="outline-postcode">[\s\S]*?<\/ul>/.exec(outline)?.[0] ?? '';

    expect(svg).toMatch(/^<svg class="app-journey-map__svg" aria-labelledby="map-title"/);
    expect(svg).toContain('<title id="map-title">Map of Apply for Housing Benefit and Council Tax Reduction for Lambeth Council</title>');
    expect(outline.match(/class="app-journey-outline__page"/g)).toHaveLength(journeyOf(kit, 'lambeth', 'benefit-claim').pages.size);
    expect(postcodeItem).toContain('What is the postcode of the home you are claiming for?');
    expect(postcodeItem).toContain('Current page');
    expect(postcodeItem).toContain('On route, step 2');
    expect(postcodeItem).toContain('Postcode is outside the council’s area: <a class="govuk-link" href="#outline-outside-area">You need to apply to a different council</a>');
    expect(postcodeItem).toContain('Otherwise: <a class="govuk-link" href="#outline-date-of-birth">What is your date of birth?</a>');
  });

  it('serves the diagram alone as SVG', async () => {
    const shared = await mapFor('lambeth', 'benefit-claim');
    const response = await shared.agent
      .get(shared.toolUrl('map.svg'))
      .buffer(true)
      .parse((res, done) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done(null, body));
      });
    const svg = response.body as string;

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('app-map--current');
  });

  it('answers 404 for a journey the kit does not serve', async () => {
    const shared = await mapFor('lambeth', 'benefit-claim');
    const map = await shared.get('/facilitator/lambeth/no-such-journey/map');

    expect(map.status).toBe(404);
  });
});

describe('journey map with hostile text', () => {
  const scriptTitle = '<script>alert(1)</script>';
  const dotBreakout = '"]; injected [label="x';
  const guardText = '<img src=x onerror=alert(1)> & "quoted" \\N &lt;b&gt;';
  let hostileKit: KitApp;
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-hostile-'));
    const definition = defineJourney({
      id: 'hostile',
      title: `Hostile ${scriptTitle}`,
      referencePrefix: 'HST',
      settings: {},
      guards: { odd: { description: guardText, test: ({ answers }) => answers.choice === 'yes' } },
      machine: {
        initial: 'start',
        states: {
          start: { meta: page({ type: 'start', title: scriptTitle }), on: { NEXT: 'choice' } },
          choice: {
            meta: page({ type: 'question', title: 'Choose \\ ]]> <!-- --> </svg><svg onload=alert(2)>', fields: [yesNo('choice', 'Choose')] }),
            on: { NEXT: [{ guard: 'odd', target: 'end' }, { target: 'say "hi"' }] },
          },
          end: { meta: page({ type: 'exit', title: dotBreakout }), type: 'final' },
          'say "hi"': { meta: page({ type: 'exit', title: 'Tom &amp; Jerry &#60;' }), type: 'final' },
        },
      },
    });
    const variant = defineVariant({ council: { id: 'testshire', name: 'Testshire <b>Council</b>' } });
    const journey = compileJourney(definition, variant, { journey: dataDir, council: dataDir });
    const config = { ...readConfig({ NODE_ENV: 'test' }), dataDir, sessionSecret: 'test-secret-that-is-long-enough-to-use' };
    hostileKit = createApp(config, [journey], createLogger('silent'));
  });
  afterAll(() => {
    hostileKit.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function hostileMap(): Promise<string> {
    const agent = request.agent(hostileKit.app);
    const settings = await agent.get('/facilitator');
    await agent.post('/facilitator/view').type('form').send({ view: 'on', _csrf: csrfTokenOf(settings.text) });
    const map = await agent.get('/facilitator/testshire/hostile/map');
    expect(map.status).toBe(200);
    return map.text;
  }

  it('shows journey text as text', async () => {
    const groups = groupsOf(svgOf(await hostileMap()));

    expect(textOf(groups.get('map-node-start'))).toBe(`${scriptTitle} (Start page)`);
    expect(textOf(groups.get('map-node-choice'))).toBe('Choose \\ ]]> <!-- --> </svg><svg onload=alert(2)> (Question page)');
    expect(textOf(groups.get('map-node-end'))).toBe(`${dotBreakout} (Exit page)`);
    expect(textOf(groups.get('map-node-say-hi-'))).toBe('Tom &amp; Jerry &#60; (Exit page)');
    expect(textOf(groups.get('map-edge-choice-0'))).toBe(guardText);
  });

  it('adds no elements or attributes from journey text', async () => {
    const svg = svgOf(await hostileMap());
    const tags = [...svg.matchAll(/<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g)];
    const names = new Set(tags.map((tag) => tag[2]));
    const attributes = new Set(tags.flatMap((tag) => [...tag[3]!.matchAll(/([\w:-]+)="/g)].map((match) => match[1])));
    const nodeIds = [...svg.matchAll(/<g id="(map-node-[^"]+)"/g)].map((match) => match[1]);

    expect(tags.length).toBe(svg.split('<').length - 1);
    expect([...names].sort()).toEqual(['a', 'g', 'path', 'polygon', 'svg', 'text', 'title']);
    expect([...attributes].filter((name) => name!.toLowerCase().startsWith('on'))).toEqual([]);
    expect(nodeIds.sort()).toEqual(['map-node-choice', 'map-node-end', 'map-node-say-hi-', 'map-node-start']);
  });

  it('escapes journey text in the rest of the map page', async () => {
    const html = await hostileMap();

    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<svg onload');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Testshire &lt;b&gt;Council&lt;/b&gt;');
  });
});
