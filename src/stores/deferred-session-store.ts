import { Store, type SessionData } from 'express-session';

type Callback = (error?: unknown, data?: any) => void;

/**
 * Session store that forwards each call to a store still being created, so
 * that a store whose packages are imported on demand can be given to
 * express-session at once. Each call waits for the real store. If creating it
 * failed, the call gets that error.
 *
 * It has no `touch`, so express-session never touches an unchanged session
 * through it: the kit's session cookies are not rolling, and the stores it
 * defers are created without touching.
 */
export class DeferredSessionStore extends Store {
  constructor(private readonly target: Promise<Store>) {
    super();
    // Each caller gets the failure. This handler keeps a failure before the first call from being reported as unhandled.
    target.catch(() => undefined);
  }

  override get(sid: string, callback: Callback): void {
    this.forward(callback, (store) => store.get(sid, callback));
  }

  override set(sid: string, session: SessionData, callback?: Callback): void {
    this.forward(callback, (store) => store.set(sid, session, callback));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.forward(callback, (store) => store.destroy(sid, callback));
  }

  private forward(callback: Callback | undefined, call: (store: Store) => void): void {
    this.target.then(call, (error: unknown) => callback?.(error));
  }
}
