import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  generateReference,
  REFERENCE_ALPHABET,
  REFERENCE_PATTERN,
} from '../../../src/stores/claim-reference.js';
import { ClaimStore } from '../../../src/stores/claim-store.js';
import type { ClaimSubmission, SubmitResult } from '../../../src/stores/claim-store.js';
import { openDatabase } from '../../../src/stores/database.js';
import { createTempDir } from './temp-dir.js';

const FILE_NAME = 'claims.sqlite';
const CHILD_SCRIPT = fileURLToPath(new URL('./fixtures/submit-claims.ts', import.meta.url));

function submission(overrides: Partial<ClaimSubmission> = {}): ClaimSubmission {
  return {
    runId: 'run-1',
    journey: 'housing-benefit',
    council: 'harbourside',
    referencePrefix: 'HBC',
    answers: { fullName: 'Ada Lovelace' },
    ...overrides,
  };
}

describe('generateReference', () => {
  it('matches the reference format', () => {
    for (let i = 0; i < 500; i++) {
      const reference = generateReference('HBC');
      expect(reference).toMatch(/^HBC-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      expect(reference).toMatch(REFERENCE_PATTERN);
      expect(reference.slice(4)).not.toMatch(/[01OIL]/);
    }
  });

  it('uses only unambiguous characters', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(31);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(new Set(REFERENCE_ALPHABET).size).toBe(REFERENCE_ALPHABET.length);
  });

  it('rejects invalid prefixes', () => {
    for (const prefix of ['', 'hbc', '1HB', 'HB-C', 'ABCDEFGHI']) {
      expect(() => generateReference(prefix), prefix).toThrow(/Invalid reference prefix/);
    }
  });
});

