import { describe, expect, it } from 'vitest';
import { brandColourProblem, contrastRatio } from '../../../src/journeys/brand-colour.js';

describe('brand colour contrast', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#1d70b8', '#ffffff', 5.17],
  ])('contrast of %s on %s is %d', (first, second, expected) => {
    expect(contrastRatio(first, second)).toBeCloseTo(expected, 2);
  });

  it.each(['#005a30', '#1d4f91', '#0b0c0c', '#767676'])('accepts %s behind white text', (colour) => {
    expect(brandColourProblem(colour)).toBeUndefined();
  });

  it.each(['#ffdd00', '#85994b', '#777777', '#ffffff'])('rejects %s behind white text', (colour) => {
    expect(brandColourProblem(colour)).toMatch(/below the 4.5:1 that WCAG 2.2 AA requires/);
  });

  it.each(['green', '#fff', '#12345g', ''])('rejects malformed %j', (colour) => {
    expect(brandColourProblem(colour)).toMatch(/is not a #rrggbb colour/);
  });
});
