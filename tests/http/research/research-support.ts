import Database from 'better-sqlite3';
import path from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { vi } from 'vitest';
import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import type { ScenarioAnswers } from '../../../src/testing/scenarios.js';
import { csrfTokenOf, type PageResponse } from '../../support/participant.js';

/**
 * One participant whose every request happens at a set time: `Date` is faked
 * (timers are not), so each recorded event gets exactly the time a test gives.
 * Call `vi.useFakeTimers({ toFake: ['Date'] })` before and `vi.useRealTimers()` after.
 */
export class TimedParticipant {
  readonly agent: ReturnType<typeof request.agent>;
  private csrfToken = '';
  /** The session id from the session cookie, once the server has set one. */
  sessionId: string | undefined;

  constructor(
    app: Express,
    readonly journey: CompiledJourney,
    /** Time that second 0 stands for, in milliseconds since the Unix epoch. */
    readonly startAt: number,
  ) {
    this.agent = request.agent(app);
  }

  url(stateId: string): string {
    const slug = this.journey.pages.get(stateId)?.slug ?? stateId;
    return `/${this.journey.council.id}/${this.journey.id}/${slug}`;
  }

  /** Opens a page at `second` seconds after `startAt`. */
  async view(stateId: string, second: number, query = ''): Promise<PageResponse> {
    vi.setSystemTime(this.startAt + second * 1000);
    const response = await this.agent.get(this.url(stateId) + query);
    this.remember(response);
    return { status: response.status, text: response.text, location: response.headers.location };
  }

  /** Posts `fields` to a page at `second` seconds, with the CSRF token of the last page shown. */
  async send(stateId: string, fields: ScenarioAnswers, second: number, query = ''): Promise<PageResponse> {
    vi.setSystemTime(this.startAt + second * 1000);
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries({ ...fields, _csrf: this.csrfToken })) {
      for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
    }
    const response = await this.agent.post(this.url(stateId) + query).type('form').send(form.toString());
    this.remember(response);
    return { status: response.status, text: response.text, location: response.headers.location };
  }

  private remember(response: request.Response): void {
    if (response.status === 200 || response.status === 400) {
      this.csrfToken = csrfTokenOf(response.text);
    }
    const cookies = response.headers['set-cookie'] as unknown as string[] | undefined;
    const session = cookies?.find((cookie) => cookie.startsWith('journey-kit.sid='));
    if (session) this.sessionId = sessionIdOf(session);
  }
}

/** Returns the session id inside a signed express-session cookie such as `journey-kit.sid=s%3A<id>.<signature>`. */
export function sessionIdOf(setCookie: string): string {
  const value = decodeURIComponent(setCookie.split(';')[0]!.split('=')[1]!);
  if (!value.startsWith('s:')) throw new Error(`Unexpected session cookie ${setCookie}`);
  return value.slice(2, value.lastIndexOf('.'));
}

/** Stores a facilitator's label in a stored session, where the facilitator view keeps it. */
export function labelSession(dataDir: string, sessionId: string, label: string): void {
  const db = new Database(path.join(dataDir, 'journey-kit.sqlite'));
  try {
    const row = db.prepare('SELECT data FROM sessions WHERE sid = ?').get(sessionId) as { data: string } | undefined;
    if (!row) throw new Error(`No stored session ${sessionId}`);
    const data = JSON.parse(row.data) as Record<string, unknown>;
    data.facilitator = { on: true, label };
    db.prepare('UPDATE sessions SET data = ? WHERE sid = ?').run(JSON.stringify(data), sessionId);
  } finally {
    db.close();
  }
}

function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Returns the body rows of the table with this caption, as the text of each cell. */
export function tableRows(html: string, caption: string): string[][] {
  const tables = html.match(/<table[\s\S]*?<\/table>/g) ?? [];
  const table = tables.find((candidate) => {
    const found = /<caption[^>]*>([\s\S]*?)<\/caption>/.exec(candidate);
    return found !== null && textOf(found[1]!) === caption;
  });
  if (!table) throw new Error(`No table with the caption "${caption}"`);
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1]!)),
  );
}

/** Parses RFC 4180 CSV text (quoted cells may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
