// Preload (node --import) for Journey Kit that removes SqliteSessionStore's
// touch method before the app starts. express-session checks for the method
// once, when the middleware is created, and without it never touches the
// store after a request that left the session unchanged.

const { SqliteSessionStore } = await import(
  new URL('../../../dist/src/stores/sqlite-session-store.js', import.meta.url).href
);

delete SqliteSessionStore.prototype.touch;
