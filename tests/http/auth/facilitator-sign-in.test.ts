import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authToken, facilitatorToken, signInCookieIsValid, signInCookieValue } from '../../../src/auth/auth-cookie.js';
import { csrfTokenOf, errorSummaryOf, headingOf } from '../../support/participant.js';
import {
  cookieValueOf,
  facilitatorPassword,
  postForm,
  prototypePassword,
  setCookieOf,
  signIn,
  signInAsFacilitator,
  startKitWith,
  type EnvKit,
} from '../../support/facilitator-kit.js';

const secret = 'test-secret-that-is-long-enough-to-use';
const started: EnvKit[] = [];

async function kitWith(env: Record<string, string>): Promise<EnvKit> {
  const kit = await startKitWith(env);
  started.push(kit);
  return kit;
}

let kit: EnvKit;

beforeAll(async () => {
  kit = await kitWith({ FACILITATOR_PASSWORD: facilitatorPassword });
});
afterAll(() => {
  for (const startedKit of started) startedKit.dispose();
});

const facilitatorUrls = [
  '/facilitator',
  '/facilitator/lambeth/benefit-claim/map',
  '/facilitator/lambeth/benefit-claim/map.svg',
  '/facilitator/lambeth/benefit-claim/jump?page=rent',
  '/research',
  '/research/lambeth/benefit-claim',
  '/research/lambeth/benefit-claim/events.csv',
];

describe('with FACILITATOR_PASSWORD', () => {
  it('sends visitors to sign in, remembering the page', async () => {
    for (const url of facilitatorUrls) {
      const response = await request(kit.app).get(url);
      const expected = url === '/facilitator' ? '/facilitator/sign-in' : `/facilitator/sign-in?returnTo=${encodeURIComponent(url)}`;
      expect(response.status, url).toBe(303);
      expect(response.headers.location, url).toBe(expected);
    }
  });

  it('covers case and slash variants of the paths', async () => {
    for (const url of ['/Research', '/RESEARCH/lambeth/benefit-claim', '/research/', '/Facilitator', '/facilitator/']) {
      const response = await request(kit.app).get(url);
      expect(response.status, url).toBe(303);
      expect(response.headers.location, url).toMatch(/^\/facilitator\/sign-in/);
    }
  });

  it('leaves journey pages and the index open', async () => {
    for (const url of ['/', '/lambeth/benefit-claim/start', '/compare']) {
      expect((await request(kit.app).get(url)).status, url).toBe(200);
    }
  });

  it('shows a GOV.UK sign-in form', async () => {
    const page = await request(kit.app).get('/facilitator/sign-in?returnTo=%2Fresearch');

    expect(page.status).toBe(200);
    expect(headingOf(page.text)).toBe('Sign in as a facilitator');
    expect(page.text).toContain('<title>Sign in as a facilitator');
    expect(page.text).toContain('action="/facilitator/sign-in"');
    expect(page.text).toMatch(/<input\s+class="govuk-input[^"]*" id="password" name="password" type="password"[^>]*autocomplete="current-password"/);
    expect(page.text).toContain('name="returnTo" value="/research"');
    expect(csrfTokenOf(page.text)).not.toBe('');
    expect(page.text).toContain('Do not give it to participants.');
  });

  it('rejects a wrong password with an error summary', async () => {
    const agent = request.agent(kit.app);

    const response = await signInAsFacilitator(agent, 'wrong password');
    const research = await agent.get('/research');

    expect(response.status).toBe(400);
    expect(errorSummaryOf(response.text)).toEqual(['The password is not correct']);
    expect(response.text).toContain('<title>Error: Sign in as a facilitator');
    expect(setCookieOf(response, 'journey-kit.facilitator')).toBeUndefined();
    expect(research.status).toBe(303);
  });

  it('asks for a password left empty', async () => {
    const response = await signInAsFacilitator(request.agent(kit.app), '');

    expect(response.status).toBe(400);
    expect(errorSummaryOf(response.text)).toEqual(['Enter the password']);
  });

  it('signs in and goes back to the page', async () => {
    const agent = request.agent(kit.app);

    const response = await signInAsFacilitator(agent, facilitatorPassword, '/research/lambeth/benefit-claim');
    const cookie = setCookieOf(response, 'journey-kit.facilitator')!;

    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/research/lambeth/benefit-claim');
    expect(cookie).toMatch(/; Max-Age=43200;/);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/; Secure/);
    expect(signInCookieIsValid(cookieValueOf(cookie), facilitatorToken(facilitatorPassword, secret), 43_200_000, Date.now())).toBe(true);
    expect(cookie).not.toContain(encodeURIComponent(facilitatorPassword));
    // The journey tools also need the facilitator view on in this browser.
    expect((await postForm(agent, '/facilitator/view', { view: 'on' }, '/facilitator')).status).toBe(303);
    for (const url of facilitatorUrls) {
      expect((await agent.get(url)).status, url).toBe(200);
    }
  });

  it('sends a signed-in browser on from the sign-in page', async () => {
    const agent = request.agent(kit.app);
    await signInAsFacilitator(agent, facilitatorPassword);

    const response = await agent.get('/facilitator/sign-in?returnTo=%2Fresearch');

    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/research');
  });

  it('sends a form posted without signing in to sign in, unchanged', async () => {
    const agent = request.agent(kit.app);

    const switched = await postForm(agent, '/facilitator/view', { view: 'on' }, '/facilitator/sign-in');
    await signInAsFacilitator(agent, facilitatorPassword);
    const settings = await agent.get('/facilitator');

    expect(switched.status).toBe(303);
    expect(switched.headers.location).toBe('/facilitator/sign-in');
    expect(settings.text).toContain('Switch facilitator view on');
  });

  it('marks the cookie secure in production', async () => {
    const production = await kitWith({ FACILITATOR_PASSWORD: facilitatorPassword, NODE_ENV: 'production' });

    const response = await signInAsFacilitator(request.agent(production.app), facilitatorPassword);

    expect(setCookieOf(response, 'journey-kit.facilitator')).toMatch(/; Secure/);
  });
});

