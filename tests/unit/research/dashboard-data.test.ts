import { describe, expect, it } from 'vitest';
import { median, participantTimeline, summariseJourney, timesOnPage } from '../../../src/research/dashboard-data.js';
import type { ResearchEvent } from '../../../src/research/research-event.js';
import { isBackNavigation } from '../../../src/research/recorder.js';
import { routeOrder } from '../../../src/research/route-order.js';
import { smallJourney } from './small-journey.js';

const journey = smallJourney();
let nextId = 1;

function view(researchId: string, page: string, second: number, extra: Partial<ResearchEvent> = {}): ResearchEvent {
  return { id: nextId++, researchId, council: 'somewhere', journey: 'small', kind: 'pageView', page, at: second * 1000, back: false, change: false, errors: [], ...extra };
}

function submit(researchId: string, page: string, second: number, errors: ResearchEvent['errors'] = []): ResearchEvent {
  return { ...view(researchId, page, second), kind: 'submission', valid: errors.length === 0, errors };
}

describe('median', () => {
  it('takes the middle value or the mean of the middle two', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });
});

describe('timesOnPage', () => {
  it('runs from a view to the next event that leaves the page', () => {
    const events = [
      view('a', 'rents', 0),
      submit('a', 'rents', 4, [{ field: 'rents', message: 'Select yes' }]),
      submit('a', 'rents', 9),
      view('a', 'rent', 9),
      view('a', 'rents', 15, { back: true }),
    ];
    const times = timesOnPage(events);

    expect(times.get(events[0]!.id)).toBe(9000);
    expect(times.get(events[3]!.id)).toBe(6000);
    expect(times.has(events[4]!.id)).toBe(false);
    expect(times.size).toBe(2);
  });
});

describe('routeOrder', () => {
  it('puts each page after the pages that lead to it', () => {
    expect(routeOrder(journey)).toEqual(['start', 'rents', 'owner', 'landlord', 'rent', 'check', 'done']);
  });
});

describe('isBackNavigation', () => {
  const route = ['start', 'rents', 'landlord', 'rent'];

  it.each([
    ['rents', 'rent', true],
    ['start', 'rents', true],
    ['rent', 'landlord', false],
    ['rents', 'rents', false],
    ['rents', undefined, false],
    ['rents', 'owner', false],
    ['owner', 'rent', false],
  ] as const)('viewing %s after %s is %s', (page, previous, expected) => {
    expect(isBackNavigation(route, previous, page)).toBe(expected);
  });
});

describe('summariseJourney', () => {
  const events = [
    view('a', 'start', 0, { label: 'First' }),
    submit('a', 'start', 2),
    view('a', 'rents', 2),
    submit('a', 'rents', 5, [{ field: 'rents', message: 'Select if you rent' }]),
    submit('a', 'rents', 8),
    view('a', 'owner', 8),
    view('b', 'start', 100),
    submit('b', 'start', 104),
    view('b', 'rents', 104),
    submit('b', 'rents', 105),
    view('b', 'landlord', 105),
    view('b', 'rents', 111, { back: true }),
    submit('b', 'rents', 113, [{ field: 'rents', message: 'Select if you rent' }]),
    view('c', 'start', 200),
  ];
  const research = summariseJourney(journey, events);

  it('counts reached and stopped per page in route order', () => {
    expect(research.funnel.map((step) => [step.page, step.reached, step.stoppedHere, step.final])).toEqual([
      ['start', 3, 1, false],
      ['rents', 2, 1, false],
      ['owner', 1, 1, true],
      ['landlord', 1, 0, false],
      ['rent', 0, 0, false],
      ['check', 0, 0, false],
      ['done', 0, 0, true],
    ]);
  });

  it('takes the median of each participant total', () => {
    expect(research.pageTimes.map((time) => [time.page, time.medianMs, time.participants])).toEqual([
      ['start', 3000, 2],
      ['rents', 3500, 2],
      ['landlord', 6000, 1],
    ]);
  });

  it('counts errors per field and participant', () => {
    expect(research.fieldErrors).toEqual([
      {
        page: 'rents',
        pageTitle: 'Do you rent?',
        field: 'rents',
        fieldLabel: 'Do you rent?',
        count: 2,
        participants: 2,
        messages: [{ message: 'Select if you rent', count: 2 }],
      },
    ]);
  });

  it('summarises each participant', () => {
    expect(research.participants).toEqual([
      { researchId: 'a', label: 'First', startedAt: 0, lastAt: 8000, lastPage: 'owner', finished: true, pageViews: 3, invalidSubmissions: 1, backNavigations: 0 },
      { researchId: 'b', startedAt: 100_000, lastAt: 113_000, lastPage: 'rents', finished: false, pageViews: 4, invalidSubmissions: 1, backNavigations: 1 },
      { researchId: 'c', startedAt: 200_000, lastAt: 200_000, lastPage: 'start', finished: false, pageViews: 1, invalidSubmissions: 0, backNavigations: 0 },
    ]);
    expect(research.eventCount).toBe(events.length);
  });

  it('lists pages the journey no longer has after its own', () => {
    const withOld = summariseJourney(journey, [view('d', 'start', 0), view('d', 'removedPage', 1)]);
    expect(withOld.funnel.at(-1)).toEqual({ page: 'removedPage', title: 'removedPage', final: false, reached: 1, stoppedHere: 1 });
  });
});

describe('participantTimeline', () => {
  it('gives times since the start and on each page', () => {
    const run = [view('e', 'start', 10), submit('e', 'start', 13), view('e', 'rents', 13)];
    const timeline = participantTimeline(journey, run);

    expect(timeline.map((entry) => [entry.pageTitle, entry.sinceStartMs, entry.timeOnPageMs])).toEqual([
      ['Start', 0, 3000],
      ['Start', 3000, undefined],
      ['Do you rent?', 3000, undefined],
    ]);
  });
});
