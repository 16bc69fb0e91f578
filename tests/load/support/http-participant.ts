import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import type { ScenarioAnswers } from '../../../src/testing/scenarios.js';

export interface Exchange {
  method: 'GET' | 'POST';
  path: string;
  status: number;
  location?: string;
  text: string;
  /** Milliseconds from sending the request to reading the whole body. */
  ms: number;
}

const SESSION_COOKIE = 'journey-kit.sid';

/**
 * One participant using the kit over real HTTP with fetch: their own session
 * cookie, redirects returned rather than followed. Network failures reject.
 */
export class HttpParticipant {
  private cookie: string | undefined;

  constructor(
    private readonly baseUrl: () => string,
    readonly journey: CompiledJourney,
    private readonly onExchange: (exchange: Exchange) => void = () => {},
    private readonly timeoutMs = 30_000,
  ) {}

  pathOf(stateId: string): string {
    const slug = this.journey.pages.get(stateId)?.slug ?? stateId;
    return `/${this.journey.council.id}/${this.journey.id}/${slug}`;
  }

  /** Returns the state id of a path such as /council/journey/page?change=true. */
  stateOf(path: string | undefined): string | undefined {
    const slug = path?.split('?')[0]?.split('/').pop();
    return slug ? this.journey.pagesBySlug.get(slug)?.id : undefined;
  }

  get(path: string): Promise<Exchange> {
    return this.send('GET', path);
  }

  post(path: string, fields: ScenarioAnswers): Promise<Exchange> {
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) {
      for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
    }
    return this.send('POST', path, form.toString());
  }

  /** Forgets the session cookie, as a new browser would. */
  clearCookie(): void {
    this.cookie = undefined;
  }

  private async send(method: 'GET' | 'POST', path: string, body?: string): Promise<Exchange> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';

    const started = performance.now();
    const response = await fetch(this.baseUrl() + path, {
      method,
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    const text = await response.text();
    const ms = performance.now() - started;

    for (const cookie of response.headers.getSetCookie()) {
      if (cookie.startsWith(`${SESSION_COOKIE}=`)) this.cookie = cookie.split(';')[0];
    }
    const location = response.headers.get('location') ?? undefined;
    const exchange: Exchange = { method, path, status: response.status, text, ms, ...(location ? { location } : {}) };
    this.onExchange(exchange);
    return exchange;
  }
}
