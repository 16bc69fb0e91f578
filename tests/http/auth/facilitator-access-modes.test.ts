import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facilitatorAccessModeOf } from '../../../src/auth/facilitator-access.js';
import { createApp } from '../../../src/server/app.js';
import { ConfigurationError, readConfig } from '../../../src/server/config.js';
import { createLogger } from '../../../src/server/logger.js';
import { headingOf } from '../../support/participant.js';
import {
  facilitatorPassword,
  postForm,
  prototypePassword,
  setCookieOf,
  signIn,
  startKitWith,
  type Agent,
  type EnvKit,
} from '../../support/facilitator-kit.js';
import { panelOf } from '../facilitator/facilitator-support.js';
import { labelSession, sessionIdOf } from '../research/research-support.js';

const started: EnvKit[] = [];

async function kitWith(env: Record<string, string>): Promise<EnvKit> {
  const kit = await startKitWith(env);
  started.push(kit);
  return kit;
}

afterAll(() => {
  for (const kit of started) kit.dispose();
});

describe('FACILITATOR_PASSWORD setting', () => {
  it('stops start-up when it equals PROTOTYPE_PASSWORD', () => {
    const read = () => readConfig({ PROTOTYPE_PASSWORD: 'same phrase', FACILITATOR_PASSWORD: 'same phrase' });

    expect(read).toThrow(ConfigurationError);
    expect(read).toThrow(/FACILITATOR_PASSWORD must differ from PROTOTYPE_PASSWORD: participants are given the prototype password/);
  });

  it('stops the app when a config object has the same passwords', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'journey-kit-facilitator-'));
    const config = {
      ...readConfig({ NODE_ENV: 'test' }),
      dataDir,
      prototypePassword: 'same phrase',
      facilitatorPassword: 'same phrase',
    };
    try {
      expect(() => createApp(config, [], createLogger('silent'))).toThrow(ConfigurationError);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('is read with the prototype password', () => {
    const config = readConfig({ PROTOTYPE_PASSWORD: prototypePassword, FACILITATOR_PASSWORD: facilitatorPassword });

    expect(config.facilitatorPassword).toBe(facilitatorPassword);
    expect(config.prototypePassword).toBe(prototypePassword);
    expect(readConfig({ FACILITATOR_PASSWORD: '' }).facilitatorPassword).toBeUndefined();
  });

  const modes: Array<[Record<string, string>, string]> = [
    [{}, 'open'],
    [{ NODE_ENV: 'test' }, 'open'],
    [{ NODE_ENV: 'production' }, 'off'],
    [{ PROTOTYPE_PASSWORD: prototypePassword }, 'off'],
    [{ HOST: '0.0.0.0' }, 'off'],
    [{ HOST: '192.168.1.20' }, 'off'],
    [{ HOST: 'localhost' }, 'open'],
    [{ HOST: '::1' }, 'open'],
    [{ HOST: '0.0.0.0', FACILITATOR_PASSWORD: facilitatorPassword }, 'password'],
    [{ FACILITATOR_PASSWORD: facilitatorPassword }, 'password'],
    [{ FACILITATOR_PASSWORD: facilitatorPassword, NODE_ENV: 'production' }, 'password'],
    [{ FACILITATOR_PASSWORD: facilitatorPassword, PROTOTYPE_PASSWORD: prototypePassword }, 'password'],
  ];
  for (const [env, mode] of modes) {
    it(`makes the tools ${mode} with ${JSON.stringify(env)}`, () => {
      expect(facilitatorAccessModeOf(readConfig(env))).toBe(mode);
    });
  }
});

const toolUrls = [
  '/facilitator',
  '/facilitator/sign-in',
  '/facilitator/lambeth/benefit-claim/map',
  '/facilitator/lambeth/benefit-claim/map.svg',
  '/research',
  '/research/lambeth/benefit-claim',
  '/research/lambeth/benefit-claim/events.csv',
];

/** Checks that every tool URL responds with the styled 403 page. */
async function expectSwitchedOff(agent: Agent): Promise<void> {
  for (const url of toolUrls) {
    const response = await agent.get(url);
    expect(response.status, url).toBe(403);
    expect(response.headers['content-type'], url).toMatch(/^text\/html/);
    expect(headingOf(response.text), url).toBe('Facilitator tools are switched off');
    expect(response.text, url).toContain('<code>FACILITATOR_PASSWORD</code>');
    expect(response.text, url).toContain('This is a prototype.');
  }
}

describe('without FACILITATOR_PASSWORD in production', () => {
  let kit: EnvKit;

  beforeAll(async () => {
    kit = await kitWith({ NODE_ENV: 'production' });
  });

  it('switches the tools and the dashboard off', async () => {
    await expectSwitchedOff(request.agent(kit.app));
  });

  it('rejects switching the facilitator view on', async () => {
    const agent = request.agent(kit.app);

    const response = await postForm(agent, '/facilitator/view', { view: 'on' }, '/lambeth/benefit-claim/start');

    expect(response.status).toBe(403);
    expect(headingOf(response.text)).toBe('Facilitator tools are switched off');
  });

  it('never shows the panel, even to a session with the view on', async () => {
    const agent = request.agent(kit.app);
    const first = await agent.get('/lambeth/benefit-claim/start');
    labelSession(kit.dataDir, sessionIdOf(setCookieOf(first, 'journey-kit.sid')!), 'P1');

    const page = await agent.get('/lambeth/benefit-claim/start');

    expect(page.status).toBe(200);
    expect(panelOf(page.text)).toBeUndefined();
  });

  it('still serves journey pages', async () => {
    expect((await request(kit.app).get('/lambeth/benefit-claim/start')).status).toBe(200);
  });
});

describe('without FACILITATOR_PASSWORD but with PROTOTYPE_PASSWORD', () => {
  it('switches the tools and the dashboard off after the prototype sign-in', async () => {
    const kit = await kitWith({ PROTOTYPE_PASSWORD: prototypePassword });
    const agent = request.agent(kit.app);
    const signedIn = await signIn(agent, '/sign-in', prototypePassword);

    expect(signedIn.status).toBe(303);
    await expectSwitchedOff(agent);
  });
});

describe('without FACILITATOR_PASSWORD on a local run', () => {
  it('leaves the tools and the dashboard open', async () => {
    const kit = await kitWith({});
    const agent = request.agent(kit.app);

    const switched = await postForm(agent, '/facilitator/view', { view: 'on' }, '/facilitator');
    const page = await agent.get('/lambeth/benefit-claim/start');

    for (const url of toolUrls.filter((url) => url !== '/facilitator/sign-in')) {
      expect((await agent.get(url)).status, url).toBe(200);
    }
    expect((await agent.get('/facilitator/sign-in')).status).toBe(404);
    expect(switched.status).toBe(303);
    expect(panelOf(page.text)).toBeDefined();
    expect(page.text).not.toContain('action="/facilitator/sign-out"');
  });
});
