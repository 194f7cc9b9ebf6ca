import { describe, expect, it } from 'vitest';
import { FirstStepLogitCapture } from './FirstStepLogitCapture';

describe('FirstStepLogitCapture', () => {
  it('captures nothing unless armed, and passes logits through unchanged', () => {
    const capture = new FirstStepLogitCapture();
    const logits = Float32Array.of(1, 2);
    expect(capture.processLogits(logits)).toBe(logits);
    expect(capture.take()).toBeUndefined();
  });

  it('keeps a copy of the first step after arm() and ignores later steps', () => {
    const capture = new FirstStepLogitCapture();
    capture.arm();
    const first = Float32Array.of(1, 2);
    capture.processLogits(first);
    first[0] = 99;
    capture.processLogits(Float32Array.of(7, 7));
    expect([...(capture.take() ?? [])]).toEqual([1, 2]);
    expect(capture.take()).toBeUndefined();
  });
});
