import type { Express } from 'express';
import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import { csrfTokenOf, Participant, type PageResponse } from '../../support/participant.js';

/** The facilitator panel's HTML in a page, or undefined when the page has none. */
export function panelOf(html: string): string | undefined {
  return /<aside class="app-facilitator-panel"[\s\S]*?<\/aside>/.exec(html)?.[0];
}

/** The journey map's inline SVG in a page. */
export function svgOf(html: string): string {
  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0];
  if (!svg) throw new Error('The page has no SVG');
  return svg;
}

/**
 * One browser used by a participant and a facilitator: journey pages through
 * `participant`, and the /facilitator pages with the same cookies.
 */
export class SharedBrowser {
  readonly participant: Participant;

  constructor(app: Express, readonly journey: CompiledJourney) {
    this.participant = new Participant(app, journey);
  }

  get agent() {
    return this.participant.agent;
  }

  toolUrl(tool: string): string {
    return `/facilitator/${this.journey.council.id}/${this.journey.id}/${tool}`;
  }

  async get(url: string): Promise<PageResponse> {
    const response = await this.agent.get(url);
    return { status: response.status, text: response.text, location: response.headers.location };
  }

  /** Posts a form with the CSRF token from the /facilitator page. */
  async post(url: string, fields: Record<string, string>): Promise<PageResponse> {
    const settings = await this.agent.get('/facilitator');
    const response = await this.agent
      .post(url)
      .type('form')
      .send({ ...fields, _csrf: csrfTokenOf(settings.text) });
    return { status: response.status, text: response.text, location: response.headers.location };
  }

  switchView(view: 'on' | 'off'): Promise<PageResponse> {
    return this.post('/facilitator/view', { view });
  }

  setLabel(label: string): Promise<PageResponse> {
    return this.post('/facilitator/label', { label });
  }

  jump(stateId: string, persona: string): Promise<PageResponse> {
    const slug = this.journey.pages.get(stateId)?.slug ?? stateId;
    return this.post(this.toolUrl('jump'), { page: slug, persona });
  }

  startAgain(): Promise<PageResponse> {
    return this.post(this.toolUrl('start-again'), {});
  }
}
