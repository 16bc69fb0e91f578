import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadJourneys } from '../../../src/journeys/load-journeys.js';
import type { CompiledJourney } from '../../../src/journeys/compiled-journey.js';
import { createApp, type KitApp } from '../../../src/server/app.js';
import { readConfig } from '../../../src/server/config.js';
import { createLogger } from '../../../src/server/logger.js';
import { csrfTokenOf, errorSummaryOf } from '../../support/participant.js';

const password = 'correct horse battery staple';
const started: Array<{ kit: KitApp; dataDir: string }> = [];
let journeys: CompiledJourney[];

beforeAll(async () => {
  journeys = await loadJourneys();
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => {
  for (const { kit, dataDir } of started) {
    kit.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});

/** The real app with PROTOTYPE_PASSWORD set, on a fresh data folder. */
function protectedApp(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-auth-'));
  const config = {
    ...readConfig({ NODE_ENV: 'test', PROTOTYPE_PASSWORD: password, ...env }),
    dataDir,
    sessionSecret: 'test-secret-that-is-long-enough-to-use',
  };
  const kit = createApp(config, journeys, createLogger('silent'));
  started.push({ kit, dataDir });
  return kit.app;
}

type Agent = ReturnType<typeof request.agent>;

/** Each browser's CSRF token, read from its first sign-in page: later ones may be a redirect or a 429. */
const tokens = new WeakMap<Agent, string>();

/** Posts a password from the sign-in form, as a browser would. */
async function signIn(agent: Agent, attempt: string, returnTo = '/lambeth/benefit-claim/start') {
  let token = tokens.get(agent);
  if (token === undefined) {
    token = csrfTokenOf((await agent.get('/sign-in')).text);
    tokens.set(agent, token);
  }
  return agent.post('/sign-in').type('form').send({ password: attempt, returnTo, _csrf: token });
}

function authCookieOf(response: request.Response): string | undefined {
  const cookies = (response.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
  return cookies.find((cookie) => cookie.startsWith('journey-kit.auth='));
}

describe('password protection', () => {
  it('sends visitors to sign in, remembering the page', async () => {
    const response = await request(protectedApp()).get('/lambeth/benefit-claim/postcode?change=true');

    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/sign-in?returnTo=%2Flambeth%2Fbenefit-claim%2Fpostcode%3Fchange%3Dtrue');
  });

  it('protects every kind of page', async () => {
    const app = protectedApp();
    for (const url of ['/', '/facilitator', '/lambeth/benefit-claim/start', '/no-such-page']) {
      const response = await request(app).get(url);
      expect(response.status, url).toBe(303);
      expect(response.headers.location, url).toMatch(/^\/sign-in/);
    }
  });

  it('leaves health checks and static assets open', async () => {
    const app = protectedApp();
    for (const url of ['/healthz', '/govuk/govuk-frontend.min.css', '/kit/kit.css', '/assets/images/favicon.ico']) {
      expect((await request(app).get(url)).status, url).toBe(200);
    }
  });

  it('shows a GOV.UK sign-in form', async () => {
    const page = await request(protectedApp()).get('/sign-in?returnTo=%2Flambeth%2Fbenefit-claim%2Fstart');

    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1 class="govuk-heading-l">Sign in to see this prototype</h1>');
    expect(page.text).toMatch(/<input\s+class="govuk-input[^"]*" id="password" name="password" type="password"[^>]*autocomplete="current-password"/);
    expect(page.text).toContain('name="returnTo" value="/lambeth/benefit-claim/start"');
    expect(page.text).toContain('This is a prototype.');
  });

  it('rejects a wrong password with an error summary', async () => {
    const agent = request.agent(protectedApp());

    const response = await signIn(agent, 'wrong password');
    const page = await agent.get('/lambeth/benefit-claim/start');

    expect(response.status).toBe(400);
    expect(errorSummaryOf(response.text)).toEqual(['The password is not correct']);
    expect(response.text).toContain('<title>Error: Sign in to see this prototype');
    expect(authCookieOf(response)).toBeUndefined();
    expect(page.status).toBe(303);
  });

  it('asks for a password left empty', async () => {
    const response = await signIn(request.agent(protectedApp()), '');

    expect(response.status).toBe(400);
    expect(errorSummaryOf(response.text)).toEqual(['Enter the password']);
  });

  it('signs in with the right password and goes back to the page', async () => {
    const agent = request.agent(protectedApp());

    const response = await signIn(agent, password);
    const page = await agent.get('/lambeth/benefit-claim/start');
    const cookie = authCookieOf(response)!;

    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/lambeth/benefit-claim/start');
    expect(page.status).toBe(200);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/; Secure/);
    expect(cookie).not.toContain(encodeURIComponent(password));
    expect(cookie).not.toContain('correct');
  });

  it('marks the cookie secure in production', async () => {
    const response = await signIn(request.agent(protectedApp({ NODE_ENV: 'production' })), password);

    expect(authCookieOf(response)).toMatch(/; Secure/);
  });

  it('does not accept a cookie made up by the client', async () => {
    const app = protectedApp();
    const forged = [password, 'true', 'x'.repeat(43)];
    for (const value of forged) {
      const response = await request(app).get('/').set('Cookie', `journey-kit.auth=${encodeURIComponent(value)}`);
      expect(response.status, value).toBe(303);
    }
  });

  it('stops accepting the cookie when the password changes', async () => {
    const first = request.agent(protectedApp());
    const cookie = authCookieOf(await signIn(first, password))!.split(';')[0]!;

    const other = protectedApp({ PROTOTYPE_PASSWORD: 'a different password' });
    const response = await request(other).get('/').set('Cookie', cookie);

    expect(response.status).toBe(303);
  });

  it('sends a signed-in browser on from the sign-in page', async () => {
    const agent = request.agent(protectedApp());
    await signIn(agent, password);

    const response = await agent.get('/sign-in?returnTo=%2Ffacilitator');

    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/facilitator');
  });
});

describe('sign-in attempts', () => {
  it('are limited to 5 wrong ones in 15 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
    const agent = request.agent(protectedApp());

    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await signIn(agent, `wrong ${attempt}`)).status, `attempt ${attempt}`).toBe(400);
    }
    const limited = await signIn(agent, password);
    const page = await agent.get('/sign-in');

    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('900');
    expect(limited.text).toContain('<h1 class="govuk-heading-l">Too many attempts to sign in</h1>');
    expect(limited.text).toContain('Wait 15 minutes');
    expect(authCookieOf(limited)).toBeUndefined();
    expect(page.status).toBe(429);

    vi.setSystemTime(new Date('2026-03-02T10:14:59Z'));
    expect((await signIn(agent, password)).status).toBe(429);

    vi.setSystemTime(new Date('2026-03-02T10:15:00Z'));
    const after = await signIn(agent, password);
    expect(after.status).toBe(303);
    expect(authCookieOf(after)).toBeDefined();
  });

  it('start counting again after a right one', async () => {
    const agent = request.agent(protectedApp());
    for (let attempt = 1; attempt <= 4; attempt += 1) await signIn(agent, 'wrong');
    await signIn(agent, password);

    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await signIn(agent, 'wrong')).status, `attempt ${attempt}`).toBe(400);
    }
    expect((await signIn(agent, 'wrong')).status).toBe(429);
  });
});

