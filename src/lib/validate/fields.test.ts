import { describe, expect, it } from 'vitest';
import {
  describeValue,
  readCount,
  readNumber,
  readNumberList,
  readObject,
  readOneOf,
  readOptional,
  readBoolean,
  readInteger,
  readList,
  readNullable,
  readNullish,
  readNumberPair,
  readObjectField,
  readOneOfList,
  readText,
  readScalarMap,
  readString,
  readTimestamp,
} from './fields';

describe('field readers', () => {
  it('describes values briefly', () => {
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue([1, 2])).toBe('a list of 2');
    expect(describeValue({})).toBe('a object');
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
  });

  it('rejects non-objects, including lists and null', () => {
    expect(() => readObject([], 'run')).toThrow('run must be an object, got a list of 0');
    expect(() => readObject(null, 'run')).toThrow('run must be an object, got null');
    expect(readObject({ a: 1 }, 'run')).toEqual({ a: 1 });
  });

  it('requires non-empty texts; optional texts may be absent', () => {
    expect(readString({ name: 'x' }, 'name', 'run')).toBe('x');
    expect(() => readString({ name: '' }, 'name', 'run')).toThrow('run: "name" must be a non-empty text, got ""');
    expect(() => readString({}, 'name', 'run')).toThrow('run: "name" must be a non-empty text, got nothing');
    expect(readOptional({}, 'why', 'run', readString)).toBeUndefined();
    expect(() => readOptional({ why: 5 }, 'why', 'run', readString)).toThrow(
      'run: "why" must be a non-empty text, got 5',
    );
  });

  it('rejects NaN, infinities and numbers out of range', () => {
    expect(() => readNumber({ ms: Number.NaN }, 'ms', 'item')).toThrow('item: "ms" must be a finite number, got NaN');
    expect(() => readNumber({ ms: Infinity }, 'ms', 'item')).toThrow('got Infinity');
    expect(() => readNumber({ m: 1.5 }, 'm', 'item', { min: 0, max: 1 })).toThrow(
      '"m" must be a finite number ≥ 0 and ≤ 1, got 1.5',
    );
    expect(readNumber({ m: 0 }, 'm', 'item', { min: 0, max: 1 })).toBe(0);
  });

  it('requires whole non-negative counts', () => {
    expect(readCount({ n: 3 }, 'n', 'x')).toBe(3);
    expect(() => readCount({ n: 2.5 }, 'n', 'x')).toThrow('x: "n" must be a whole number ≥ 0, got 2.5');
    expect(() => readCount({ n: -1 }, 'n', 'x')).toThrow('x: "n" must be a whole number ≥ 0, got -1');
  });

  it('checks enumerations, timestamps, lists and scalar maps', () => {
    expect(() => readOneOf({ s: 'x' }, 's', ['a', 'b'], 'r')).toThrow('r: "s" must be one of a, b, got "x"');
    expect(() => readTimestamp({ at: 'yesterday' }, 'at', 'r')).toThrow(
      'r: "at" must be an ISO 8601 date-time, got "yesterday"',
    );
    expect(() => readNumberList({ p: [0.5, null] }, 'p', 'r')).toThrow(
      'r: "p" must be a list of finite numbers, got a list of 2',
    );
    expect(readNumberList({ p: [] }, 'p', 'r')).toEqual([]);
    expect(() => readScalarMap({ s: { url: {} } }, 's', 'r')).toThrow(
      'r: "s.url" must be a text, number or true/false, got a object',
    );
  });

  it('reads nested objects and lists, naming where they sit', () => {
    expect(readObjectField({ engine: { kind: 'x' } }, 'engine', 'run')).toEqual({ kind: 'x' });
    expect(() => readObjectField({ engine: 3 }, 'engine', 'run')).toThrow('run: "engine" must be an object, got 3');
    expect(readList({ items: [1, 'a'] }, 'items', 'file')).toEqual([1, 'a']);
    expect(() => readList({ items: {} }, 'items', 'file')).toThrow('file: "items" must be a list, got a object');
  });

  it('tells null from absent: readNullable allows null only, readOptional absence only, readNullish either', () => {
    expect(readNullable({ mean: null }, 'mean', 'r', readNumber)).toBeNull();
    expect(readNullable({ mean: 2.5 }, 'mean', 'r', readNumber)).toBe(2.5);
    expect(() => readNullable({}, 'mean', 'r', readNumber)).toThrow('r: "mean" must be a finite number, got nothing');
    expect(readOptional({}, 'n', 'r', readCount)).toBeUndefined();
    expect(() => readOptional({ n: null }, 'n', 'r', readCount)).toThrow('r: "n" must be a whole number ≥ 0, got null');
    expect(readNullish({}, 'mean', 'r', readNumber)).toBeNull();
    expect(readNullish({ mean: null }, 'mean', 'r', readNumber)).toBeNull();
    expect(() => readNullish({ mean: '2' }, 'mean', 'r', readNumber)).toThrow(
      'r: "mean" must be a finite number, got "2"',
    );
  });

  it('reads texts that may be empty, booleans and whole numbers', () => {
    expect(readText({ answer: '' }, 'answer', 'r')).toBe('');
    expect(() => readText({ answer: 1 }, 'answer', 'r')).toThrow('r: "answer" must be a text, got 1');
    expect(readBoolean({ western: false }, 'western', 'r')).toBe(false);
    expect(() => readBoolean({ western: 'yes' }, 'western', 'r')).toThrow(
      'r: "western" must be true or false, got "yes"',
    );
    expect(readInteger({ status: 503 }, 'status', 'r')).toBe(503);
    expect(() => readInteger({ status: '200' }, 'status', 'r')).toThrow(
      'r: "status" must be a whole number, got "200"',
    );
    expect(() => readInteger({ status: 2.5 }, 'status', 'r', { max: 9 })).toThrow(
      'must be a whole number ≤ 9, got 2.5',
    );
  });

  it('checks every entry of enumeration lists and number pairs', () => {
    expect(readOneOfList({ flags: ['a'] }, 'flags', ['a', 'b'], 'q')).toEqual(['a']);
    expect(() => readOneOfList({ flags: ['a', 'c'] }, 'flags', ['a', 'b'], 'q')).toThrow(
      'q: "flags" must be a list of: a, b, got a list of 2',
    );
    expect(readNumberPair({ xy: [1, -2] }, 'xy', 'p')).toEqual([1, -2]);
    expect(() => readNumberPair({ xy: [1, 2, 3] }, 'xy', 'p')).toThrow('p: "xy" must be a list of 2 finite numbers');
    expect(() => readNumberPair({ xy: [1] }, 'xy', 'p')).toThrow('p: "xy" must be a list of 2 finite numbers');
  });
});
