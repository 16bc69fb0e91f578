import path from 'node:path';
import { describe, expect, it } from 'vitest';
import benefitClaim from '../../../journeys/benefit-claim/journey.js';
import lambeth from '../../../journeys/benefit-claim/councils/lambeth/variant.js';
import { compareVariants } from '../../../src/compare/compare-variants.js';
import { formatComparisonText } from '../../../src/compare/format-comparison.js';
import { compileJourney } from '../../../src/journeys/compile-journey.js';
import { loadJourneys } from '../../../src/journeys/load-journeys.js';
import { journeysSourceDir } from '../../../src/paths.js';
import type { JourneyDefinition, CouncilVariant } from '../../../src/journeys/types.js';

const journeys = await loadJourneys();
const find = (journey: string, council: string) =>
  journeys.find((j) => j.id === journey && j.council.id === council)!;

describe('compareVariants', () => {
  const comparison = compareVariants(find('benefit-claim', 'shropshire'), find('benefit-claim', 'lambeth'));

  it('lists pages only one council has', () => {
    expect(comparison.pages.onlyA.map((page) => page.state)).toEqual(['movableHome', 'pitchFees']);
    expect(comparison.pages.onlyB.map((page) => page.state)).toEqual(['savingsHousingBenefitOnly', 'councilPlacement']);
  });

  it('lists branches only one council has', () => {
    expect(comparison.branches.onlyA).toContainEqual({ from: 'movableHome', to: 'pitchFees', guard: 'livesInMovableHome' });
    expect(comparison.branches.onlyB).toContainEqual({ from: 'tenure', to: 'councilPlacement', guard: 'rents' });
    expect(comparison.branches.onlyA).not.toContainEqual({ from: 'start', to: 'postcode' });
  });

  it('lists settings that differ and no others', () => {
    const keys = comparison.settings.map((difference) => difference.where).sort();
    expect(keys).toEqual([
      'brandColour',
      'contact',
      'councilTaxReductionSavingsLimit',
      'maximumCouncilTaxReductionPercent',
      'postcodeAreas',
    ]);
    expect(comparison.settings.find((d) => d.where === 'councilTaxReductionSavingsLimit')).toMatchObject({ a: 16000, b: 6000 });
  });

  it('lists words that differ', () => {
    const places = comparison.words.map((difference) => difference.where);
    expect(places).toContain('postcode › field postcode › hint');
    expect(places).toContain('pages/start-help.njk');
    expect(places).not.toContain('pages/start.njk');
  });

  it('finds a council route change in missed bin', () => {
    const bins = compareVariants(find('missed-bin', 'shropshire'), find('missed-bin', 'lambeth'));
    expect(bins.branches.onlyB).toContainEqual({ from: 'collectionDate', to: 'assisted', guard: 'usesCommunalBins' });
    expect(bins.pages.onlyA.map((page) => page.state)).toContain('collectionPoint');
    expect(bins.settings.map((difference) => difference.where)).toContain('reportingWindowWorkingDays');
  });

  it('finds nothing between identical variants', () => {
    const folder = path.join(journeysSourceDir, 'benefit-claim');
    const folders = { journey: folder, council: path.join(folder, 'councils', 'lambeth') };
    const twin: CouncilVariant = { ...(lambeth as unknown as CouncilVariant), council: { ...lambeth.council, id: 'lambeth-twin', name: 'Lambeth twin' } };
    const original = compileJourney(benefitClaim as unknown as JourneyDefinition, lambeth as unknown as CouncilVariant, folders);
    const copy = compileJourney(benefitClaim as unknown as JourneyDefinition, twin, folders);

    const same = compareVariants(original, copy);

    expect(same.same).toBe(true);
    expect(formatComparisonText(same)).toContain('No differences.');
  });

  it('formats differences as text', () => {
    const text = formatComparisonText(comparison);
    expect(text).toContain('Pages only Shropshire Council has:');
    expect(text).toContain('movableHome → pitchFees when livesInMovableHome');
    expect(text).toContain('Lambeth Council: 6000');
  });
});
