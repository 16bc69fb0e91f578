import type { ContactDetails } from '../benefit-claim/settings.js';

/** One address in a council's fixture list. */
export interface FixtureAddress {
  /** Unique property reference number, as councils' address gazetteers use. */
  uprn: string;
  postcode: string;
  /** The address on one line, such as "12 Castle Street, Shrewsbury". */
  line: string;
}

/** Rules and data that each council sets for missed bin reports. */
export interface MissedBinSettings extends Record<string, unknown> {
  /** Postcode areas (letters only) or districts the council covers. */
  postcodeAreas: string[];
  /** A small list of addresses standing in for the council's address lookup. */
  addresses: FixtureAddress[];
  /** Working days after the collection day in which a crew can still return. */
  reportingWindowWorkingDays: number;
  /** Days between collections of the same bin. */
  collectionIntervalDays: number;
  contact: ContactDetails;
}

export const defaultSettings: MissedBinSettings = {
  postcodeAreas: [],
  addresses: [],
  reportingWindowWorkingDays: 2,
  collectionIntervalDays: 7,
  contact: {
    name: 'Waste services',
    phone: '0300 123 4567',
    hours: 'Monday to Friday, 9am to 5pm',
  },
};
