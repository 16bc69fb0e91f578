import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openDatabase } from '../../../src/stores/database.js';
import { SignInAttemptStore } from '../../../src/stores/sign-in-attempt-store.js';
import { createTempDir } from './temp-dir.js';

const minute = 60_000;
const windowMs = 15 * minute;
const client = '203.0.113.7';

let temp: { dir: string; remove: () => void };
let db: Database.Database;
let now: number;

function store(): SignInAttemptStore {
  return new SignInAttemptStore({ db, maxFailures: 5, windowMs, now: () => now });
}

function rowCount(): number {
  return db.prepare('SELECT COUNT(*) FROM sign_in_failures').pluck().get() as number;
}

beforeEach(() => {
  temp = createTempDir('sign-in-attempts');
  db = openDatabase(temp.dir, 'attempts.sqlite');
  now = Date.UTC(2026, 2, 2, 10, 0, 0);
});

afterEach(() => {
  db.close();
  temp.remove();
});

describe('SignInAttemptStore', () => {
  it('blocks a client after 5 wrong attempts until the window ends', () => {
    const attempts = store();
    for (let attempt = 1; attempt <= 4; attempt += 1) attempts.recordFailure(client, 'prototype');
    expect(attempts.retryAfterMs(client)).toBe(0);

    now += minute;
    attempts.recordFailure(client, 'prototype');

    expect(attempts.retryAfterMs(client)).toBe(14 * minute);
    expect(attempts.retryAfterMs('198.51.100.1')).toBe(0);
    now += 14 * minute;
    expect(attempts.retryAfterMs(client)).toBe(0);
  });

  it('adds up both forms and waits for the earlier window', () => {
    const attempts = store();
    for (let attempt = 1; attempt <= 3; attempt += 1) attempts.recordFailure(client, 'prototype');
    now += 5 * minute;
    for (let attempt = 1; attempt <= 2; attempt += 1) attempts.recordFailure(client, 'facilitator');

    expect(attempts.retryAfterMs(client)).toBe(10 * minute);
  });

  it('waits for the later window when the earlier one alone is not enough', () => {
    const attempts = store();
    attempts.recordFailure(client, 'prototype');
    now += 5 * minute;
    for (let attempt = 1; attempt <= 5; attempt += 1) attempts.recordFailure(client, 'facilitator');

    expect(attempts.retryAfterMs(client)).toBe(15 * minute);
  });

  it('forgets only the form signed in to', () => {
    const attempts = store();
    for (let attempt = 1; attempt <= 3; attempt += 1) attempts.recordFailure(client, 'facilitator');
    for (let attempt = 1; attempt <= 2; attempt += 1) attempts.recordFailure(client, 'prototype');

    attempts.recordSuccess(client, 'prototype');
    expect(attempts.retryAfterMs(client)).toBe(0);
    attempts.recordFailure(client, 'prototype');
    attempts.recordFailure(client, 'prototype');

    expect(attempts.retryAfterMs(client)).toBe(windowMs);
  });

  it('starts a new window after one ends', () => {
    const attempts = store();
    for (let attempt = 1; attempt <= 4; attempt += 1) attempts.recordFailure(client, 'facilitator');

    now += windowMs;
    for (let attempt = 1; attempt <= 4; attempt += 1) attempts.recordFailure(client, 'facilitator');

    expect(attempts.retryAfterMs(client)).toBe(0);
    attempts.recordFailure(client, 'facilitator');
    expect(attempts.retryAfterMs(client)).toBe(windowMs);
  });

  it('keeps counts for a new store on the same database', () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) store().recordFailure(client, 'facilitator');

    expect(store().retryAfterMs(client)).toBe(windowMs);
  });

  it('deletes ended windows at start-up and on a wrong attempt', () => {
    const attempts = store();
    attempts.recordFailure('192.0.2.1', 'prototype');
    attempts.recordFailure('192.0.2.2', 'facilitator');
    now += windowMs;

    attempts.recordFailure(client, 'prototype');
    expect(rowCount()).toBe(1);

    now += windowMs;
    store();
    expect(rowCount()).toBe(0);
  });
});
