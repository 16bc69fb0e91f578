import type Database from 'better-sqlite3';
import type {
  JourneyActivity,
  NewResearchEvent,
  RecordedFieldError,
  ResearchEvent,
} from './research-event.js';

export interface ResearchStoreOptions {
  /** Open connection. The store creates its table but never closes the connection. */
  db: Database.Database;
  /** Callback for a batch of events that could not be written; the batch is dropped. */
  onWriteError?: (error: unknown, lostEvents: number) => void;
  /** Milliseconds from the first queued event to writing the queue. Defaults to 100. */
  flushDelayMs?: number;
}

/** Queue length at which the queue is written at once, so that a burst of requests cannot keep many events in memory. */
const maxQueuedEvents = 1000;

interface EventRow {
  id: number;
  research_id: string;
  council: string;
  journey: string;
  kind: 'pageView' | 'submission';
  page: string;
  at: number;
  back: number;
  change: number;
  valid: number | null;
  next_page: string | null;
  errors: string | null;
  answers: string | null;
  label: string | null;
}

interface InsertParams {
  researchId: string;
  council: string;
  journey: string;
  kind: string;
  page: string;
  at: number;
  back: number;
  change: number;
  valid: number | null;
  next: string | null;
  errors: string | null;
  answers: string | null;
  label: string | null;
}

interface ParticipantKey {
  council: string;
  journey: string;
  researchId: string;
}

/**
 * Page views and submissions of research sessions, in the `research_events` table.
 *
 * `add` queues an event and writes the queue in one transaction `flushDelayMs`
 * later, so the request that caused it is not kept waiting and the requests of
 * that time share one commit. Every read, `flush` and `close` writes the queue
 * first. Events still queued when the process is killed without `close` are
 * lost, which is at most the events of the last `flushDelayMs`.
 */
export class ResearchStore {
  private readonly onWriteError: (error: unknown, lostEvents: number) => void;
  private readonly insertEvent: Database.Statement<[InsertParams]>;
  private readonly insertBatch: Database.Transaction<(rows: InsertParams[]) => void>;
  private readonly selectJourneyEvents: Database.Statement<[string, string], EventRow>;
  private readonly selectParticipantEvents: Database.Statement<[ParticipantKey], EventRow>;
  private readonly selectLastPageView: Database.Statement<[string], string>;
  private readonly deleteParticipantEvents: Database.Statement<[ParticipantKey]>;
  private readonly selectActivity: Database.Statement<[], JourneyActivity>;
  private queue: InsertParams[] = [];
  private scheduled: NodeJS.Timeout | undefined;
  private readonly flushDelayMs: number;

  constructor(options: ResearchStoreOptions) {
    const { db } = options;
    this.flushDelayMs = options.flushDelayMs ?? 100;
    this.onWriteError =
      options.onWriteError ??
      ((error, lost) => {
        console.error(`Writing ${lost} research events failed:`, error);
      });

    db.exec(`
      CREATE TABLE IF NOT EXISTS research_events (
        id INTEGER PRIMARY KEY,
        research_id TEXT NOT NULL,
        council TEXT NOT NULL,
        journey TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('pageView', 'submission')),
        page TEXT NOT NULL,
        at INTEGER NOT NULL,
        back INTEGER NOT NULL DEFAULT 0,
        change INTEGER NOT NULL DEFAULT 0,
        valid INTEGER,
        next_page TEXT,
        errors TEXT,
        answers TEXT,
        label TEXT
      );
      CREATE INDEX IF NOT EXISTS research_events_by_participant
        ON research_events (council, journey, research_id, at, id);
      CREATE INDEX IF NOT EXISTS research_events_by_run ON research_events (research_id, at);
    `);

    this.insertEvent = db.prepare(`
      INSERT INTO research_events
        (research_id, council, journey, kind, page, at, back, change, valid, next_page, errors, answers, label)
      VALUES
        (@researchId, @council, @journey, @kind, @page, @at, @back, @change, @valid, @next, @errors, @answers, @label)
    `);
    this.insertBatch = db.transaction((rows: InsertParams[]) => {
      for (const row of rows) this.insertEvent.run(row);
    });
    this.selectJourneyEvents = db.prepare(`
      SELECT * FROM research_events
      WHERE council = ? AND journey = ?
      ORDER BY research_id, at, id
    `);
    this.selectParticipantEvents = db.prepare(`
      SELECT * FROM research_events
      WHERE council = @council AND journey = @journey AND research_id = @researchId
      ORDER BY at, id
    `);
    this.selectLastPageView = db
      .prepare<[string], string>(`
        SELECT page FROM research_events
        WHERE research_id = ? AND kind = 'pageView'
        ORDER BY at DESC, id DESC LIMIT 1
      `)
      .pluck();
    this.deleteParticipantEvents = db.prepare(`
      DELETE FROM research_events
      WHERE council = @council AND journey = @journey AND research_id = @researchId
    `);
    this.selectActivity = db.prepare(`
      SELECT council, journey, COUNT(DISTINCT research_id) AS participants,
        COUNT(*) AS events, MAX(at) AS lastAt
      FROM research_events
      GROUP BY council, journey
      ORDER BY council, journey
    `);
  }

