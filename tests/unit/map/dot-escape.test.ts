import { describe, expect, it } from 'vitest';
import { dotLines, dotString, escapeDotText, wrapWords } from '../../../src/map/dot-escape.js';

describe('escapeDotText', () => {
  const cases: Array<[string, string]> = [
    ['plain words', 'plain words'],
    ['say "hi"', 'say \\"hi\\"'],
    ['back\\slash', 'back\\\\slash'],
    ['\\N and \\l', '\\\\N and \\\\l'],
    ['ends with \\', 'ends with \\\\'],
    ['\\"', '\\\\\\"'],
    ['line\nbreak\r\nand\rreturn', 'line break and return'],
    ['Tom &amp; Jerry & co', 'Tom &amp;amp; Jerry &amp; co'],
    ['<script>', '<script>'],
  ];

  for (const [text, expected] of cases) {
    it(`escapes ${JSON.stringify(text)}`, () => {
      expect(escapeDotText(text)).toBe(expected);
    });
  }
});

describe('dotString', () => {
  it('quotes the escaped text', () => {
    expect(dotString('a "b"')).toBe('"a \\"b\\""');
  });
});

describe('dotLines', () => {
  it('joins escaped lines with DOT line breaks', () => {
    expect(dotLines(['first "one"', 'second\\'])).toBe('"first \\"one\\"\\nsecond\\\\"');
  });
});

describe('wrapWords', () => {
  it('breaks between words at the width', () => {
    expect(wrapWords('Do you live with a partner or anyone else?', 12)).toEqual(['Do you live', 'with a', 'partner or', 'anyone else?']);
  });

  it('keeps a word longer than the width whole', () => {
    expect(wrapWords('a supercalifragilistic word', 5)).toEqual(['a', 'supercalifragilistic', 'word']);
  });

  it('returns no lines for blank text', () => {
    expect(wrapWords('   ', 10)).toEqual([]);
  });
});
