import type { AnyStateMachine } from 'xstate';
import type { FieldDefinition } from '../fields/types.js';
import type {
  CouncilProfile,
  JourneyDefinition,
  MachineConfig,
  PageDefinition,
  Settings,
} from './types.js';

/** One page of a council's journey, with the council's words applied. */
export interface CompiledPage {
  /** State id, such as 'dateOfBirth'. */
  id: string;
  /** URL segment, such as 'date-of-birth'. */
  slug: string;
  definition: PageDefinition;
  fields: FieldDefinition[];
  final: boolean;
  notes?: string;
}

/** A journey as one council serves it: the thing the server and tests run. */
export interface CompiledJourney {
  id: string;
  title: string;
  referencePrefix: string;
  council: CouncilProfile;
  settings: Settings;
  machine: AnyStateMachine;
  /** The machine config after the council's variant applied: plain data for tools. */
  config: MachineConfig;
  initial: string;
  pages: ReadonlyMap<string, CompiledPage>;
  pagesBySlug: ReadonlyMap<string, CompiledPage>;
  /** Folders whose pages/<state>.njk templates hold page words, council first. */
  templateDirs: string[];
  templateData?: JourneyDefinition['templateData'];
  research?: JourneyDefinition['research'];
  optionSources: NonNullable<JourneyDefinition['optionSources']>;
  /** The council's example answers, by input name. */
  examples: Readonly<Record<string, string | string[]>>;
  /** Each guard's description by guard name, council guards replacing the journey's. */
  guardDescriptions: Readonly<Record<string, string>>;
  /** Changes whenever the states or transitions change. */
  fingerprint: string;
}
