import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answersFor, loadScenarios } from '../../src/testing/scenarios.js';
import { Participant } from '../support/participant.js';
import { startTestKit, type TestKit } from '../support/test-kit.js';

const scenarios = loadScenarios('benefit-claim');
let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit();
});
afterAll(() => kit.dispose());

describe('benefit claim scenarios', () => {
  it('has a scenario for each main branch', () => {
    expect(scenarios.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'private-renter',
        'universal-credit-council-tax-only',
        'pension-age-home-owner',
        'couple-with-partner',
        'passported-benefit',
        'savings-over-limit',
        'outside-area',
        'full-time-student',
      ]),
    );
  });
});

describe('council differences', () => {
  it('asks Shropshire park home residents about pitch fees instead of rent', async () => {
    const journey = kit.journeys.find((j) => j.id === 'benefit-claim' && j.council.id === 'shropshire')!;
    const scenario = scenarios.find((s) => s.name === 'private-renter')!;
    const participant = new Participant(kit.app, journey);

    const route = await participant.walk({
      ...answersFor(scenario, journey.examples),
      movableHome: 'yes',
      pitchFeeAmount: '55.20',
      pitchFeeFrequency: 'monthly',
      siteOwnerName: 'Severn Valley Parks',
    });

    expect(route).toContain('pitchFees');
    expect(route).not.toContain('tenure');
    expect(route).not.toContain('rent');
    expect(route.at(-1)).toBe('confirmation');
  });

  it('asks Lambeth renters about a council placement', async () => {
    const journey = kit.journeys.find((j) => j.id === 'benefit-claim' && j.council.id === 'lambeth')!;
    const scenario = scenarios.find((s) => s.name === 'private-renter')!;
    const participant = new Participant(kit.app, journey);

    const route = await participant.walk(answersFor(scenario, journey.examples));

    expect(route.indexOf('councilPlacement')).toBe(route.indexOf('rent') - 1);
  });

  it('sends Lambeth working-age renters with £10,000 to Housing Benefit only', async () => {
    const journey = kit.journeys.find((j) => j.id === 'benefit-claim' && j.council.id === 'lambeth')!;
    const scenario = scenarios.find((s) => s.name === 'private-renter')!;
    const participant = new Participant(kit.app, journey);

    const route = await participant.walk({ ...answersFor(scenario, journey.examples), savings: '10,000' });

    expect(route).toContain('savingsHousingBenefitOnly');
    expect(route.at(-1)).toBe('confirmation');
  });

  it('lets Shropshire working-age renters with £10,000 carry on without a warning', async () => {
    const journey = kit.journeys.find((j) => j.id === 'benefit-claim' && j.council.id === 'shropshire')!;
    const scenario = scenarios.find((s) => s.name === 'private-renter')!;
    const participant = new Participant(kit.app, journey);

    const route = await participant.walk({ ...answersFor(scenario, journey.examples), savings: '10,000' });

    expect(route).not.toContain('savingsHousingBenefitOnly');
    expect(route.at(-1)).toBe('confirmation');
  });

  it('rejects a Lambeth postcode in Shropshire', async () => {
    const journey = kit.journeys.find((j) => j.id === 'benefit-claim' && j.council.id === 'shropshire')!;
    const participant = new Participant(kit.app, journey);

    const route = await participant.walk({ postcode: 'sw2 1rw' });

    expect(route).toEqual(['start', 'postcode', 'outsideArea']);
  });
});
