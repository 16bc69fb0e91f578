import type { ScenarioAnswers } from '../../../../src/testing/scenarios.js';
import { errorSummaryOf, type Participant } from '../../../support/participant.js';

/**
 * Submits `answers` page by page from the initial page until the participant
 * reaches `target`. Throws when a page rejects the answers or the walk ends
 * elsewhere.
 */
export async function walkTo(participant: Participant, answers: ScenarioAnswers, target: string): Promise<void> {
  const { journey } = participant;
  let current = journey.initial;
  for (let step = 0; current !== target; step++) {
    if (journey.pages.get(current)?.final || step > journey.pages.size * 2) {
      throw new Error(`The walk to '${target}' ended on '${current}'`);
    }
    const response = await participant.submit(current, answers);
    const next = participant.stateAt(response.location);
    if (response.status !== 303 || !next) {
      throw new Error(`Submitting '${current}' gave ${response.status}: ${errorSummaryOf(response.text).join('; ')}`);
    }
    current = next;
  }
}
