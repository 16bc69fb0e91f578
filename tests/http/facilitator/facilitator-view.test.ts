import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFor, loadScenarios } from '../../../src/testing/scenarios.js';
import { csrfTokenOf, type Participant } from '../../support/participant.js';
import { journeyOf, startTestKit, type TestKit } from '../../support/test-kit.js';
import { panelOf, SharedBrowser } from './facilitator-support.js';

let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit();
});
afterAll(() => kit.dispose());

function browser(council = 'lambeth'): SharedBrowser {
  return new SharedBrowser(kit.app, journeyOf(kit, council, 'benefit-claim'));
}

describe('facilitator panel', () => {
  it('is hidden from participants', async () => {
    const shared = browser();
    await shared.participant.submit('start', {});
    const page = await shared.participant.get('postcode');

    expect(page.status).toBe(200);
    expect(panelOf(page.text)).toBeUndefined();
    expect(page.text).not.toContain('/kit/facilitator.css');
  });

  it('appears after switching the view on', async () => {
    const shared = browser();
    const switched = await shared.switchView('on');
    await shared.participant.submit('start', {});
    const page = await shared.participant.get('postcode');
    const panel = panelOf(page.text);

    expect(switched.status).toBe(303);
    expect(switched.location).toBe('/facilitator');
    expect(panel).toBeDefined();
    expect(panel).toContain('href="/facilitator/lambeth/benefit-claim/map"');
    expect(panel).toContain('href="/facilitator/lambeth/benefit-claim/jump?page=postcode"');
    expect(panel).toContain('action="/facilitator/lambeth/benefit-claim/start-again"');
    expect(panel).toMatch(/name="_csrf" value="[^"]+"/);
    expect(page.text).toContain('/kit/facilitator.css');
  });

  it('shows the page notes', async () => {
    const shared = browser();
    await shared.switchView('on');
    const withNotes = await shared.participant.get('start');
    await shared.participant.submit('start', {});
    await shared.participant.submit('postcode', { postcode: 'ZE1 0AA' });
    const withoutNotes = await shared.participant.get('outsideArea');

    expect(panelOf(withNotes.text)).toContain('ask what they expect to happen when they apply');
    expect(panelOf(withoutNotes.text)).toContain('There are no notes for this page.');
  });

  it('stays only in the browser that switched it on', async () => {
    const facilitator = browser();
    const participant = browser();
    await facilitator.switchView('on');

    const page = await participant.participant.get('start');

    expect(panelOf(page.text)).toBeUndefined();
  });

  it('goes away after switching the view off', async () => {
    const shared = browser();
    await shared.switchView('on');
    await shared.switchView('off');
    const page = await shared.participant.get('start');

    expect(panelOf(page.text)).toBeUndefined();
  });

  it('is shown with validation errors', async () => {
    const shared = browser();
    await shared.switchView('on');
    await shared.participant.submit('start', {});
    const invalid = await shared.participant.submit('postcode', { postcode: '' });

    expect(invalid.status).toBe(400);
    expect(panelOf(invalid.text)).toBeDefined();
  });
});

describe('two tabs with the view on', () => {
  /** Opens the page, then returns a function that posts `fields` to it and follows the redirect, as a tab does. */
  async function tabOn(participant: Participant, stateId: string, fields: Record<string, string>) {
    const token = csrfTokenOf((await participant.get(stateId, '?change=true')).text);
    return async () => {
      const posted = await participant.post(stateId, { ...fields, _csrf: token }, '?change=true');
      if (posted.location) await participant.agent.get(posted.location);
      return posted.status;
    };
  }

  it('keeps both answers', async () => {
    const shared = browser();
    const renter = loadScenarios('benefit-claim').find((scenario) => scenario.name === 'private-renter')!;
    const answers = answersFor(renter, shared.journey.examples);
    for (let current = shared.journey.initial; current !== 'checkAnswers'; ) {
      const response = await shared.participant.submit(current, answers);
      current = shared.participant.stateAt(response.location)!;
    }
    await shared.switchView('on');

    // Each try changes the page the view records, so the redirect's page view saves the session.
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const landlord = await tabOn(shared.participant, 'landlord', { landlordName: `Landlord number ${attempt}` });
      const savings = await tabOn(shared.participant, 'savings', { savings: String(1000 + attempt) });
      await shared.participant.get('tenure');

      const statuses = await Promise.all([landlord(), savings()]);
      const summary = (await shared.participant.get('checkAnswers')).text;

      expect(statuses, `attempt ${attempt}`).toEqual([303, 303]);
      expect(summary, `attempt ${attempt}`).toContain(`Landlord number ${attempt}`);
      expect(summary, `attempt ${attempt}`).toContain(`£${(1000 + attempt).toLocaleString('en-GB')}`);
    }
  });
});

