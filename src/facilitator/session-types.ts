/** Facilitator view state in one browser's session. */
export interface FacilitatorSession {
  /** True while the facilitator view is switched on in this browser. */
  on: boolean;
  /** Words that identify the research session, such as "P3, Tuesday morning". */
  label?: string;
  /** The page last shown in each journey, keyed '<council>/<journey>', recorded while the view is on. */
  shownPages?: Record<string, string>;
}

declare module 'express-session' {
  interface SessionData {
    facilitator: FacilitatorSession;
  }
}

export {};
