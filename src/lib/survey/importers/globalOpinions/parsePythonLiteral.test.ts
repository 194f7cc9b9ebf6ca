import { describe, expect, it } from 'vitest';
import { parsePythonLiteral } from './parsePythonLiteral.ts';

describe('parsePythonLiteral', () => {
  it('reads the defaultdict repr GlobalOpinionQA uses for selections', () => {
    const value = parsePythonLiteral(
      "defaultdict(<class 'list'>, {'Nigeria': [0.5, 0.25, 0.0], \"Cote d'Ivoire\": [1e-05, 0.99999, 0]})",
    );
    expect(value).toEqual(
      new Map([
        ['Nigeria', [0.5, 0.25, 0]],
        ["Cote d'Ivoire", [0.00001, 0.99999, 0]],
      ]),
    );
  });

  it('reads lists of strings with either quote and escapes', () => {
    expect(parsePythonLiteral(`['Agree', "Don't know", 'It\\'s \\\\ fine', 'caf\\xe9', 'line\\nbreak']`)).toEqual([
      'Agree',
      "Don't know",
      "It's \\ fine",
      'café',
      'line\nbreak',
    ]);
  });

  it('reads empty containers, tuples, constants and special numbers', () => {
    expect(parsePythonLiteral('[]')).toEqual([]);
    expect(parsePythonLiteral('{}')).toEqual(new Map());
    expect(parsePythonLiteral('(1, -2.5, None, True, False, )')).toEqual([1, -2.5, null, true, false]);
    expect(parsePythonLiteral('nan')).toBeNaN();
    expect(parsePythonLiteral('-inf')).toBe(-Infinity);
    expect(parsePythonLiteral(' .5 ')).toBe(0.5);
  });

  it('names the position of a syntax error', () => {
    expect(() => parsePythonLiteral('')).toThrow('expected a value at character 1 but found the end of the text');
    expect(() => parsePythonLiteral("['a' 'b']")).toThrow('expected "]" at character 6 but found "\'b\']"');
    expect(() => parsePythonLiteral("{'a': 1")).toThrow('expected "}" at character 8 but found the end of the text');
    expect(() => parsePythonLiteral("'open")).toThrow("expected a closing ' at character 6");
    expect(() => parsePythonLiteral('[1] x')).toThrow('expected the end of the text at character 5');
    expect(() => parsePythonLiteral('{[1]: 2}')).toThrow('expected a text or number key');
  });
});