  /** Queues an event, which is written with the others `flushDelayMs` after the first. */
  add(event: NewResearchEvent): void {
    this.queue.push(toParams(event));
    if (this.queue.length >= maxQueuedEvents) return this.flush();
    this.scheduled ??= setTimeout(() => {
      this.scheduled = undefined;
      this.flush();
    }, this.flushDelayMs).unref();
  }

  /** Writes queued events now. A failed batch goes to `onWriteError` and is dropped. */
  flush(): void {
    if (this.queue.length === 0) return;
    const rows = this.queue;
    this.queue = [];
    try {
      this.insertBatch(rows);
    } catch (error) {
      this.onWriteError(error, rows.length);
    }
  }

  /** Returns every event of one council's journey, by participant, then in time order. */
  journeyEvents(council: string, journey: string): ResearchEvent[] {
    this.flush();
    return this.selectJourneyEvents.all(council, journey).map(toEvent);
  }

  /** Returns one participant's events in time order. */
  participantEvents(key: ParticipantKey): ResearchEvent[] {
    this.flush();
    return this.selectParticipantEvents.all(key).map(toEvent);
  }

  /** Returns the state id of the run's latest page view, if it has one. */
  lastPageViewed(researchId: string): string | undefined {
    this.flush();
    return this.selectLastPageView.get(researchId);
  }

  /** Deletes everything recorded for one participant and returns how many events went. */
  deleteParticipant(key: ParticipantKey): number {
    this.flush();
    return this.deleteParticipantEvents.run(key).changes;
  }

  /** Returns totals for each council's journey that has recorded events. */
  activity(): JourneyActivity[] {
    this.flush();
    return this.selectActivity.all();
  }

  /** Writes queued events and cancels the pending write. Leaves the connection open. */
  close(): void {
    if (this.scheduled) clearTimeout(this.scheduled);
    this.scheduled = undefined;
    this.flush();
  }
}

function sqliteBoolean(value: boolean | undefined): number | null {
  if (value === undefined) return null;
  return value ? 1 : 0;
}

function toParams(event: NewResearchEvent): InsertParams {
  return {
    researchId: event.researchId,
    council: event.council,
    journey: event.journey,
    kind: event.kind,
    page: event.page,
    at: event.at,
    back: event.back ? 1 : 0,
    change: event.change ? 1 : 0,
    valid: sqliteBoolean(event.valid),
    next: event.next ?? null,
    errors: event.errors.length > 0 ? JSON.stringify(event.errors) : null,
    answers: event.answers === undefined ? null : JSON.stringify(event.answers),
    label: event.label ?? null,
  };
}

function toEvent(row: EventRow): ResearchEvent {
  return {
    id: row.id,
    researchId: row.research_id,
    council: row.council,
    journey: row.journey,
    kind: row.kind,
    page: row.page,
    at: row.at,
    back: row.back === 1,
    change: row.change === 1,
    ...(row.valid === null ? {} : { valid: row.valid === 1 }),
    ...(row.next_page === null ? {} : { next: row.next_page }),
    errors: row.errors === null ? [] : (JSON.parse(row.errors) as RecordedFieldError[]),
    ...(row.answers === null ? {} : { answers: JSON.parse(row.answers) as Record<string, unknown> }),
    ...(row.label === null ? {} : { label: row.label }),
  };
}
