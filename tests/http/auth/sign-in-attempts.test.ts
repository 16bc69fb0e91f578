import request from 'supertest';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { headingOf } from '../../support/participant.js';
import {
  facilitatorPassword,
  prototypePassword,
  setCookieOf,
  signIn,
  signInAsFacilitator,
  startKitWith,
  type EnvKit,
} from '../../support/facilitator-kit.js';

const bothPasswords = { PROTOTYPE_PASSWORD: prototypePassword, FACILITATOR_PASSWORD: facilitatorPassword };
const started: EnvKit[] = [];

async function kitWith(env: Record<string, string>, dataDir?: string): Promise<EnvKit> {
  const kit = await startKitWith(env, dataDir);
  started.push(kit);
  return kit;
}

afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => {
  for (const kit of started) kit.dispose();
});

describe('facilitator sign-in attempts', () => {
  it('are limited to 5 wrong ones in 15 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
    const kit = await kitWith({ FACILITATOR_PASSWORD: facilitatorPassword });
    const agent = request.agent(kit.app);

    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await signInAsFacilitator(agent, `wrong ${attempt}`)).status, `attempt ${attempt}`).toBe(400);
    }
    const limited = await signInAsFacilitator(agent, facilitatorPassword);
    const page = await agent.get('/facilitator/sign-in');

    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('900');
    expect(headingOf(limited.text)).toBe('Too many attempts to sign in');
    expect(limited.text).toContain('Wait 15 minutes');
    expect(limited.text).toContain('href="/facilitator/sign-in"');
    expect(setCookieOf(limited, 'journey-kit.facilitator')).toBeUndefined();
    expect(page.status).toBe(429);

    vi.setSystemTime(new Date('2026-03-02T10:14:59Z'));
    expect((await signInAsFacilitator(agent, facilitatorPassword)).status).toBe(429);

    vi.setSystemTime(new Date('2026-03-02T10:15:00Z'));
    const after = await signInAsFacilitator(agent, facilitatorPassword);
    expect(after.status).toBe(303);
    expect(setCookieOf(after, 'journey-kit.facilitator')).toBeDefined();
  });

  it('start counting again after a right one', async () => {
    const kit = await kitWith({ FACILITATOR_PASSWORD: facilitatorPassword });
    const agent = request.agent(kit.app);
    for (let attempt = 1; attempt <= 4; attempt += 1) await signInAsFacilitator(agent, 'wrong');
    await signInAsFacilitator(agent, facilitatorPassword);

    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await signInAsFacilitator(agent, 'wrong')).status, `attempt ${attempt}`).toBe(400);
    }
    expect((await signInAsFacilitator(agent, 'wrong')).status).toBe(429);
  });

  it('are still counted after a restart', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-02T10:00:00Z'));
    const first = await startKitWith({ FACILITATOR_PASSWORD: facilitatorPassword });
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await signInAsFacilitator(request.agent(first.app), 'wrong');
    }
    first.close();

    vi.setSystemTime(new Date('2026-03-02T10:05:00Z'));
    const restarted = await kitWith({ FACILITATOR_PASSWORD: facilitatorPassword }, first.dataDir);
    const response = await request(restarted.app).get('/facilitator/sign-in');

    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('600');
  });
});

describe('both sign-in forms', () => {
  it('share one count of wrong attempts', async () => {
    const kit = await kitWith(bothPasswords);
    const prototypeAgent = request.agent(kit.app);
    const facilitatorAgent = request.agent(kit.app);
    await signIn(facilitatorAgent, '/sign-in', prototypePassword);

    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect((await signIn(prototypeAgent, '/sign-in', 'wrong')).status, `prototype attempt ${attempt}`).toBe(400);
    }
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      expect((await signInAsFacilitator(facilitatorAgent, 'wrong')).status, `facilitator attempt ${attempt}`).toBe(400);
    }

    expect((await signIn(prototypeAgent, '/sign-in', prototypePassword)).status).toBe(429);
    expect((await signInAsFacilitator(facilitatorAgent, facilitatorPassword)).status).toBe(429);
  });

  it('give no more facilitator guesses for signing in as a participant', async () => {
    const kit = await kitWith(bothPasswords);
    const agent = request.agent(kit.app);
    await signIn(agent, '/sign-in', prototypePassword);

    for (let attempt = 1; attempt <= 4; attempt += 1) await signInAsFacilitator(agent, 'wrong');
    const participant = request.agent(kit.app);
    const prototypeSignIn = await signIn(participant, '/sign-in', prototypePassword);
    const fifth = await signInAsFacilitator(agent, 'wrong');
    const sixth = await signInAsFacilitator(agent, facilitatorPassword);

    expect(prototypeSignIn.status).toBe(303);
    expect(fifth.status).toBe(400);
    expect(sixth.status).toBe(429);
  });

  it('forget only the signed-in form’s wrong attempts', async () => {
    const kit = await kitWith(bothPasswords);
    const agent = request.agent(kit.app);
    for (let attempt = 1; attempt <= 2; attempt += 1) await signIn(agent, '/sign-in', 'wrong');
    await signIn(agent, '/sign-in', prototypePassword);
    for (let attempt = 1; attempt <= 4; attempt += 1) await signInAsFacilitator(agent, 'wrong');

    const fifth = await signInAsFacilitator(agent, 'wrong');
    const sixth = await signInAsFacilitator(agent, 'wrong');

    expect(fifth.status).toBe(400);
    expect(sixth.status).toBe(429);
  });
});
