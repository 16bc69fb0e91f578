/**
 * Reading one field's inputs from a parsed form body.
 *
 * Bodies come from the network, so a value may be missing, a string, an array
 * (when a name is repeated) or, with some body parsers, a nested object. None of
 * these throws: callers get a result they can turn into a validation error.
 */
import type { FormBody } from './types.js';

/** One input that expects a single value. */
export type SingleValue =
  | { kind: 'empty' }
  | { kind: 'multiple' }
  | { kind: 'value'; text: string };

// C0 controls, DEL and C1 controls. A person cannot type these into a form
// input, so they come from pasted text or hand-made requests.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
const CONTROL_CHARACTERS_EXCEPT_TAB_AND_NEWLINE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// A UTF-16 surrogate without its pair, which JSON bodies can contain. Some
// validator functions throw URIError on these, so they become U+FFFD.
const LONE_SURROGATE =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Zero-width space, zero-width non-joiner and joiner, word joiner and byte
// order mark, which pasted text can carry at either end.
const INVISIBLE_AT_EDGES = new Set(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
// Text made only of whitespace and characters that Unicode marks as default
// ignorable (they show nothing: bidirectional marks, fillers, soft hyphens,
// variation selectors, tags). Anchored at both ends, so it runs in linear time.
const ONLY_INVISIBLE = /^[\s\p{Default_Ignorable_Code_Point}]*$/u;

function isBlankAtEdge(character: string): boolean {
  return INVISIBLE_AT_EDGES.has(character) || character.trim() === '';
}

/**
 * Removes whitespace and zero-width characters from both ends, and returns ''
 * for text that shows nothing at all. Joiners and variation selectors inside
 * or after visible text stay, because some scripts and emoji need them. A loop
 * rather than a regular expression keeps the time linear for long runs of
 * spaces.
 */
function trimBlank(text: string): string {
  if (ONLY_INVISIBLE.test(text)) return '';
  let start = 0;
  let end = text.length;
  while (start < end && isBlankAtEdge(text[start]!)) start += 1;
  while (end > start && isBlankAtEdge(text[end - 1]!)) end -= 1;
  return text.slice(start, end);
}

/** Returns the raw value of `name`, or undefined when the body has no own `name`. */
export function rawValue(body: FormBody, name: string): unknown {
  return Object.hasOwn(body, name) ? body[name] : undefined;
}

/**
 * Cleans a single-line value: Unicode NFC, control characters replaced by
 * spaces, lone surrogates replaced by U+FFFD, and surrounding whitespace and
 * invisible characters trimmed.
 */
export function cleanLine(raw: string): string {
  const cleaned = raw
    .replace(LONE_SURROGATE, '\ufffd')
    .normalize('NFC')
    .replace(CONTROL_CHARACTERS, ' ');
  return trimBlank(cleaned);
}

/**
 * Cleans a multi-line value: line breaks become `\n` (as the browser's
 * `textarea.value` reports them), other control characters except tab are
 * removed, lone surrogates become U+FFFD, and surrounding whitespace and
 * invisible characters are trimmed.
 */
export function cleanMultiline(raw: string): string {
  const cleaned = raw
    .replace(LONE_SURROGATE, '\ufffd')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS_EXCEPT_TAB_AND_NEWLINE, '');
  return trimBlank(cleaned);
}

/** Reads an input that expects one value. An array or object is `multiple`. */
export function readSingle(
  body: FormBody,
  name: string,
  clean: (raw: string) => string = cleanLine,
): SingleValue {
  const raw = rawValue(body, name);
  if (raw === undefined || raw === null) {
    return { kind: 'empty' };
  }
  if (typeof raw !== 'string') {
    return { kind: 'multiple' };
  }
  const text = clean(raw);
  return text === '' ? { kind: 'empty' } : { kind: 'value', text };
}

/**
 * Reads an input that may repeat, such as a checkbox group. A single string is
 * a one-item list. Blank items and items that are not strings are dropped.
 */
export function readList(body: FormBody, name: string): string[] {
  const raw = rawValue(body, name);
  const items = Array.isArray(raw) ? raw : [raw];
  return items
    .filter((item): item is string => typeof item === 'string')
    .map(cleanLine)
    .filter((item) => item !== '');
}

/** Returns true when any of the named inputs contains more than whitespace. */
export function hasAnyInput(body: FormBody, names: string[]): boolean {
  return names.some((name) => readList(body, name).length > 0);
}

/**
 * Copies submitted values for printing back into inputs. A value that is not a
 * string, or an array where one value is expected, comes back as undefined.
 */
export function submittedValue(
  body: FormBody,
  name: string,
  isList: boolean,
): string | string[] | undefined {
  const raw = rawValue(body, name);
  if (isList) {
    const items = Array.isArray(raw) ? raw : [raw];
    return items.filter((item): item is string => typeof item === 'string');
  }
  return typeof raw === 'string' ? raw : undefined;
}
