import { describe, expect, it } from 'vitest';
import type { EngineDescriptor } from '../../engines/types';
import { batchRunName, defaultRunName, specFromDescriptor } from './engineSpec';

describe('engine specs', () => {
  it('recreates an endpoint spec from a stored descriptor, with the key from the session only', () => {
    const descriptor: EngineDescriptor = {
      kind: 'openai-endpoint',
      modelId: 'llama3.2:3b',
      version: 'fp_1',
      settings: { baseUrl: 'http://localhost:11434/v1', temperature: 1, samplesWhenNoLogprobs: 20 },
    };
    expect(specFromDescriptor(descriptor, { apiKey: 'sk-test' })).toEqual({
      kind: 'openai-endpoint',
      endpoint: {
        baseUrl: 'http://localhost:11434/v1',
        model: 'llama3.2:3b',
        samplesWhenNoLogprobs: 20,
        apiKey: 'sk-test',
      },
    });
    expect(specFromDescriptor(descriptor)).toEqual({
      kind: 'openai-endpoint',
      endpoint: { baseUrl: 'http://localhost:11434/v1', model: 'llama3.2:3b', samplesWhenNoLogprobs: 20 },
    });
  });

  it('recreates baseline and WebLLM specs', () => {
    expect(
      specFromDescriptor({
        kind: 'baseline',
        modelId: 'baseline:country-USA',
        version: 'reference:builtin',
        settings: { baseline: 'country', sourceCountry: 'USA' },
      }),
    ).toEqual({ kind: 'baseline', baseline: 'country', sourceCountryId: 'USA' });
    expect(
      specFromDescriptor({ kind: 'webllm', modelId: 'SmolLM2-360M-Instruct-q4f16_1-MLC', version: 'x', settings: {} }),
    ).toEqual({
      kind: 'webllm',
      modelId: 'SmolLM2-360M-Instruct-q4f16_1-MLC',
    });
  });

  it('rejects descriptors it cannot recreate, saying what to do', () => {
    expect(() => specFromDescriptor({ kind: 'openai-endpoint', modelId: 'm', version: 'x', settings: {} })).toThrow(
      'Run engine m has no endpoint URL in its settings; start a new run instead.',
    );
    expect(() =>
      specFromDescriptor({ kind: 'baseline', modelId: 'b', version: 'x', settings: { baseline: 'median' } }),
    ).toThrow('Run engine b names an unknown baseline "median".');
  });

  it('recreates a batch run as an endpoint spec only with a server given by the caller', () => {
    const batch: EngineDescriptor = {
      kind: 'openai-endpoint',
      modelId: 'llama3.2:3b',
      version: 'batch file',
      settings: { batch: true, temperature: 1, topP: 1, topLogprobs: 20 },
    };
    expect(specFromDescriptor(batch, { baseUrl: 'http://gpu:8000/v1', concurrency: 8 })).toEqual({
      kind: 'openai-endpoint',
      endpoint: { baseUrl: 'http://gpu:8000/v1', model: 'llama3.2:3b', concurrency: 8 },
    });
    expect(() => specFromDescriptor(batch)).toThrow(
      'Run engine llama3.2:3b was planned as a batch file: import its batch output, or enter an endpoint serving llama3.2:3b',
    );
  });

  it('names runs after the engine and the time', () => {
    const when = new Date(Date.UTC(2026, 10, 28, 14, 5));
    expect(defaultRunName({ kind: 'baseline', baseline: 'country', sourceCountryId: 'USA' }, when)).toBe(
      'Baseline: everyone like USA · 28 Nov 2026, 14:05',
    );
    expect(batchRunName(' Llama-3.1-70B ', when)).toBe('Llama-3.1-70B (batch file) · 28 Nov 2026, 14:05');
  });
});
