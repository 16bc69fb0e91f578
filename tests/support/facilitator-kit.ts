import request from 'supertest';
import { csrfTokenOf } from './participant.js';
import { startTestKit, type TestKit } from './test-kit.js';

export const facilitatorPassword = 'facilitator phrase for tests';
export const prototypePassword = 'prototype phrase for tests';

export type Agent = ReturnType<typeof request.agent>;

export type EnvKit = TestKit;

/**
 * Starts the real app with settings read from `env`, as from environment
 * variables, on a fresh data folder, or on `dataDir` to reopen one.
 */
export function startKitWith(env: Record<string, string>, dataDir?: string): Promise<EnvKit> {
  return startTestKit(dataDir, env);
}

/** Each browser's CSRF token, read once: later pages may be redirects or 429 pages without a form. */
const tokens = new WeakMap<Agent, string>();

/** Returns the browser's CSRF token, reading it from the page at `url` the first time. */
export async function csrfTokenFor(agent: Agent, url: string): Promise<string> {
  let token = tokens.get(agent);
  if (token === undefined) {
    token = csrfTokenOf((await agent.get(url)).text);
    tokens.set(agent, token);
  }
  return token;
}

/** Posts a password to the sign-in form at `signInPath`, as a browser would. */
export async function signIn(agent: Agent, signInPath: string, password: string, returnTo = ''): Promise<request.Response> {
  const token = await csrfTokenFor(agent, signInPath);
  return agent.post(signInPath).type('form').send({ password, returnTo, _csrf: token });
}

export function signInAsFacilitator(agent: Agent, password = facilitatorPassword, returnTo = ''): Promise<request.Response> {
  return signIn(agent, '/facilitator/sign-in', password, returnTo);
}

/** Posts a form with the browser's CSRF token. */
export async function postForm(agent: Agent, url: string, fields: Record<string, string>, tokenPage: string): Promise<request.Response> {
  const token = await csrfTokenFor(agent, tokenPage);
  return agent.post(url).type('form').send({ ...fields, _csrf: token });
}

/** Returns the Set-Cookie header for one cookie, or undefined when the response sets none. */
export function setCookieOf(response: request.Response, name: string): string | undefined {
  const cookies = (response.headers['set-cookie'] as unknown as string[] | undefined) ?? [];
  return cookies.find((cookie) => cookie.startsWith(`${name}=`));
}

/** Returns the value a Set-Cookie header gives its cookie, URL-decoded. */
export function cookieValueOf(setCookie: string): string {
  const pair = setCookie.split(';')[0]!;
  return decodeURIComponent(pair.slice(pair.indexOf('=') + 1));
}
