import { randomInt } from 'node:crypto';

/**
 * Characters of a claim reference: digits and capital letters without 0, O, 1, I and L,
 * which are easy to misread or mistype when a resident reads a reference over the phone.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const PREFIX_PATTERN = /^[A-Z][A-Z0-9]{0,7}$/;
const GROUP_LENGTH = 4;
const GROUP_COUNT = 2;

/** Matches a whole reference such as `HBC-7K4M-XP2Q`. */
export const REFERENCE_PATTERN = new RegExp(
  `^[A-Z][A-Z0-9]{0,7}(-[${REFERENCE_ALPHABET}]{${GROUP_LENGTH}}){${GROUP_COUNT}}$`,
);

/** Throws unless `prefix` is 1 to 8 capital letters or digits starting with a letter. */
export function validateReferencePrefix(prefix: string): void {
  if (!PREFIX_PATTERN.test(prefix)) {
    throw new Error(
      `Invalid reference prefix "${prefix}": expected 1 to 8 capital letters or digits, ` +
        'starting with a letter, such as "HBC".',
    );
  }
}

/**
 * Generates a reference such as `HBC-7K4M-XP2Q`: the prefix, then 8 characters from
 * REFERENCE_ALPHABET in two groups of 4, drawn with crypto.randomInt. That gives
 * 31^8 (about 8.5 * 10^11) references per prefix, so callers need to handle a
 * collision only as a rare retry.
 */
export function generateReference(prefix: string): string {
  validateReferencePrefix(prefix);
  const groups: string[] = [];
  for (let group = 0; group < GROUP_COUNT; group++) {
    let characters = '';
    for (let index = 0; index < GROUP_LENGTH; index++) {
      characters += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
    }
    groups.push(characters);
  }
  return [prefix, ...groups].join('-');
}
