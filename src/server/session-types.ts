import type { JourneyProgress } from '../engine/progress.js';

declare module 'express-session' {
  interface SessionData {
    /** Progress through each council's journey, keyed '<council>/<journey>'. */
    progress: Record<string, JourneyProgress>;
  }
}

export {};