describe('facilitator settings', () => {
  it('shows the view as off at first', async () => {
    const page = await browser().get('/facilitator');

    expect(page.status).toBe(200);
    expect(page.text).toContain('Switch facilitator view on');
    expect(page.text).toContain('href="/lambeth/benefit-claim/start"');
    expect(page.text).toContain('href="/shropshire/benefit-claim/start"');
    expect(page.text).not.toContain('href="/facilitator/lambeth/benefit-claim/map"');
  });

  it('lists journey maps once the view is on', async () => {
    const shared = browser();
    await shared.switchView('on');
    const page = await shared.get('/facilitator');

    expect(page.text).toContain('Switch facilitator view off');
    expect(page.text).toContain('href="/facilitator/lambeth/benefit-claim/map"');
  });

  it('rejects a view that is neither on nor off', async () => {
    const shared = browser();
    const response = await shared.post('/facilitator/view', { view: 'maybe' });
    const page = await shared.participant.get('start');

    expect(response.status).toBe(400);
    expect(panelOf(page.text)).toBeUndefined();
  });

  it('rejects a switch without a CSRF token', async () => {
    const shared = browser();
    await shared.get('/facilitator');
    const response = await shared.agent.post('/facilitator/view').type('form').send({ view: 'on' });
    const page = await shared.participant.get('start');

    expect(response.status).toBe(403);
    expect(panelOf(page.text)).toBeUndefined();
  });

  it('sends journey tools to settings while the view is off', async () => {
    const shared = browser();
    const map = await shared.get(shared.toolUrl('map'));
    const jump = await shared.get(shared.toolUrl('jump'));

    expect(map.status).toBe(303);
    expect(map.location).toBe('/facilitator');
    expect(jump.status).toBe(303);
    expect(jump.location).toBe('/facilitator');
  });
});

describe('session label', () => {
  it('is shown in the panel and on the settings page', async () => {
    const shared = browser();
    await shared.switchView('on');
    const saved = await shared.setLabel('  P3,   Tuesday morning ');
    const page = await shared.participant.get('start');
    const settings = await shared.get('/facilitator');

    expect(saved.status).toBe(303);
    expect(panelOf(page.text)).toContain('<strong class="app-facilitator-panel__label">P3, Tuesday morning</strong>');
    expect(settings.text).toContain('labelled <strong>P3, Tuesday morning</strong>');
    expect(settings.text).toContain('value="P3, Tuesday morning"');
  });

  it('is kept when the view is switched off and on', async () => {
    const shared = browser();
    await shared.setLabel('P4, Wednesday');
    await shared.switchView('on');
    await shared.switchView('off');
    await shared.switchView('on');
    const page = await shared.participant.get('start');

    expect(panelOf(page.text)).toContain('P4, Wednesday');
  });

  it('is escaped', async () => {
    const shared = browser();
    await shared.switchView('on');
    await shared.setLabel('<script>alert(1)</script>');
    const page = await shared.participant.get('start');

    expect(panelOf(page.text)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).not.toContain('<script>alert(1)');
  });

  it('is removed when saved empty', async () => {
    const shared = browser();
    await shared.switchView('on');
    await shared.setLabel('P5');
    await shared.setLabel('');
    const page = await shared.participant.get('start');

    expect(panelOf(page.text)).toContain('No session label.');
  });

  it('rejects a label over 60 characters', async () => {
    const shared = browser();
    await shared.setLabel('P6');
    const response = await shared.setLabel('x'.repeat(61));
    const settings = await shared.get('/facilitator');

    expect(response.status).toBe(400);
    expect(response.text).toContain('Session label must be 60 characters or fewer');
    expect(response.text).toContain('href="#label"');
    expect(settings.text).toContain('labelled <strong>P6</strong>');
  });
});
