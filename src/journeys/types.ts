import type {
  AnswerValue,
  Answers,
  FieldDefinition,
  Option,
  PageRule,
} from '../fields/types.js';

/** Kinds of page, after the GOV.UK Design System patterns of the same names. */
export type PageType =
  | 'start'
  | 'question'
  | 'interruption'
  | 'exit'
  | 'checkAnswers'
  | 'declaration'
  | 'confirmation';

/** The page a state shows, attached to the state as `meta.page`. */
export interface PageDefinition {
  type: PageType;
  /** The page's h1 and the first part of its title element. */
  title: string;
  caption?: string;
  hint?: string;
  fields?: FieldDefinition[];
  /** Rules across several fields of this page, such as "email or phone". */
  rules?: PageRule[];
  /** Text of the page's main button. Each page type has a default. */
  button?: string;
}

/** Values a journey's guards and pages read; councils override them. */
export type Settings = Record<string, unknown>;

/** What a guard receives: answers so far merged with this page's answers. */
export interface GuardArguments<S extends Settings = Settings> {
  answers: Answers;
  settings: S;
}

/** A named branch condition, with the words the journey map shows for it. */
export interface GuardDefinition<S extends Settings = Settings> {
  description: string;
  test: (args: GuardArguments<S>) => boolean;
}

/** A named change to the answers, run when a transition is taken. */
export interface ActionDefinition<S extends Settings = Settings> {
  description: string;
  /** Returns the answers to change; an answer set to undefined is removed. */
  update: (args: GuardArguments<S>) => Answers;
}

/** One transition out of a page: to `target`, when `guard` is true (if given). */
export interface TransitionConfig {
  target: string;
  guard?: string;
  /** Actions to run after the page's answers are saved, in order. */
  actions?: string[];
}

/** One state of a journey machine: a page and where its submission leads. */
export interface StateConfig {
  meta: { page: PageDefinition; notes?: string };
  /** Final states (exit and confirmation pages) have no way forward. */
  type?: 'final';
  on?: { NEXT: string | TransitionConfig | TransitionConfig[] };
}

export interface MachineConfig {
  initial: string;
  states: Record<string, StateConfig>;
}

/** A journey as its author declares it, before any council variant applies. */
export interface JourneyDefinition<S extends Settings = Settings> {
  id: string;
  title: string;
  /** Prefix of reference numbers, such as 'HBC'. */
  referencePrefix: string;
  settings: S;
  guards: Record<string, GuardDefinition<S>>;
  actions?: Record<string, ActionDefinition<S>>;
  machine: MachineConfig;
  /**
   * Named functions that work out a radios field's options from earlier
   * answers, used by fields with `optionsFrom`.
   */
  optionSources?: Record<string, (args: GuardArguments<S>) => Option[]>;
  /** Values worked out from answers for page templates, such as a limit that depends on age. */
  templateData?: (args: GuardArguments<S>) => Record<string, unknown>;
  /** Research recording: answer values are recorded only when `recordAnswers` is true. */
  research?: { recordAnswers?: boolean };
}

/** Council identity shown on every page. */
export interface CouncilProfile {
  /** URL segment, such as 'lambeth'. */
  id: string;
  name: string;
  /** Optional brand colour as #rrggbb. */
  brandColour?: string;
}

/** Words a council replaces on one page, by property; fields by name. */
export interface PageContentOverride {
  title?: string;
  caption?: string;
  hint?: string;
  button?: string;
  fields?: Record<
    string,
    { label?: string; hint?: string; summaryLabel?: string }
  >;
}

/** A page a council adds, optionally placed in front of an existing page. */
export interface AddedPage extends StateConfig {
  /** Transitions that led to this state lead to the added page instead. */
  insertBefore?: string;
}

/** A council's fork of a journey: only what is really its own. */
export interface CouncilVariant<S extends Settings = Settings> {
  council: CouncilProfile;
  settings?: Partial<S>;
  content?: Record<string, PageContentOverride>;
  /** Guard implementations that replace or add to the journey's own. */
  guards?: Record<string, GuardDefinition<S>>;
  /** Action implementations that replace or add to the journey's own. */
  actions?: Record<string, ActionDefinition<S>>;
  pages?: Record<string, AddedPage>;
  /** Pages to take out; transitions into them go to their unguarded next page. */
  removePages?: string[];
  /** New transitions for existing pages, by state id, replacing the journey's. */
  routes?: Record<string, NonNullable<StateConfig['on']>['NEXT']>;
  /**
   * Example answers that fit only this council, by input name, such as a
   * postcode in its area. Persona scenarios use them wherever a scenario
   * gives no answer of its own.
   */
  examples?: Record<string, string | string[]>;
}

export type { AnswerValue, Answers };
