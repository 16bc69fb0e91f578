/** Contact details shown on exit and confirmation pages. */
export interface ContactDetails {
  /** Team or centre name, such as "Benefits contact centre". */
  name: string;
  phone: string;
  /** Opening times, such as "Monday to Friday, 9am to 5pm". */
  hours: string;
  /** Web chat page, where the council offers one. */
  chatUrl?: string;
  /** Walk-in centre address, one line per item. */
  walkIn?: { address: string[]; hours: string };
}

/** Rules and words that each council sets for the benefit claim. */
export interface BenefitClaimSettings extends Record<string, unknown> {
  /**
   * Postcode areas (letters only, such as 'SY') or districts (such as 'SE11')
   * that the council covers.
   */
  postcodeAreas: string[];
  /** Age from which the pension-age rules apply. 66 for people born before 6 April 1960. */
  pensionAge: number;
  /** Housing Benefit savings limit in pounds, set nationally. */
  housingBenefitSavingsLimit: number;
  /** Working-age Council Tax Reduction savings limit in pounds, set by each council in England. */
  councilTaxReductionSavingsLimit: number;
  /** Pension-age Council Tax Reduction savings limit in pounds, set nationally. */
  pensionAgeCouncilTaxReductionSavingsLimit: number;
  /** Largest working-age reduction, as a percentage of the council tax bill. */
  maximumCouncilTaxReductionPercent: number;
  contact: ContactDetails;
}

export const defaultSettings: BenefitClaimSettings = {
  postcodeAreas: [],
  pensionAge: 66,
  housingBenefitSavingsLimit: 16_000,
  councilTaxReductionSavingsLimit: 16_000,
  pensionAgeCouncilTaxReductionSavingsLimit: 16_000,
  maximumCouncilTaxReductionPercent: 100,
  contact: {
    name: 'Benefits team',
    phone: '0300 123 4567',
    hours: 'Monday to Friday, 9am to 5pm',
  },
};
