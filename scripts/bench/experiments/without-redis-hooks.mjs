// Module hooks for without-redis.mjs: resolve `redis` and `connect-redis` to
// stand-ins that fail if a Redis session store is actually created.

const stubs = {
  redis: `export function createClient() { throw new Error('redis is replaced by a stand-in in this experiment'); }`,
  'connect-redis': `export class RedisStore { constructor() { throw new Error('connect-redis is replaced by a stand-in in this experiment'); } }`,
};

export async function resolve(specifier, context, nextResolve) {
  if (Object.hasOwn(stubs, specifier)) {
    return { url: `bench-stub:${specifier}`, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url.startsWith('bench-stub:')) {
    return { format: 'module', source: stubs[url.slice('bench-stub:'.length)], shortCircuit: true };
  }
  return nextLoad(url, context);
}
