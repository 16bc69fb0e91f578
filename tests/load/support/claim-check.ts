import type { Claim } from '../../../src/stores/claim-store.js';
import type { LoadParticipant } from './load-run.js';

/**
 * Compares stored claims with what each participant entered. Returns one line
 * per problem: a participant with no claim or more than one, a claim whose
 * answers belong to someone else, a reference that differs from the one shown
 * to the participant, or a claim no participant made.
 */
export function checkClaims(claims: readonly Claim[], participants: readonly LoadParticipant[]): string[] {
  const problems: string[] = [];
  const byNumber = new Map<string, Claim[]>();
  for (const claim of claims) {
    const number = String(claim.answers.nationalInsuranceNumber);
    byNumber.set(number, [...(byNumber.get(number) ?? []), claim]);
  }

  for (const participant of participants) {
    const { expected } = participant;
    const found = byNumber.get(expected.nationalInsuranceNumber) ?? [];
    byNumber.delete(expected.nationalInsuranceNumber);
    const label = `participant ${participant.index} (${participant.journey.council.id})`;

    if (participant.error !== undefined) {
      if (found.length > 1) problems.push(`${label} failed and has ${found.length} claims`);
      continue;
    }
    if (found.length !== 1) {
      problems.push(`${label} has ${found.length} claims, expected 1`);
      continue;
    }
    const claim = found[0]!;
    if (claim.reference !== participant.reference) {
      problems.push(`${label} was shown ${participant.reference} but the claim is ${claim.reference}`);
    }
    if (claim.council !== participant.journey.council.id) problems.push(`${label} claim is for ${claim.council}`);
    for (const [name, value] of Object.entries(expected)) {
      if (claim.answers[name] !== value) {
        problems.push(`${label} claim ${claim.reference} has ${name} ${JSON.stringify(claim.answers[name])}, expected ${JSON.stringify(value)}`);
      }
    }
  }
  for (const [number, extra] of byNumber) {
    problems.push(`${extra.length} claim(s) with National Insurance number ${number} belong to no participant`);
  }
  return problems;
}
