import { describe, expect, it } from 'vitest';
import { neutraliseCell, quoteCell, toCsv } from '../../../src/research/csv.js';

describe('neutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
  ])('prefixes %j', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected);
  });

  it.each(['', 'postcode', 'a=b', ' =1', '1-2', "'=already"])('leaves %j alone', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });
});

describe('quoteCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(quoteCell('a,b')).toBe('"a,b"');
    expect(quoteCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCell('one\ntwo')).toBe('"one\ntwo"');
    expect(quoteCell('one\rtwo')).toBe('"one\rtwo"');
  });

  it('leaves plain text unquoted', () => {
    expect(quoteCell('plain text')).toBe('plain text');
  });
});

describe('toCsv', () => {
  it('writes CRLF rows after a byte order mark', () => {
    expect(toCsv([['a', 'b'], ['=x', 'y,z']])).toBe('\uFEFFa,b\r\n\'=x,"y,z"\r\n');
  });

  it('neutralises before quoting', () => {
    expect(toCsv([['=HYPERLINK("x")']])).toBe('\uFEFF"\'=HYPERLINK(""x"")"\r\n');
  });
});
