import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { journeyOf, startTestKit, type TestKit } from '../../support/test-kit.js';
import { SharedBrowser } from './facilitator-support.js';

let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit();
});
afterAll(() => kit.dispose());

async function answeredToDateOfBirth(): Promise<SharedBrowser> {
  const shared = new SharedBrowser(kit.app, journeyOf(kit, 'lambeth', 'benefit-claim'));
  await shared.participant.submit('start', {});
  await shared.participant.submit('postcode', { postcode: 'SW2 1RW' });
  return shared;
}

describe('start again', () => {
  it('clears the journey and opens its first page', async () => {
    const shared = await answeredToDateOfBirth();
    await shared.switchView('on');

    const response = await shared.startAgain();
    const dateOfBirth = await shared.participant.get('dateOfBirth');
    const start = await shared.participant.get('start');
    await shared.participant.submit('start', {});
    const postcode = await shared.participant.get('postcode');

    expect(response.status).toBe(303);
    expect(response.location).toBe('/lambeth/benefit-claim/start');
    expect(dateOfBirth.status).toBe(302);
    expect(dateOfBirth.location).toBe('/lambeth/benefit-claim/start');
    expect(start.status).toBe(200);
    expect(postcode.text).not.toContain('value="SW2 1RW"');
  });

  it('keeps the progress of other journeys', async () => {
    const shared = await answeredToDateOfBirth();
    await shared.post('/shropshire/benefit-claim/start', {});
    await shared.post('/shropshire/benefit-claim/postcode', { postcode: 'SY1 1HA' });
    await shared.switchView('on');

    await shared.startAgain();
    const other = await shared.get('/shropshire/benefit-claim/date-of-birth');

    expect(other.status).toBe(200);
  });

  it('starts again after a submitted claim', async () => {
    const shared = new SharedBrowser(kit.app, journeyOf(kit, 'lambeth', 'benefit-claim'));
    await shared.switchView('on');
    await shared.jump('confirmation', 'private-renter');

    await shared.startAgain();
    const confirmation = await shared.participant.get('confirmation');
    const postcode = await shared.participant.get('postcode');

    expect(confirmation.status).toBe(302);
    expect(confirmation.location).toBe('/lambeth/benefit-claim/start');
    expect(postcode.status).toBe(302);
  });

  it('does nothing while the facilitator view is off', async () => {
    const shared = await answeredToDateOfBirth();

    const response = await shared.startAgain();
    const dateOfBirth = await shared.participant.get('dateOfBirth');

    expect(response.status).toBe(303);
    expect(response.location).toBe('/facilitator');
    expect(dateOfBirth.status).toBe(200);
  });

  it('rejects a request without a CSRF token', async () => {
    const shared = await answeredToDateOfBirth();
    await shared.switchView('on');

    const response = await shared.agent.post(shared.toolUrl('start-again')).type('form').send({});
    const dateOfBirth = await shared.participant.get('dateOfBirth');

    expect(response.status).toBe(403);
    expect(dateOfBirth.status).toBe(200);
  });
});
