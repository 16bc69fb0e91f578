import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  facilitatorPassword,
  postForm,
  setCookieOf,
  signInAsFacilitator,
  startKitWith,
  type Agent,
  type EnvKit,
} from '../../support/facilitator-kit.js';
import { labelSession, sessionIdOf } from '../research/research-support.js';
import { panelOf } from './facilitator-support.js';

const startPage = '/lambeth/benefit-claim/start';
let kit: EnvKit;

beforeAll(async () => {
  kit = await startKitWith({ FACILITATOR_PASSWORD: facilitatorPassword });
});
afterAll(() => kit.dispose());

/** Returns a browser signed in as a facilitator with the facilitator view on. */
async function facilitatorBrowser(): Promise<Agent> {
  const agent = request.agent(kit.app);
  await signInAsFacilitator(agent, facilitatorPassword);
  const switched = await postForm(agent, '/facilitator/view', { view: 'on' }, '/facilitator');
  if (switched.headers.location !== '/facilitator') throw new Error(`Switching the view on gave ${switched.status}`);
  return agent;
}

describe('facilitator panel with FACILITATOR_PASSWORD', () => {
  it('shows to a facilitator and not to a participant', async () => {
    const facilitator = await facilitatorBrowser();
    const participant = request.agent(kit.app);

    const facilitatorPage = await facilitator.get(startPage);
    const participantPage = await participant.get(startPage);

    expect(panelOf(facilitatorPage.text)).toContain('Journey map');
    expect(facilitatorPage.text).toContain('/kit/facilitator.css');
    expect(participantPage.status).toBe(200);
    expect(panelOf(participantPage.text)).toBeUndefined();
    expect(participantPage.text).not.toContain('/kit/facilitator.css');
  });

  it('cannot be switched on by a participant', async () => {
    const participant = request.agent(kit.app);

    const switched = await postForm(participant, '/facilitator/view', { view: 'on' }, startPage);
    const page = await participant.get(startPage);

    expect(switched.status).toBe(303);
    expect(switched.headers.location).toBe('/facilitator/sign-in');
    expect(panelOf(page.text)).toBeUndefined();
  });

  it('is not shown to a session with the view on but no sign-in', async () => {
    const participant = request.agent(kit.app);
    const first = await participant.get(startPage);
    labelSession(kit.dataDir, sessionIdOf(setCookieOf(first, 'journey-kit.sid')!), 'P2');

    const page = await participant.get(startPage);

    expect(panelOf(page.text)).toBeUndefined();
  });

  it('goes away after signing out and comes back after signing in', async () => {
    const facilitator = await facilitatorBrowser();

    await postForm(facilitator, '/facilitator/sign-out', {}, '/facilitator');
    const signedOut = await facilitator.get(startPage);
    await signInAsFacilitator(facilitator, facilitatorPassword);
    const signedIn = await facilitator.get(startPage);

    expect(panelOf(signedOut.text)).toBeUndefined();
    expect(panelOf(signedIn.text)).toBeDefined();
  });

  it('tools reject posts from participants', async () => {
    const participant = request.agent(kit.app);
    await participant.get(startPage);

    for (const tool of ['start-again', 'jump']) {
      const response = await postForm(participant, `/facilitator/lambeth/benefit-claim/${tool}`, { page: 'rent', persona: 'working-renter' }, startPage);
      expect(response.status, tool).toBe(303);
      expect(response.headers.location, tool).toBe('/facilitator/sign-in');
    }
  });
});
