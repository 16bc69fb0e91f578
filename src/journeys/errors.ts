/** Where in a journey definition a problem sits. */
export interface DefinitionLocation {
  journey: string;
  council?: string;
  state?: string;
}

/**
 * A journey definition that cannot run. Raised at start-up and by the tests,
 * naming the journey, the council variant, the state, the problem and a fix.
 */
export class JourneyDefinitionError extends Error {
  override name = 'JourneyDefinitionError';
  readonly location: DefinitionLocation;
  readonly problem: string;
  readonly fix: string;

  constructor(location: DefinitionLocation, problem: string, fix: string) {
    super(formatDefinitionProblem(location, problem, fix));
    this.location = location;
    this.problem = problem;
    this.fix = fix;
  }
}

export function formatDefinitionProblem(
  location: DefinitionLocation,
  problem: string,
  fix: string,
): string {
  const where = [
    `journey '${location.journey}'`,
    location.council ? `council '${location.council}'` : 'base journey',
    location.state ? `state '${location.state}'` : undefined,
  ].filter(Boolean);

  return `${where.join(', ')}: ${problem}. ${fix}`;
}
