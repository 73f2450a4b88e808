import { isInteger, parse as parseLossless } from 'lossless-json';
import { describe, expect, it } from 'vitest';
import { parseJson } from './json.js';
import { quoteUnsafeIntegers } from './unsafe-integers.js';

/** The reference: lossless-json's own parser with the documented number rule. */
const reference = (text: string): unknown =>
  parseLossless(text, null, (value) => (isInteger(value) && !Number.isSafeInteger(Number(value)) ? value : Number(value)));

describe('parseJson', () => {
  it('keeps integers above 2^53 exact, as strings, and safe ones as numbers', () => {
    const text = '{"id": 19856122753300123456, "ids": [9007199254740993, 12, -9007199254740993], "safe": 9007199254740991, "ratio": 0.5}';
    expect(parseJson(text)).toEqual({
      id: '19856122753300123456',
      ids: ['9007199254740993', 12, '-9007199254740993'],
      safe: 9007199254740991,
      ratio: 0.5,
    });
  });

  it('keeps GoTo keys exact wherever they sit: nested objects, arrays, after whitespace and newlines', () => {
    const text = '{"sessions":[{"sessionId":"1400045353","expertUserKey":9300000000000529211,\n"portalKeys" : [ 9300000000000087770 ,\t9300000000000138483 ]}]}';
    expect(parseJson(text)).toEqual({
      sessions: [{ sessionId: '1400045353', expertUserKey: '9300000000000529211', portalKeys: ['9300000000000087770', '9300000000000138483'] }],
    });
  });

  it('leaves digit runs inside strings alone, across escaped quotes and backslashes', () => {
    const text = String.raw`{"a": "x \" 12345678901234567890 \\", "b": 12345678901234567890, "c": "\\\" 98765432109876543210", "d": "\\"}`;
    expect(parseJson(text)).toEqual({ a: 'x " 12345678901234567890 \\', b: '12345678901234567890', c: '\\" 98765432109876543210', d: '\\' });
  });

  it('parses fractions and exponents of long numbers as doubles, as JSON.parse does', () => {
    const text = '[12345678901234567890.5, 1e12345678901234567, 0.12345678901234567890, -12345678901234567890E-5]';
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });

  it('answers as lossless-json does on generated documents', () => {
    // A small deterministic generator: strings with digits, quotes and backslashes; numbers of every length.
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const digits = (length: number) => String(1 + random(9)) + Array.from({ length: length - 1 }, () => random(10)).join('');
    const value = (depth: number): string => {
      switch (random(depth > 2 ? 4 : 6)) {
        case 0:
          return `${random(2) ? '-' : ''}${digits(1 + random(22))}`;
        case 1:
          return JSON.stringify(`a"b\\${digits(1 + random(22))}\\`.slice(random(4)));
        case 2:
          return `${digits(1 + random(20))}.${digits(1 + random(20))}`;
        case 3:
          return ['true', 'false', 'null'][random(3)]!;
        case 4:
          return `[${Array.from({ length: random(5) }, () => value(depth + 1)).join(' , ')}]`;
        default:
          return `{${Array.from({ length: random(5) }, (_, i) => `"k${i}${digits(1 + random(18))}":\n${value(depth + 1)}`).join(',')}}`;
      }
    };
    for (let round = 0; round < 500; round++) {
      const text = value(0);
      expect(parseJson(text), text).toEqual(reference(text));
    }
  });

  it.each([
    ['a truncated body', '{"tickets":[{"id":19856122753300123456,'],
    ['a cut string', '{"oops": "abc 12345678901234567890'],
    ['an unquoted long key', '{12345678901234567890: 1}'],
    ['HTML', '<html>502 Bad Gateway 12345678901234567890</html>'],
    ['nothing', ''],
  ])('throws a SyntaxError on %s', (_what, text) => {
    expect(() => parseJson(text)).toThrow(SyntaxError);
  });
});

describe('quoteUnsafeIntegers', () => {
  it('returns the very text when nothing needs quoting', () => {
    const text = '{"id": 1234567890123456, "url": "https://x/12345678901234567890"}';
    expect(quoteUnsafeIntegers(text)).toBe(text);
  });
});
