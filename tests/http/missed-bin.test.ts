import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFor, loadScenarios } from '../../src/testing/scenarios.js';
import { Participant } from '../support/participant.js';
import { journeyOf, startTestKit, type TestKit } from '../support/test-kit.js';

const scenarios = loadScenarios('missed-bin');
let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit();
});
afterAll(() => kit.dispose());

function scenario(name: string) {
  const found = scenarios.find((s) => s.name === name);
  if (!found) throw new Error(`No missed-bin scenario '${name}'`);
  return found;
}

describe('missed bin journey', () => {
  it('lists only addresses at the postcode given', async () => {
    const participant = new Participant(kit.app, journeyOf(kit, 'lambeth', 'missed-bin'));
    await participant.submit('start', {});
    await participant.submit('postcode', { postcode: 'se115ab' });

    const page = await participant.get('address');

    expect(page.text).toContain('14 Kennington Road, London, SE11 5AB');
    expect(page.text).toContain('Flat 6, Ashmole Estate');
    expect(page.text).not.toContain('Brixton Water Lane');
    expect(page.text).toContain('My address is not listed');
  });

  it('rejects an address from another postcode', async () => {
    const participant = new Participant(kit.app, journeyOf(kit, 'lambeth', 'missed-bin'));
    await participant.submit('start', {});
    await participant.submit('postcode', { postcode: 'SE11 5AB' });

    const response = await participant.submit('address', { address: '100021900001' });

    expect(response.status).toBe(400);
    expect(response.text).toContain('Select your address');
  });

  it('asks for the address again after the postcode changes', async () => {
    const journey = journeyOf(kit, 'lambeth', 'missed-bin');
    const participant = new Participant(kit.app, journey);
    const answers = answersFor(scenario('rubbish-and-recycling'), journey.examples);
    await participant.walk({ ...answers, fullName: '' }).catch(() => undefined);
    let current = 'yourDetails';
    while (current !== 'checkAnswers') {
      current = participant.stateAt((await participant.submit(current, answers)).location)!;
    }

    const changed = await participant.submit('postcode', { postcode: 'SE11 5AB' }, '?change=true');
    const checkAnswers = await participant.get('checkAnswers');

    expect(participant.stateAt(changed.location)).toBe('address');
    expect(participant.stateAt(checkAnswers.location)).toBe('address');
    const page = await participant.get('address', '?change=true');
    expect(page.text).toContain('14 Kennington Road');
  });

  it('rejects a report with no collections chosen', async () => {
    const journey = journeyOf(kit, 'shropshire', 'missed-bin');
    const participant = new Participant(kit.app, journey);
    await participant.submit('start', {});
    await participant.submit('postcode', { postcode: 'SY1 1HA' });
    await participant.submit('address', { address: '100071200001' });

    const response = await participant.submit('bins', {});

    expect(response.status).toBe(400);
    expect(response.text).toContain('Select which collections were missed');
  });

  it('rejects a collection day in the future', async () => {
    const journey = journeyOf(kit, 'shropshire', 'missed-bin');
    const participant = new Participant(kit.app, journey);
    const tomorrow = new Date(Date.now() + 36 * 60 * 60 * 1000);
    await participant.submit('start', {});
    await participant.submit('postcode', { postcode: 'SY1 1HA' });
    await participant.submit('address', { address: '100071200001' });
    await participant.submit('bins', { bins: 'rubbish' });

    const response = await participant.submit('collectionDate', {
      'collectionDate-day': String(tomorrow.getDate()),
      'collectionDate-month': String(tomorrow.getMonth() + 1),
      'collectionDate-year': String(tomorrow.getFullYear()),
    });

    expect(response.status).toBe(400);
    expect(response.text).toContain('must be today or in the past');
  });

  it('drops unsubscribed garden waste from the report', async () => {
    const journey = journeyOf(kit, 'shropshire', 'missed-bin');
    const participant = new Participant(kit.app, journey);

    await participant.walk(answersFor(scenario('garden-waste-not-subscribed'), journey.examples));
    const confirmation = await participant.get('confirmation');
    const reference = /<strong>([^<]+)<\/strong>/.exec(confirmation.text)![1];
    const claim = kit.claims.list({ journey: 'missed-bin' }).find((c) => c.reference === reference)!;

    expect(claim.answers.bins).toEqual(['rubbish']);
    expect(claim.answers.gardenSubscription).toBe('no');
  });

  it('offers the next collection day when too late', async () => {
    const journey = journeyOf(kit, 'lambeth', 'missed-bin');
    const participant = new Participant(kit.app, journey);

    await participant.walk(answersFor(scenario('too-late'), journey.examples));
    const page = await participant.get('tooLate');

    expect(page.text).toContain('within 2 working days');
    expect(page.text).toMatch(/Your next collection is on <strong>\w+day \d{1,2} \w+ \d{4}<\/strong>/);
  });

  it('asks Lambeth communal bin users where the bins are, not about 7am', async () => {
    const journey = journeyOf(kit, 'lambeth', 'missed-bin');
    const participant = new Participant(kit.app, journey);

    const route = await participant.walk(answersFor(scenario('communal-bins'), journey.examples));

    expect(route).toContain('binStore');
    expect(route).not.toContain('binOut');
  });

  it('asks Shropshire about the agreed collection point', async () => {
    const journey = journeyOf(kit, 'shropshire', 'missed-bin');
    const participant = new Participant(kit.app, journey);

    const route = await participant.walk({
      ...answersFor(scenario('rubbish-and-recycling'), journey.examples),
      collectionPoint: 'no',
    });

    expect(route.at(-1)).toBe('notAtCollectionPoint');
  });

  it('gives Shropshire a longer reporting window', async () => {
    const shropshire = journeyOf(kit, 'shropshire', 'missed-bin');
    const lambeth = journeyOf(kit, 'lambeth', 'missed-bin');

    expect(shropshire.settings.reportingWindowWorkingDays).toBe(3);
    expect(lambeth.settings.reportingWindowWorkingDays).toBe(2);
  });
});
