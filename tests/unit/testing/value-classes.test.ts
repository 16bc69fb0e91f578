import { describe, expect, it } from 'vitest';
import { BranchReads } from '../../../src/testing/branch-reads.js';
import { valueClasses } from '../../../src/testing/value-classes.js';

describe('valueClasses', () => {
  it('keeps one value each side of a limit', () => {
    const reads = new BranchReads();
    reads.guardReads('overLimit').add('savings');

    const classes = valueClasses({
      guards: { overLimit: { description: 'Over £6,000', test: ({ answers }) => Number(answers.savings) > 6_000 } },
      settings: {},
      reads,
      values: new Map([['savings', [1_200, 0, 10, 100, 1_000, 10_000, 100_000]]]),
      keep: new Set(),
    });

    expect(classes.get('savings')).toEqual([1_200, 10_000]);
  });

  it('tells values apart that matter only with another answer', () => {
    const reads = new BranchReads();
    for (const name of ['partner', 'partnerAge']) reads.guardReads('olderPartner').add(name);

    const classes = valueClasses({
      guards: {
        olderPartner: {
          description: 'Has a partner aged 66 or over',
          test: ({ answers }) => answers.partner === 'yes' && Number(answers.partnerAge) >= 66,
        },
      },
      settings: {},
      reads,
      values: new Map<string, Array<string | number | undefined>>([
        ['partner', ['no', 'yes']],
        ['partnerAge', [30, 35, 70]],
      ]),
      keep: new Set(),
    });

    expect(classes.get('partner')).toEqual(['no', 'yes']);
    expect(classes.get('partnerAge')).toEqual([30, 70]);
  });

  it('keeps every value of a field in keep', () => {
    const reads = new BranchReads();
    reads.guardReads('listed').add('address');

    const classes = valueClasses({
      guards: { listed: { description: 'Listed', test: ({ answers }) => answers.address !== 'notListed' } },
      settings: {},
      reads,
      values: new Map([['address', ['1', '2', 'notListed']]]),
      keep: new Set(['address']),
    });

    expect(classes.has('address')).toBe(false);
  });
});
