// Preload (node --import) for Journey Kit that replaces the redis and
// connect-redis packages with small stand-ins, to measure what importing them
// adds to start-up when sessions are kept in SQLite.

import { register } from 'node:module';

register(new URL('./without-redis-hooks.mjs', import.meta.url).href);
