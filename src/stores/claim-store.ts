import type Database from 'better-sqlite3';

import { generateReference, validateReferencePrefix } from './claim-reference.js';

/** Answers of one submitted claim, stored as a JSON object. */
export type ClaimAnswers = Record<string, unknown>;

export interface ClaimSubmission {
  /** ID of the journey run, the same for every submit of one run (double clicks, resubmits). */
  runId: string;
  /** Journey ID, such as `housing-benefit`. */
  journey: string;
  /** Council ID. */
  council: string;
  /** Start of the reference, such as `HBC`: 1 to 8 capital letters or digits. */
  referencePrefix: string;
  answers: ClaimAnswers;
  /** Submission time, by default the current time. */
  now?: Date;
}

export interface SubmitResult {
  reference: string;
  /** False when the run had already submitted a claim, and `reference` is that claim's. */
  created: boolean;
}

export interface Claim {
  id: number;
  runId: string;
  reference: string;
  journey: string;
  council: string;
  /** ISO 8601 time in UTC. */
  submittedAt: string;
  answers: ClaimAnswers;
}

export interface ClaimFilter {
  journey?: string;
  council?: string;
}

export interface ClaimStoreOptions {
  /** Open connection. The store creates its table but never closes the connection. */
  db: Database.Database;
  /** Reference generator, replaceable in tests to force collisions. */
  generateReference?: (prefix: string) => string;
}

interface ClaimRow {
  id: number;
  run_id: string;
  reference: string;
  journey: string;
  council: string;
  submitted_at: string;
  answers: string;
}

interface InsertParams {
  runId: string;
  reference: string;
  journey: string;
  council: string;
  submittedAt: string;
  answers: string;
}

// With 31^8 references per prefix, even a million stored claims leave a new reference
// about a 1 in 850,000 chance of a clash, so five clashes in a row mean a broken generator.
const MAX_REFERENCE_ATTEMPTS = 5;

/**
 * Submitted claims, one per journey run. Submitting is idempotent on the run ID, so a
 * double click, a resubmit after the browser's back button, or two concurrent requests
 * store one claim and all get its reference.
 */
export class ClaimStore {
  private readonly generateReference: (prefix: string) => string;
  private readonly insertClaim: Database.Statement<[InsertParams]>;
  private readonly selectByRunId: Database.Statement<[string], ClaimRow>;
  private readonly selectFiltered: Database.Statement<
    [{ journey: string | null; council: string | null }],
    ClaimRow
  >;
  private readonly countClaims: Database.Statement<[], number>;
  private readonly submitTransaction: Database.Transaction<
    (input: ClaimSubmission) => SubmitResult
  >;

  constructor(options: ClaimStoreOptions) {
    const { db } = options;
    this.generateReference = options.generateReference ?? generateReference;

    db.exec(`
      CREATE TABLE IF NOT EXISTS claims (
        id INTEGER PRIMARY KEY,
        run_id TEXT NOT NULL UNIQUE,
        reference TEXT NOT NULL UNIQUE,
        journey TEXT NOT NULL,
        council TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        answers TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS claims_journey_council ON claims (journey, council);
    `);

    // Without a conflict target, DO NOTHING skips the row on a clash of either UNIQUE
    // column. submitOnce distinguishes the two by looking up the run afterwards.
    this.insertClaim = db.prepare(`
      INSERT INTO claims (run_id, reference, journey, council, submitted_at, answers)
      VALUES (@runId, @reference, @journey, @council, @submittedAt, @answers)
      ON CONFLICT DO NOTHING
    `);
    this.selectByRunId = db.prepare('SELECT * FROM claims WHERE run_id = ?');
    this.selectFiltered = db.prepare(`
      SELECT * FROM claims
      WHERE (@journey IS NULL OR journey = @journey)
        AND (@council IS NULL OR council = @council)
      ORDER BY id
    `);
    this.countClaims = db.prepare<[], number>('SELECT COUNT(*) FROM claims').pluck();
    this.submitTransaction = db.transaction((input: ClaimSubmission) => this.submitOnce(input));
  }

  /**
   * Stores the claim unless its run already submitted one, and returns the claim's
   * reference. A repeat submit keeps the first claim's answers and ignores the new ones.
   * Runs in an IMMEDIATE transaction, so submits from other connections wait (up to the
   * connection's busy timeout) instead of interleaving.
   */
  submit(input: ClaimSubmission): SubmitResult {
    requireNonEmpty('runId', input.runId);
    requireNonEmpty('journey', input.journey);
    requireNonEmpty('council', input.council);
    validateReferencePrefix(input.referencePrefix);
    return this.submitTransaction.immediate(input);
  }

  findByRunId(runId: string): Claim | undefined {
    const row = this.selectByRunId.get(runId);
    return row ? toClaim(row) : undefined;
  }

  /** Returns claims in submission order, keeping those that match every given filter field. */
  list(filter: ClaimFilter = {}): Claim[] {
    const rows = this.selectFiltered.all({
      journey: filter.journey ?? null,
      council: filter.council ?? null,
    });
    return rows.map(toClaim);
  }

  count(): number {
    return this.countClaims.get() ?? 0;
  }

  private submitOnce(input: ClaimSubmission): SubmitResult {
    const submittedAt = (input.now ?? new Date()).toISOString();
    const answers = JSON.stringify(input.answers);

    for (let attempt = 1; attempt <= MAX_REFERENCE_ATTEMPTS; attempt++) {
      const reference = this.generateReference(input.referencePrefix);
      const { changes } = this.insertClaim.run({
        runId: input.runId,
        reference,
        journey: input.journey,
        council: input.council,
        submittedAt,
        answers,
      });
      if (changes === 1) {
        return { reference, created: true };
      }

      const existing = this.selectByRunId.get(input.runId);
      if (existing) {
        return { reference: existing.reference, created: false };
      }
      // Otherwise the generated reference belongs to another claim, so draw a new one.
    }

    throw new Error(
      `Failed to store the claim for run ${input.runId}: ${MAX_REFERENCE_ATTEMPTS} generated ` +
        `references with prefix ${input.referencePrefix} were all taken.`,
    );
  }
}

function requireNonEmpty(name: string, value: string): void {
  if (typeof value !== 'string' || value.length === 0) {
    throw new Error(`Invalid claim ${name}: expected a non-empty string.`);
  }
}

function toClaim(row: ClaimRow): Claim {
  let answers: ClaimAnswers;
  try {
    answers = JSON.parse(row.answers) as ClaimAnswers;
  } catch (error) {
    throw new Error(`Claim ${row.reference} has answers that are not valid JSON.`, {
      cause: error,
    });
  }
  return {
    id: row.id,
    runId: row.run_id,
    reference: row.reference,
    journey: row.journey,
    council: row.council,
    submittedAt: row.submitted_at,
    answers,
  };
}