describe('ClaimStore', () => {
  let temp: ReturnType<typeof createTempDir>;
  let db: Database.Database;
  let store: ClaimStore;

  beforeEach(() => {
    temp = createTempDir('claims');
    db = openDatabase(temp.dir, FILE_NAME);
    store = new ClaimStore({ db });
  });

  afterEach(() => {
    if (db.open) {
      db.close();
    }
    temp.remove();
  });

  it('submit stores a new claim', () => {
    const now = new Date('2026-03-02T09:30:00Z');

    const result = store.submit(submission({ now }));

    expect(result.created).toBe(true);
    expect(result.reference).toMatch(/^HBC-/);
    expect(result.reference).toMatch(REFERENCE_PATTERN);
    expect(store.count()).toBe(1);
    expect(store.findByRunId('run-1')).toEqual({
      id: 1,
      runId: 'run-1',
      reference: result.reference,
      journey: 'housing-benefit',
      council: 'harbourside',
      submittedAt: '2026-03-02T09:30:00.000Z',
      answers: { fullName: 'Ada Lovelace' },
    });
  });

  it('same runId twice stores one claim', () => {
    const first = store.submit(submission());
    const second = store.submit(submission({ answers: { fullName: 'Changed' } }));

    expect(second.reference).toBe(first.reference);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(store.count()).toBe(1);
    expect(store.findByRunId('run-1')?.answers).toEqual({ fullName: 'Ada Lovelace' });
  });

  it('same runId from two connections', () => {
    const otherDb = openDatabase(temp.dir, FILE_NAME);
    const otherStore = new ClaimStore({ db: otherDb });

    const first = store.submit(submission());
    const second = otherStore.submit(submission());

    expect(second).toEqual({ reference: first.reference, created: false });
    expect(otherStore.count()).toBe(1);
    expect(store.count()).toBe(1);
    otherDb.close();
  });

  it('concurrent processes store each run once', async () => {
    const processCount = 3;
    const runCount = 40;
    const outputs = await runConcurrentSubmits(temp.dir, processCount, runCount);

    expect(outputs).toHaveLength(processCount);
    expect(store.count()).toBe(runCount);
    for (let run = 0; run < runCount; run++) {
      const stored = store.findByRunId(`run-${run}`);
      const results = outputs.map((output) => output[run]);
      expect(results.map((result) => result?.reference)).toEqual(
        Array(processCount).fill(stored?.reference),
      );
      expect(results.filter((result) => result?.created)).toHaveLength(1);
    }
  });

  it('retries a colliding reference', () => {
    const takenReference = store.submit(submission({ runId: 'run-a' })).reference;
    const generated = [takenReference, 'HBC-2345-6789'];
    const retrying = new ClaimStore({
      db,
      generateReference: () => generated.shift() ?? 'HBC-XXXX-XXXX',
    });

    const result = retrying.submit(submission({ runId: 'run-b' }));

    expect(result).toEqual({ reference: 'HBC-2345-6789', created: true });
    expect(generated).toHaveLength(0);
    expect(store.count()).toBe(2);
  });

  it('gives up after repeated collisions', () => {
    const takenReference = store.submit(submission({ runId: 'run-a' })).reference;
    const stuck = new ClaimStore({ db, generateReference: () => takenReference });

    expect(() => stuck.submit(submission({ runId: 'run-b' }))).toThrow(
      /references with prefix HBC were all taken/,
    );
    expect(store.count()).toBe(1);
    expect(store.findByRunId('run-b')).toBeUndefined();
  });

  it('submit rejects invalid input', () => {
    expect(() => store.submit(submission({ runId: '' }))).toThrow(/Invalid claim runId/);
    expect(() => store.submit(submission({ journey: '' }))).toThrow(/Invalid claim journey/);
    expect(() => store.submit(submission({ council: '' }))).toThrow(/Invalid claim council/);
    expect(() => store.submit(submission({ referencePrefix: 'hbc' }))).toThrow(
      /Invalid reference prefix/,
    );
    expect(store.count()).toBe(0);
  });

  it('list filters by journey and council', () => {
    store.submit(submission({ runId: 'a', journey: 'housing-benefit', council: 'harbourside' }));
    store.submit(submission({ runId: 'b', journey: 'housing-benefit', council: 'millbrook' }));
    store.submit(
      submission({
        runId: 'c',
        journey: 'bulky-waste',
        council: 'harbourside',
        referencePrefix: 'BWC',
      }),
    );

    const runIds = (claims: { runId: string }[]) => claims.map((claim) => claim.runId);
    expect(runIds(store.list())).toEqual(['a', 'b', 'c']);
    expect(runIds(store.list({ journey: 'housing-benefit' }))).toEqual(['a', 'b']);
    expect(runIds(store.list({ council: 'harbourside' }))).toEqual(['a', 'c']);
    expect(runIds(store.list({ journey: 'housing-benefit', council: 'millbrook' }))).toEqual(['b']);
    expect(store.list({ journey: 'parking-permit' })).toEqual([]);
  });

  it('answers round-trip as JSON', () => {
    const answers = {
      fullName: 'Zoë O’Brien-Łukasiewicz',
      dateOfBirth: '1984-02-29',
      children: 2,
      benefits: ['universal-credit', 'pension-credit'],
      address: { line1: '1 Quay Street', postcode: 'SW1A 1AA' },
      notes: 'Line one\nLine "two"',
    };

    store.submit(submission({ answers }));

    expect(store.list()[0]?.answers).toEqual(answers);
    expect(store.findByRunId('run-1')?.answers).toEqual(answers);
  });

  it('findByRunId returns undefined when missing', () => {
    expect(store.findByRunId('missing')).toBeUndefined();
  });

  it('claims persist across reopening', () => {
    const { reference } = store.submit(submission());
    db.close();

    db = openDatabase(temp.dir, FILE_NAME);
    const reopened = new ClaimStore({ db });

    expect(reopened.count()).toBe(1);
    expect(reopened.submit(submission())).toEqual({ reference, created: false });
  });
});

/**
 * Starts `processCount` child processes that each submit runs run-0 to run-(runCount - 1)
 * to the same file, releasing them together once all are ready, and returns their results.
 */
async function runConcurrentSubmits(
  dataDir: string,
  processCount: number,
  runCount: number,
): Promise<SubmitResult[][]> {
  const children = Array.from({ length: processCount }, () =>
    spawn(
      process.execPath,
      ['--import', 'tsx', CHILD_SCRIPT, dataDir, FILE_NAME, String(runCount)],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    ),
  );

  const outputs = children.map(
    (child) =>
      new Promise<string>((resolve, reject) => {
        let stdout = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk: string) => {
          stdout += chunk;
        });
        child.on('error', reject);
        child.on('exit', (code) => {
          if (code === 0) {
            resolve(stdout);
          } else {
            reject(new Error(`submit-claims child exited with code ${code}, output: ${stdout}`));
          }
        });
      }),
  );

  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          child.stdout.on('data', (chunk: string) => {
            if (chunk.includes('ready')) {
              resolve();
            }
          });
        }),
    ),
  );
  for (const child of children) {
    child.stdin.end('go\n');
  }

  const texts = await Promise.all(outputs);
  return texts.map((text) => {
    const resultLine = text.trim().split('\n').at(-1) ?? '';
    return JSON.parse(resultLine) as SubmitResult[];
  });
}