describe('return path after sign-in', () => {
  const cases: Array<[string, string]> = [
    ['/lambeth/benefit-claim/start?change=true', '/lambeth/benefit-claim/start?change=true'],
    ['//evil.example/path', '/'],
    ['https://evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['\\\\evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['evil.example', '/'],
    ['/.//evil.example/phish', '/'],
    ['/x/..//evil.example', '/'],
    ['/%2e%2e//evil.example', '/'],
    ['/sign-in', '/'],
    ['', '/'],
  ];

  for (const [returnTo, expected] of cases) {
    it(`goes to ${expected} for ${JSON.stringify(returnTo)}`, async () => {
      const response = await signIn(request.agent(protectedApp()), password, returnTo);

      expect(response.status).toBe(303);
      expect(response.headers.location).toBe(expected);
    });
  }
});

describe('without PROTOTYPE_PASSWORD', () => {
  it('serves pages and no sign-in page', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-auth-'));
    const config = { ...readConfig({ NODE_ENV: 'test' }), dataDir, sessionSecret: 'test-secret-that-is-long-enough-to-use' };
    const kit = createApp(config, journeys, createLogger('silent'));
    started.push({ kit, dataDir });

    expect((await request(kit.app).get('/lambeth/benefit-claim/start')).status).toBe(200);
    expect((await request(kit.app).get('/sign-in')).status).toBe(404);
  });
});
