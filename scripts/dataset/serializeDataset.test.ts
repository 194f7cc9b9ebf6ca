import { describe, expect, it } from 'vitest';
import { serializeDataset } from './serializeDataset.ts';

describe('serializeDataset', () => {
  it('writes one field per line, one array element or record entry per line, and a trailing newline', () => {
    const fields = {
      a: 1,
      list: [{ x: 1 }, { y: [2, 3] }],
      map: { Q1: { USA: 0.5 } },
      empty: [],
      none: {},
      nothing: null,
    };
    const text = serializeDataset(fields);
    expect(text).toBe(
      '{\n"a":1,\n"list":[\n{"x":1},\n{"y":[2,3]}\n],\n"map":{\n"Q1":{"USA":0.5}\n},\n"empty":[],\n"none":{},\n"nothing":null\n}\n',
    );
    expect(JSON.parse(text)).toEqual(fields);
  });

  it('writes an empty object for no fields', () => {
    expect(serializeDataset({})).toBe('{}\n');
  });
});
