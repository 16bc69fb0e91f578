import type { Answers } from '../fields/types.js';
import type { JourneyProgress } from '../engine/progress.js';
import type { CompiledJourney } from '../journeys/compiled-journey.js';
import type { ClaimStore } from '../stores/claim-store.js';

/**
 * Stores the claim of a completed journey run, once per run, and returns the
 * progress marked as submitted with the claim's reference.
 */
export function submitClaim(
  claims: ClaimStore,
  journey: CompiledJourney,
  progress: JourneyProgress,
  answers: Answers,
): { progress: JourneyProgress; created: boolean } {
  const claim = claims.submit({
    runId: progress.runId,
    journey: journey.id,
    council: journey.council.id,
    referencePrefix: journey.referencePrefix,
    answers,
  });
  return {
    progress: { ...progress, submitted: { reference: claim.reference, at: new Date().toISOString() } },
    created: claim.created,
  };
}
