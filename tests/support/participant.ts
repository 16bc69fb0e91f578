import type { Express } from 'express';
import request from 'supertest';
import type { CompiledJourney } from '../../src/journeys/compiled-journey.js';
import type { ScenarioAnswers } from '../../src/testing/scenarios.js';

export interface PageResponse {
  status: number;
  text: string;
  location?: string;
}

/** Reads the CSRF token from a page's form. */
export function csrfTokenOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('The page has no CSRF token');
  return match[1]!;
}

/** Returns the text of the page's h1, which on a one-field question is its label or legend. */
export function headingOf(html: string): string {
  const match = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html);
  return (match?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

export function titleOf(html: string): string {
  return (/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '').trim();
}

function toForm(fields: ScenarioAnswers): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return form.toString();
}

/** One participant, with their own cookies, using a journey over real HTTP. */
export class Participant {
  readonly agent: ReturnType<typeof request.agent>;

  constructor(
    app: Express,
    readonly journey: CompiledJourney,
  ) {
    this.agent = request.agent(app);
  }

  url(stateId: string): string {
    const slug = this.journey.pages.get(stateId)?.slug ?? stateId;
    return `/${this.journey.council.id}/${this.journey.id}/${slug}`;
  }

  /** Returns the state id a redirect points at. */
  stateAt(location: string | undefined): string | undefined {
    const slug = location?.split('?')[0]?.split('/').pop();
    return slug ? this.journey.pagesBySlug.get(slug)?.id : undefined;
  }

  async get(stateId: string, query = ''): Promise<PageResponse> {
    const response = await this.agent.get(this.url(stateId) + query);
    return { status: response.status, text: response.text, location: response.headers.location };
  }

  /** Opens a page for its CSRF token, then posts `fields` to it. */
  async submit(stateId: string, fields: ScenarioAnswers, query = ''): Promise<PageResponse> {
    const page = await this.get(stateId, query);
    if (page.status !== 200) return page;
    return this.post(stateId, { ...fields, _csrf: csrfTokenOf(page.text) }, query);
  }

  async post(stateId: string, fields: ScenarioAnswers, query = ''): Promise<PageResponse> {
    const response = await this.agent
      .post(this.url(stateId) + query)
      .type('form')
      .send(toForm(fields));
    return { status: response.status, text: response.text, location: response.headers.location };
  }

  /**
   * Answers every page with `answers` from the initial page until a final
   * page, and returns the state ids visited in order. Throws if a page
   * rejects the answers or the walk does not end.
   */
  async walk(answers: ScenarioAnswers): Promise<string[]> {
    const visited = [this.journey.initial];
    let current = this.journey.initial;

    while (!this.journey.pages.get(current)?.final) {
      const response = await this.submit(current, answers);
      const next = this.stateAt(response.location);
      if (response.status !== 303 || !next) {
        throw new Error(`Submitting '${current}' gave ${response.status} ${response.location ?? ''}: ${errorSummaryOf(response.text)}`);
      }
      visited.push(next);
      current = next;
      if (visited.length > this.journey.pages.size * 2) throw new Error('The walk did not end');
    }
    return visited;
  }
}

/** Returns the error summary's messages, for failure messages. */
export function errorSummaryOf(html: string): string[] {
  const summary = /govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...summary.matchAll(/<a [^>]*>([\s\S]*?)<\/a>/g)].map((m) => m[1]!.trim());
}
