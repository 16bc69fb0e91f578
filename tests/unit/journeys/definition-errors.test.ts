import path from 'node:path';
import { describe, expect, it } from 'vitest';
import benefitClaim from '../../../journeys/benefit-claim/journey.js';
import { compileJourney } from '../../../src/journeys/compile-journey.js';
import { page } from '../../../src/journeys/define.js';
import { JourneyDefinitionError } from '../../../src/journeys/errors.js';
import type { CouncilVariant, JourneyDefinition } from '../../../src/journeys/types.js';

const journey = benefitClaim as unknown as JourneyDefinition;
const folder = path.join('journeys', 'benefit-claim');
const folders = { journey: folder, council: path.join(folder, 'councils', 'testshire') };
const council = { id: 'testshire', name: 'Testshire Council' };

function errorFor(variant: Partial<CouncilVariant>, definition: JourneyDefinition = journey): JourneyDefinitionError {
  try {
    compileJourney(definition, { council, ...variant }, folders);
  } catch (error) {
    if (error instanceof JourneyDefinitionError) return error;
    throw error;
  }
  throw new Error('The definition compiled without an error');
}

describe('journey definition errors', () => {
  it('names journey, council, state and fix for an unknown insertBefore', () => {
    const error = errorFor({
      pages: { extra: { insertBefore: 'nowhere', meta: page({ type: 'interruption', title: 'Extra' }), on: { NEXT: 'children' } } },
    });
    expect(error.location).toEqual({ journey: 'benefit-claim', council: 'testshire', state: 'extra' });
    expect(error.message).toContain("journey 'benefit-claim', council 'testshire', state 'extra'");
    expect(error.message).toContain("inserted before 'nowhere'");
    expect(error.fix).toMatch(/^Set insertBefore to one of: start, postcode/);
  });

  it('rejects a content override for a missing page', () => {
    expect(errorFor({ content: { nowhere: { title: 'x' } } }).problem).toContain('a page that the journey does not have');
  });

  it('rejects a content override for a missing field', () => {
    const error = errorFor({ content: { children: { fields: { kids: { label: 'x' } } } } });
    expect(error.location.state).toBe('children');
    expect(error.problem).toBe("the council overrides the words of field 'kids', which the page does not have");
  });

  it('overrides the words of a revealed field', () => {
    const compiled = compileJourney(
      journey,
      { council, content: { children: { fields: { childrenCount: { label: 'Number of children' } } } } },
      folders,
    );
    const radios = compiled.pages.get('children')!.fields[0]!;
    const reveal = radios.type === 'radios' ? radios.options[0]!.reveals![0]! : undefined;
    expect(reveal?.label).toBe('Number of children');
  });

  it('rejects a brand colour white text cannot be read on', () => {
    const error = errorFor({ council: { ...council, brandColour: '#ffdd00' } });
    expect(error.location).toEqual({ journey: 'benefit-claim', council: 'testshire' });
    expect(error.problem).toContain('contrast ratio of 1.');
  });

  it('rejects a guard no one provides', () => {
    const error = errorFor({ routes: { student: [{ guard: 'isRich', target: 'checkAnswers' }, { target: 'yourDetails' }] } });
    expect(error.location.state).toBe('student');
    expect(error.problem).toBe("the guard 'isRich' is used but not provided");
  });

  it('rejects an action no one provides', () => {
    const error = errorFor({
      routes: { student: [{ guard: 'isStudent', target: 'studentContact', actions: ['forget'] }, { target: 'yourDetails' }] },
    });
    expect(error.problem).toBe("the action 'forget' is used but not provided");
  });

  it('rejects a transition to a missing page', () => {
    const error = errorFor({ routes: { student: 'nowhere' } });
    expect(error.problem).toBe("a transition goes to 'nowhere', which does not exist");
  });

  it('rejects new routes for a final page', () => {
    expect(errorFor({ routes: { confirmation: 'start' } }).problem).toContain('final page');
  });

  it('rejects removing a page that has only guarded ways out', () => {
    const error = errorFor({
      routes: { savings: [{ guard: 'isStudent', target: 'student' }] },
      removePages: ['savings'],
    });
    expect(error.problem).toContain('no unguarded transition');
  });

  it('rejects a page nobody can reach', () => {
    const error = errorFor({
      pages: { orphan: { meta: page({ type: 'interruption', title: 'Orphan' }), on: { NEXT: 'children' } } },
    });
    expect(error.location.state).toBe('orphan');
    expect(error.problem).toContain('nobody can reach it');
  });

  it('rejects a field name used on two pages', () => {
    const error = errorFor({
      pages: {
        extra: {
          insertBefore: 'children',
          meta: page({ type: 'question', title: 'Extra', fields: [{ type: 'text', name: 'postcode', label: 'Postcode again' }] }),
          on: { NEXT: 'children' },
        },
      },
    });
    expect(error.problem).toContain("the field name 'postcode' is also used on the page 'postcode'");
  });

  it.each(['1900-13-01', '1 January 1900', '1900-02-30'])('rejects earliest date %j', (earliest) => {
    const error = errorFor({
      pages: {
        extra: {
          insertBefore: 'children',
          meta: page({ type: 'question', title: 'Extra', fields: [{ type: 'date', name: 'moveDate', label: 'Moving date', earliest }] }),
          on: { NEXT: 'children' },
        },
      },
    });

    expect(error.location).toEqual({ journey: 'benefit-claim', council: 'testshire', state: 'extra' });
    expect(error.problem).toBe(`the field 'moveDate' has earliest '${earliest}', which is not a real date in the form YYYY-MM-DD`);
  });

  it('compiles when a removed page has a way through', () => {
    const compiled = compileJourney(journey, { council, removePages: ['councilTaxOnly'] }, folders);
    expect(compiled.pages.has('councilTaxOnly')).toBe(false);
    expect(compiled.config.states.specialAccommodation?.on?.NEXT).toContainEqual({ target: 'partner' });
  });
});
