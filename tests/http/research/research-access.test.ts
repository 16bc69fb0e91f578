import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  facilitatorPassword,
  postForm,
  prototypePassword,
  signIn,
  signInAsFacilitator,
  startKitWith,
  type EnvKit,
} from '../../support/facilitator-kit.js';
import { journeyOf } from '../../support/test-kit.js';
import { TimedParticipant } from './research-support.js';

const dashboardUrl = '/research/shropshire/benefit-claim';
let kit: EnvKit;
let researchId: string;

beforeAll(async () => {
  kit = await startKitWith({ PROTOTYPE_PASSWORD: prototypePassword, FACILITATOR_PASSWORD: facilitatorPassword });
  const participant = new TimedParticipant(kit.app, journeyOf(kit, 'shropshire', 'benefit-claim'), Date.now());
  await signIn(participant.agent, '/sign-in', prototypePassword);
  await participant.view('start', 0);
  researchId = kit.research.journeyEvents('shropshire', 'benefit-claim')[0]!.researchId;
});
afterAll(() => kit.dispose());

describe('research dashboard with both passwords', () => {
  it('is closed to a participant signed in to the prototype', async () => {
    const participant = request.agent(kit.app);
    await signIn(participant, '/sign-in', prototypePassword);
    const participantUrl = `${dashboardUrl}/participants/${researchId}`;

    for (const url of ['/research', dashboardUrl, `${dashboardUrl}/events.csv`, participantUrl, `${participantUrl}/delete`]) {
      const response = await participant.get(url);
      expect(response.status, url).toBe(303);
      expect(response.headers.location, url).toBe(`/facilitator/sign-in?returnTo=${encodeURIComponent(url)}`);
    }
  });

  it('does not let a participant delete data', async () => {
    const participant = request.agent(kit.app);
    await signIn(participant, '/sign-in', prototypePassword);

    const response = await postForm(participant, `${dashboardUrl}/participants/${researchId}/delete`, {}, '/shropshire/benefit-claim/start');

    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/facilitator/sign-in');
    expect(kit.research.journeyEvents('shropshire', 'benefit-claim').length).toBeGreaterThan(0);
  });

  it('is open to a signed-in facilitator', async () => {
    const facilitator = request.agent(kit.app);
    await signIn(facilitator, '/sign-in', prototypePassword);
    await signInAsFacilitator(facilitator, facilitatorPassword);

    const dashboard = await facilitator.get(dashboardUrl);
    const csv = await facilitator.get(`${dashboardUrl}/events.csv`);

    expect(dashboard.status).toBe(200);
    expect(dashboard.headers['cache-control']).toBe('no-store');
    expect(csv.status).toBe(200);
    expect(csv.text).toContain(researchId);
  });
});
