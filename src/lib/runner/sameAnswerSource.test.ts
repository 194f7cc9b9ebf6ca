import { describe, expect, it } from 'vitest';
import type { EngineDescriptor } from '../engines/types';
import { sameAnswerSource } from './sameAnswerSource';

const stored: EngineDescriptor = {
  kind: 'openai-endpoint',
  modelId: 'llama3.2:3b',
  version: 'fp_ollama_0.5.1',
  settings: { baseUrl: 'http://localhost:11434/v1', temperature: 1, samplesWhenNoLogprobs: 20 },
};

describe('sameAnswerSource', () => {
  it('accepts another server version with the same model and settings, in any key order', () => {
    const updated = {
      ...stored,
      version: 'fp_ollama_0.6.0',
      settings: { samplesWhenNoLogprobs: 20, temperature: 1, baseUrl: 'http://localhost:11434/v1' },
    };
    expect(sameAnswerSource(stored, updated)).toBeNull();
  });

  it('names what differs, with both values', () => {
    expect(sameAnswerSource(stored, { ...stored, modelId: 'qwen2.5:7b' })).toBe(
      'the run used model "llama3.2:3b", this is "qwen2.5:7b"',
    );
    expect(sameAnswerSource(stored, { ...stored, settings: { ...stored.settings, samplesWhenNoLogprobs: 5 } })).toBe(
      'setting samplesWhenNoLogprobs was 20 in the run and is 5 now',
    );
    expect(sameAnswerSource(stored, { ...stored, kind: 'webllm' })).toBe(
      'the run used a openai-endpoint engine, this is a webllm engine',
    );
    const { temperature: _dropped, ...fewer } = stored.settings;
    expect(sameAnswerSource(stored, { ...stored, settings: fewer })).toBe(
      'setting temperature was 1 in the run and is undefined now',
    );
  });

  it('lets any endpoint serving the model continue a batch run, with the batch lines’ settings', () => {
    const batch: EngineDescriptor = {
      kind: 'openai-endpoint',
      modelId: 'llama3.2:3b',
      version: 'batch file',
      settings: { batch: true, temperature: 1, topP: 1, topLogprobs: 20 },
    };
    const endpoint: EngineDescriptor = {
      ...stored,
      settings: { baseUrl: 'http://gpu:8000/v1', temperature: 1, topP: 1, topLogprobs: 20, samplesWhenNoLogprobs: 20 },
    };
    expect(sameAnswerSource(batch, endpoint)).toBeNull();
    expect(sameAnswerSource(batch, { ...endpoint, settings: { ...endpoint.settings, topLogprobs: 5 } })).toBe(
      'setting topLogprobs was 20 in the run and is 5 now',
    );
    expect(sameAnswerSource(batch, { ...endpoint, modelId: 'qwen2.5:7b' })).toBe(
      'the run used model "llama3.2:3b", this is "qwen2.5:7b"',
    );
  });
});
