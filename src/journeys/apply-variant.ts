import type { FieldDefinition } from '../fields/types.js';
import { JourneyDefinitionError, type DefinitionLocation } from './errors.js';
import type {
  CouncilVariant,
  JourneyDefinition,
  MachineConfig,
  PageContentOverride,
  PageDefinition,
  StateConfig,
  TransitionConfig,
} from './types.js';

/** Returns a state's NEXT transitions as a list, whatever form the author used. */
export function transitionsOf(state: StateConfig): TransitionConfig[] {
  const next = state.on?.NEXT;
  if (next === undefined) return [];
  if (typeof next === 'string') return [{ target: next }];
  return Array.isArray(next) ? next : [next];
}

function retarget(
  states: Record<string, StateConfig>,
  from: string,
  to: string,
  skip: string,
): void {
  for (const [id, state] of Object.entries(states)) {
    if (id === skip || !state.on) continue;
    const transitions = transitionsOf(state).map((transition) =>
      transition.target === from ? { ...transition, target: to } : transition,
    );
    states[id] = { ...state, on: { NEXT: transitions } };
  }
}

type FieldOverrides = NonNullable<PageContentOverride['fields']>;

/** Applies word overrides to fields and the fields their options reveal, noting which were used. */
function overrideFields(
  fields: FieldDefinition[],
  overrides: FieldOverrides,
  used: Set<string>,
): FieldDefinition[] {
  return fields.map((field) => {
    const override = overrides[field.name];
    if (override) used.add(field.name);
    const updated = { ...field, ...override } as FieldDefinition;
    if (updated.type !== 'radios' && updated.type !== 'checkboxes') return updated;
    const options = updated.options.map((option) =>
      option.reveals ? { ...option, reveals: overrideFields(option.reveals, overrides, used) } : option,
    );
    return { ...updated, options } as FieldDefinition;
  });
}

function applyContent(
  page: PageDefinition,
  override: PageContentOverride,
  location: DefinitionLocation,
): PageDefinition {
  const { fields: fieldOverrides, ...words } = override;
  if (!fieldOverrides) return { ...page, ...words };

  const used = new Set<string>();
  const fields = overrideFields(page.fields ?? [], fieldOverrides, used);
  const unused = Object.keys(fieldOverrides).filter((name) => !used.has(name));
  if (unused.length > 0) {
    throw new JourneyDefinitionError(
      location,
      `the council overrides the words of field '${unused[0]}', which the page does not have`,
      `Use one of the page's fields: ${fields.map((field) => field.name).join(', ') || 'it has none'}`,
    );
  }
  return { ...page, ...words, fields };
}

/**
 * Returns the journey's machine config with a council's pages added and
 * removed and its words applied. The journey's own config is not changed.
 */
export function applyVariant(
  journey: JourneyDefinition,
  variant: CouncilVariant,
): MachineConfig {
  const location = { journey: journey.id, council: variant.council.id };
  const states: Record<string, StateConfig> = { ...journey.machine.states };
  let initial = journey.machine.initial;

  // Routes come first, so that a page inserted before a route's target also takes over that route.
  for (const [id, next] of Object.entries(variant.routes ?? {})) {
    const state = states[id];
    if (!state || state.type === 'final') {
      throw new JourneyDefinitionError(
        { ...location, state: id },
        state
          ? 'the council gives new transitions to a final page'
          : 'the council gives new transitions to a page that the journey does not have',
        state ? `Remove '${id}' from routes` : `Use one of: ${Object.keys(states).join(', ')}`,
      );
    }
    states[id] = { ...state, on: { NEXT: next } };
  }

  for (const [id, added] of Object.entries(variant.pages ?? {})) {
    const { insertBefore, ...state } = added;
    if (states[id]) {
      throw new JourneyDefinitionError(
        { ...location, state: id },
        'the council adds a page with the same name as a journey page',
        'Rename the added page, or change the journey page through `content`',
      );
    }
    if (insertBefore !== undefined) {
      if (!states[insertBefore]) {
        throw new JourneyDefinitionError(
          { ...location, state: id },
          `the page is inserted before '${insertBefore}', which the journey does not have`,
          `Set insertBefore to one of: ${Object.keys(states).join(', ')}`,
        );
      }
      retarget(states, insertBefore, id, id);
      if (initial === insertBefore) initial = id;
    }
    states[id] = state;
  }

  for (const id of variant.removePages ?? []) {
    const state = states[id];
    const fallback = state && transitionsOf(state).find((t) => !t.guard);
    if (!state || !fallback) {
      throw new JourneyDefinitionError(
        { ...location, state: id },
        state
          ? 'the removed page has no unguarded transition to send its visitors to'
          : 'the council removes a page that the journey does not have',
        state
          ? 'Add a transition without a guard to the page, or keep the page'
          : `Remove '${id}' from removePages`,
      );
    }
    delete states[id];
    retarget(states, id, fallback.target, id);
    if (initial === id) initial = fallback.target;
  }

  for (const [id, override] of Object.entries(variant.content ?? {})) {
    const state = states[id];
    if (!state) {
      throw new JourneyDefinitionError(
        { ...location, state: id },
        'the council overrides the words of a page that the journey does not have',
        `Use one of: ${Object.keys(states).join(', ')}`,
      );
    }
    const page = applyContent(state.meta.page, override, { ...location, state: id });
    states[id] = { ...state, meta: { ...state.meta, page } };
  }

  return { initial, states };
}