describe('facilitator cookie', () => {
  const token = facilitatorToken(facilitatorPassword, secret);
  const hourMs = 60 * 60 * 1000;

  it('is not accepted when made up or changed', async () => {
    const valid = signInCookieValue(token, Date.now());
    const changedLast = valid.slice(0, -1) + (valid.endsWith('A') ? 'B' : 'A');
    const [issuedAt, signature] = valid.split('.');
    const forged = [
      facilitatorPassword,
      'true',
      'x'.repeat(43),
      token,
      changedLast,
      valid.slice(1),
      `${valid}x`,
      `${Number(issuedAt) + 1}.${signature}`,
      `-${valid}`,
      signInCookieValue(facilitatorToken(facilitatorPassword, 'another-secret-that-is-long-enough'), Date.now()),
    ];
    for (const value of forged) {
      const response = await request(kit.app).get('/research').set('Cookie', `journey-kit.facilitator=${encodeURIComponent(value)}`);
      expect(response.status, value).toBe(303);
    }
  });

  it('expires on the server after 12 hours', async () => {
    const agesInHours = [[0, 200], [11.9, 200], [12, 303], [24 * 365, 303], [-0.5, 303]] as const;
    for (const [hours, status] of agesInHours) {
      const value = signInCookieValue(token, Date.now() - hours * hourMs);
      const response = await request(kit.app).get('/research').set('Cookie', `journey-kit.facilitator=${encodeURIComponent(value)}`);
      expect(response.status, `${hours} hours old`).toBe(status);
    }
  });

  it('differs for each sign-in', async () => {
    const first = await signInAsFacilitator(request.agent(kit.app), facilitatorPassword);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await signInAsFacilitator(request.agent(kit.app), facilitatorPassword);

    expect(cookieValueOf(setCookieOf(first, 'journey-kit.facilitator')!)).not.toBe(cookieValueOf(setCookieOf(second, 'journey-kit.facilitator')!));
  });

  it('differs from the prototype cookie for the same password', () => {
    expect(facilitatorToken('one phrase', secret)).not.toBe(authToken('one phrase', secret));
  });

  it('stops working when the password changes', async () => {
    const response = await signInAsFacilitator(request.agent(kit.app), facilitatorPassword);
    const cookie = setCookieOf(response, 'journey-kit.facilitator')!.split(';')[0]!;
    const other = await kitWith({ FACILITATOR_PASSWORD: 'another facilitator phrase' });

    expect((await request(kit.app).get('/research').set('Cookie', cookie)).status).toBe(200);
    expect((await request(other.app).get('/research').set('Cookie', cookie)).status).toBe(303);
  });
});

