import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csrfTokenOf } from '../../support/participant.js';
import { journeyOf, startTestKit, type TestKit } from '../../support/test-kit.js';
import { tableRows, TimedParticipant } from './research-support.js';

const dashboardUrl = '/research/shropshire/benefit-claim';
let kit: TestKit;
let otherRun: string;
let deletedRun: string;

beforeEach(async () => {
  kit = await startTestKit();
  const journey = journeyOf(kit, 'shropshire', 'benefit-claim');
  const first = new TimedParticipant(kit.app, journey, Date.now());
  const second = new TimedParticipant(kit.app, journey, Date.now());
  await first.view('start', 0);
  await first.send('start', {}, 0);
  await first.view('postcode', 0);
  await second.view('start', 0);
  const events = kit.research.journeyEvents('shropshire', 'benefit-claim');
  // Only the first participant reached the postcode page.
  deletedRun = events.find((event) => event.page === 'postcode')!.researchId;
  otherRun = events.find((event) => event.researchId !== deletedRun)!.researchId;
});

afterEach(() => {
  kit.dispose();
});

function deleteUrl(researchId: string): string {
  return `${dashboardUrl}/participants/${researchId}/delete`;
}

describe('deleting a participant', () => {
  it('asks for confirmation first', async () => {
    const agent = request.agent(kit.app);
    const timeline = await agent.get(`${dashboardUrl}/participants/${deletedRun}`);
    const confirm = await agent.get(deleteUrl(deletedRun));

    expect(timeline.text).toContain(`href="${deleteUrl(deletedRun)}"`);
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain(`Are you sure you want to delete the data of Participant ${deletedRun.slice(0, 8)}?`);
    expect(confirm.text).toContain('This deletes the 3 recorded events');
    expect(confirm.text).toContain('name="_csrf"');
    expect(kit.research.participantEvents({ council: 'shropshire', journey: 'benefit-claim', researchId: deletedRun })).toHaveLength(3);
  });

  it('deletes only that participant', async () => {
    const agent = request.agent(kit.app);
    const confirm = await agent.get(deleteUrl(deletedRun));
    const response = await agent.post(deleteUrl(deletedRun)).type('form').send({ _csrf: csrfTokenOf(confirm.text) });
    const dashboard = await agent.get(response.headers.location!);

    expect(response.status).toBe(303);
    expect(response.headers.location).toBe(`${dashboardUrl}?deleted=1`);
    expect(dashboard.text).toContain('The participant’s data has been deleted.');
    expect(kit.research.participantEvents({ council: 'shropshire', journey: 'benefit-claim', researchId: deletedRun })).toEqual([]);
    expect(kit.research.participantEvents({ council: 'shropshire', journey: 'benefit-claim', researchId: otherRun })).toHaveLength(1);
    expect(tableRows(dashboard.text, 'Participants')).toHaveLength(1);
    expect((await agent.get(`${dashboardUrl}/participants/${deletedRun}`)).status).toBe(404);
  });

  it('rejects a request without the CSRF token', async () => {
    const agent = request.agent(kit.app);
    await agent.get(deleteUrl(deletedRun));
    const response = await agent.post(deleteUrl(deletedRun)).type('form').send({});

    expect(response.status).toBe(403);
    expect(kit.research.participantEvents({ council: 'shropshire', journey: 'benefit-claim', researchId: deletedRun })).toHaveLength(3);
  });

  it('returns 404 for a participant of another council', async () => {
    const agent = request.agent(kit.app);
    const page = await agent.get(`/research/lambeth/benefit-claim/participants/${deletedRun}/delete`);

    expect(page.status).toBe(404);
  });
});
