/** A validation error shown to a participant: the field and its message, never the value. */
export interface RecordedFieldError {
  field: string;
  message: string;
}

/** One page view or submission, as the recorder stores it. */
export interface NewResearchEvent {
  /** Random id of one participant's run through a journey (the progress runId). */
  researchId: string;
  council: string;
  journey: string;
  kind: 'pageView' | 'submission';
  /** State id of the page. */
  page: string;
  /** Milliseconds since the Unix epoch. */
  at: number;
  /** Page views only: the page comes earlier on the route than the page viewed before it. */
  back: boolean;
  /** Page views only: opened from a Change link on the check answers page. */
  change: boolean;
  /** Submissions only: true when the page accepted the answers. */
  valid?: boolean;
  /** Valid submissions only: the state the participant was sent to. */
  next?: string;
  /** Submissions only: the fields that failed validation. */
  errors: RecordedFieldError[];
  /** Only for journeys with `research.recordAnswers`: the page's answers or inputs. */
  answers?: Record<string, unknown>;
  /** Facilitator's label for the session, when one was set. */
  label?: string;
}

/** A stored event, with its row id. */
export interface ResearchEvent extends NewResearchEvent {
  id: number;
}

/** Recorded totals for one council's journey. */
export interface JourneyActivity {
  council: string;
  journey: string;
  participants: number;
  events: number;
  /** Time of the latest event, in milliseconds since the Unix epoch. */
  lastAt: number;
}
