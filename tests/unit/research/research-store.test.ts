import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResearchStore } from '../../../src/research/research-store.js';
import type { NewResearchEvent } from '../../../src/research/research-event.js';
import { openDatabase } from '../../../src/stores/database.js';
import { createTempDir } from '../stores/temp-dir.js';

let temp: ReturnType<typeof createTempDir>;
beforeEach(() => {
  temp = createTempDir('research-store');
});
afterEach(() => {
  temp.remove();
});

function event(overrides: Partial<NewResearchEvent> = {}): NewResearchEvent {
  return {
    researchId: '6f1c2b9e-3d4a-4b5c-8d6e-7f8091a2b3c4',
    council: 'shropshire',
    journey: 'benefit-claim',
    kind: 'pageView',
    page: 'start',
    at: 1_750_000_000_000,
    back: false,
    change: false,
    errors: [],
    ...overrides,
  };
}

function openStore(options: { flushDelayMs?: number } = {}) {
  const db = openDatabase(temp.dir, 'research.sqlite');
  return { db, store: new ResearchStore({ db, ...options }) };
}

function countStoredEvents(db: ReturnType<typeof openDatabase>): number {
  return db.prepare('SELECT COUNT(*) FROM research_events').pluck().get() as number;
}

describe('ResearchStore', () => {
  it('writes queued events on close', () => {
    const first = openStore();
    first.store.add(event());
    first.store.close();
    first.db.close();

    const second = openStore();
    expect(second.store.journeyEvents('shropshire', 'benefit-claim')).toHaveLength(1);
    second.db.close();
  });

  it('writes the queue after the delay', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { db, store } = openStore({ flushDelayMs: 100 });
      store.add(event({ page: 'start' }));
      store.add(event({ page: 'postcode' }));

      vi.advanceTimersByTime(99);
      expect(countStoredEvents(db)).toBe(0);
      vi.advanceTimersByTime(1);
      expect(countStoredEvents(db)).toBe(2);
      store.close();
      db.close();
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes a full queue at once', () => {
    const { db, store } = openStore({ flushDelayMs: 60_000 });
    for (let index = 0; index < 999; index += 1) store.add(event({ at: index }));
    expect(countStoredEvents(db)).toBe(0);

    store.add(event({ at: 999 }));
    expect(countStoredEvents(db)).toBe(1000);
    store.close();
    db.close();
  });

  it('reads its own queued events', () => {
    const { db, store } = openStore();
    store.add(event({ page: 'start' }));
    store.add(event({ page: 'postcode', at: 1_750_000_001_000 }));

    expect(store.journeyEvents('shropshire', 'benefit-claim').map((stored) => stored.page)).toEqual(['start', 'postcode']);
    expect(store.lastPageViewed(event().researchId)).toBe('postcode');
    db.close();
  });

  it('returns stored fields as given', () => {
    const { db, store } = openStore();
    const submission = event({
      kind: 'submission',
      valid: false,
      errors: [{ field: 'postcode', message: 'Enter a real postcode' }],
      answers: { postcode: 'XX' },
      label: 'P1',
    });
    store.add(submission);
    const [stored] = store.journeyEvents('shropshire', 'benefit-claim');

    expect(stored).toEqual({ ...submission, id: stored!.id });
    db.close();
  });

  it('reports a failed write and drops the batch', () => {
    const db = openDatabase(temp.dir, 'research.sqlite');
    const failures: number[] = [];
    const store = new ResearchStore({ db, onWriteError: (_error, lost) => failures.push(lost) });
    db.exec('DROP TABLE research_events');
    store.add(event());
    store.add(event());
    store.flush();
    store.flush();

    expect(failures).toEqual([2]);
    db.close();
  });

  it('counts participants and events per journey', () => {
    const { db, store } = openStore();
    store.add(event());
    store.add(event({ at: 1_750_000_009_000 }));
    store.add(event({ researchId: '00000000-0000-4000-8000-000000000001' }));
    store.add(event({ council: 'lambeth' }));

    expect(store.activity()).toEqual([
      { council: 'lambeth', journey: 'benefit-claim', participants: 1, events: 1, lastAt: 1_750_000_000_000 },
      { council: 'shropshire', journey: 'benefit-claim', participants: 2, events: 3, lastAt: 1_750_000_009_000 },
    ]);
    db.close();
  });
});