describe('with both passwords', () => {
  let both: EnvKit;

  beforeAll(async () => {
    both = await kitWith({ PROTOTYPE_PASSWORD: prototypePassword, FACILITATOR_PASSWORD: facilitatorPassword });
  });

  it('asks for the prototype password first', async () => {
    const response = await request(both.app).get('/research');

    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/sign-in?returnTo=%2Fresearch');
  });

  it('does not open facilitator tools with the prototype sign-in', async () => {
    const agent = request.agent(both.app);
    const signedIn = await signIn(agent, '/sign-in', prototypePassword);

    expect(setCookieOf(signedIn, 'journey-kit.auth')).toBeDefined();
    for (const url of ['/research', '/facilitator']) {
      const response = await agent.get(url);
      expect(response.status, url).toBe(303);
      expect(response.headers.location, url).toMatch(/^\/facilitator\/sign-in/);
    }
  });

  it('rejects the prototype password at the facilitator sign-in', async () => {
    const agent = request.agent(both.app);
    await signIn(agent, '/sign-in', prototypePassword);

    const response = await signInAsFacilitator(agent, prototypePassword);

    expect(response.status).toBe(400);
    expect(errorSummaryOf(response.text)).toEqual(['The password is not correct']);
  });

  it('does not take one cookie for the other', async () => {
    const now = Date.now();
    const prototypeValue = encodeURIComponent(signInCookieValue(authToken(prototypePassword, secret), now));
    const facilitatorValue = encodeURIComponent(signInCookieValue(facilitatorToken(facilitatorPassword, secret), now));
    const prototypeCookie = `journey-kit.auth=${prototypeValue}`;
    const facilitatorCookie = `journey-kit.facilitator=${facilitatorValue}`;
    const asFacilitator = `journey-kit.facilitator=${prototypeValue}`;
    const asPrototype = `journey-kit.auth=${facilitatorValue}`;

    const prototypeValueAsFacilitator = await request(both.app).get('/research').set('Cookie', `${prototypeCookie}; ${asFacilitator}`);
    const facilitatorValueAsPrototype = await request(both.app).get('/research').set('Cookie', `${asPrototype}; ${facilitatorCookie}`);
    const withBoth = await request(both.app).get('/research').set('Cookie', `${prototypeCookie}; ${facilitatorCookie}`);

    expect(prototypeValueAsFacilitator.headers.location).toBe('/facilitator/sign-in?returnTo=%2Fresearch');
    expect(facilitatorValueAsPrototype.headers.location).toBe('/sign-in?returnTo=%2Fresearch');
    expect(withBoth.status).toBe(200);
  });

  it('signs a facilitator in after the prototype sign-in', async () => {
    const agent = request.agent(both.app);
    await signIn(agent, '/sign-in', prototypePassword);

    const response = await signInAsFacilitator(agent, facilitatorPassword, '/research');
    const research = await agent.get('/research');

    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/research');
    expect(research.status).toBe(200);
  });
});

describe('facilitator sign-out', () => {
  it('removes the cookie and closes the tools again', async () => {
    const agent = request.agent(kit.app);
    await signInAsFacilitator(agent, facilitatorPassword);
    const settings = await agent.get('/facilitator');
    const research = await agent.get('/research');

    const response = await postForm(agent, '/facilitator/sign-out', {}, '/facilitator/sign-in');
    const after = await agent.get('/research');

    expect(settings.text).toContain('action="/facilitator/sign-out"');
    expect(research.text).toContain('action="/facilitator/sign-out"');
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/facilitator/sign-in');
    expect(setCookieOf(response, 'journey-kit.facilitator')).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect(after.status).toBe(303);
  });

  it('needs the CSRF token', async () => {
    const agent = request.agent(kit.app);
    await signInAsFacilitator(agent, facilitatorPassword);

    const response = await agent.post('/facilitator/sign-out').type('form').send({});
    const research = await agent.get('/research');

    expect(response.status).toBe(403);
    expect(research.status).toBe(200);
  });
});

describe('return path after facilitator sign-in', () => {
  const cases: Array<[string, string]> = [
    ['/research/lambeth/benefit-claim?deleted=1', '/research/lambeth/benefit-claim?deleted=1'],
    ['//evil.example/path', '/facilitator'],
    ['/\\evil.example', '/facilitator'],
    ['/.//evil.example/phish', '/facilitator'],
    ['https://evil.example/', '/facilitator'],
    ['\\\\evil.example', '/facilitator'],
    ['/\t/evil.example', '/facilitator'],
    ['/x/..//evil.example', '/facilitator'],
    ['/%2e%2e//evil.example', '/facilitator'],
    ['javascript:alert(1)', '/facilitator'],
    ['/facilitator/sign-in', '/facilitator'],
    ['', '/facilitator'],
  ];

  for (const [returnTo, expected] of cases) {
    it(`goes to ${expected} for ${JSON.stringify(returnTo)}`, async () => {
      const response = await signInAsFacilitator(request.agent(kit.app), facilitatorPassword, returnTo);

      expect(response.status).toBe(303);
      expect(response.headers.location).toBe(expected);
    });
  }

  it('is replaced in the sign-in form', async () => {
    for (const returnTo of ['//evil.example', '/\\evil.example', '/.//evil.example']) {
      const page = await request(kit.app).get(`/facilitator/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
      expect(page.text, returnTo).toContain('name="returnTo" value="/facilitator"');
    }
  });
});
