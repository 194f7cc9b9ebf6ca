import { describe, expect, it } from 'vitest';
import { errorToString, explainWebllmError, WebllmError } from './errors';

describe('explainWebllmError', () => {
  it('recognises a missing adapter', () => {
    const problem = explainWebllmError(
      "Error: Unable to find a compatible GPU. This issue might be because your computer doesn't have a GPU",
    );
    expect(problem.kind).toBe('no-adapter');
    expect(problem.message).toContain('no WebGPU adapter');
    expect(
      explainWebllmError('WebGPUNotAvailableError: WebGPU is not supported in your current environment').kind,
    ).toBe('no-adapter');
  });

  it('recognises missing shader-f16 and names the q4f32 build of the model', () => {
    const problem = explainWebllmError(
      'ShaderF16SupportError: This model requires WebGPU extension shader-f16, which is not enabled in this browser.',
      'Qwen2.5-1.5B-Instruct-q4f16_1-MLC',
    );
    expect(problem).toMatchObject({ kind: 'shader-f16-missing', retryable: false });
    expect(problem.message).toBe(
      'This GPU cannot run f16 models. Choose the q4f32 build of Qwen2.5-1.5B-Instruct instead.',
    );
  });

  it('recognises device loss and out-of-memory, offering a smaller or -1k model', () => {
    expect(explainWebllmError('DeviceLostError: The WebGPU device was lost while loading the model.').kind).toBe(
      'device-lost',
    );
    const oom = explainWebllmError('GPUOutOfMemoryError: Not enough memory left.');
    expect(oom.kind).toBe('device-lost');
    expect(oom.message).toContain('"-1k"');
  });

  it('recognises a full disk', () => {
    const problem = explainWebllmError('QuotaExceededError: The quota has been exceeded.');
    expect(problem.kind).toBe('quota-exceeded');
    expect(problem.message).toContain('Manage → Model cache');
  });

  it('recognises network failures mid-download as retryable', () => {
    expect(explainWebllmError('TypeError: Failed to fetch')).toMatchObject({ kind: 'network', retryable: true });
    expect(
      explainWebllmError('Error: Cannot fetch https://huggingface.co/x/resolve/main/params_shard_3.bin').kind,
    ).toBe('network');
  });

  it('recognises a dead worker as retryable, and the logit cross-check as not', () => {
    expect(explainWebllmError('WorkerDied: worker error event')).toMatchObject({
      kind: 'worker-died',
      retryable: true,
    });
    expect(explainWebllmError('LogitCheckError: top token "A"')).toMatchObject({
      kind: 'logit-check',
      retryable: false,
    });
  });

  it('passes unknown and empty texts through, keeping the detail', () => {
    expect(explainWebllmError('RangeError: top_logprobs must be in [0, 5]')).toEqual({
      kind: 'unknown',
      message: 'WebLLM failed: RangeError: top_logprobs must be in [0, 5].',
      retryable: false,
      detail: 'RangeError: top_logprobs must be in [0, 5]',
    });
    expect(explainWebllmError('').message).toBe('WebLLM failed: no details given.');
  });
});

describe('WebllmError and errorToString', () => {
  it('carries the problem and uses its message', () => {
    const error = new WebllmError(explainWebllmError('QuotaExceededError: full'));
    expect(error.message).toContain('no room left');
    expect(error.problem.kind).toBe('quota-exceeded');
  });

  it('formats errors as "Name: message" and anything else as text', () => {
    expect(errorToString(new TypeError('bad'))).toBe('TypeError: bad');
    expect(errorToString('plain')).toBe('plain');
    expect(errorToString(undefined)).toBe('undefined');
  });
});
