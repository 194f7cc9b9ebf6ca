import { describe, expect, it } from 'vitest';
import { parseModelId } from './parseModelId';

describe('parseModelId', () => {
  it('reads family, size and 4-bit quantisation', () => {
    expect(parseModelId('Qwen2.5-1.5B-Instruct-q4f16_1-MLC')).toEqual({
      family: 'Qwen2.5',
      sizeLabel: '1.5B',
      parameters: 1_500_000_000,
      quantisation: 'q4f16_1',
      weightBits: 4,
    });
  });

  it('reads millions, lower-case units, underscores and the -1k suffix', () => {
    expect(parseModelId('SmolLM2-135M-Instruct-q0f32-MLC')).toMatchObject({
      family: 'SmolLM2',
      parameters: 135_000_000,
      weightBits: 32,
    });
    expect(parseModelId('Llama-2-7b-chat-hf-q4f16_1-MLC-1k')).toMatchObject({ family: 'Llama-2', sizeLabel: '7B' });
    expect(parseModelId('stablelm-2-zephyr-1_6b-q4f32_1-MLC')).toMatchObject({
      family: 'stablelm-2-zephyr',
      parameters: 1_600_000_000,
    });
  });

  it('treats q0 as unquantised: the float width is the weight width', () => {
    expect(parseModelId('Qwen3-0.6B-q0f16-MLC')).toMatchObject({ quantisation: 'q0f16', weightBits: 16 });
  });

  it('drops release dates from family names and reads Gemma effective sizes', () => {
    expect(parseModelId('OLMo-2-1124-7B-Instruct-q4f16_1-MLC')).toMatchObject({ family: 'OLMo-2', sizeLabel: '7B' });
    expect(parseModelId('gemma-4-E2B-it-q4f16_1-MLC')).toMatchObject({ family: 'gemma-4', sizeLabel: '2B' });
  });

  it('uses model-card sizes for ids without a size', () => {
    expect(parseModelId('phi-1_5-q4f16_1-MLC')).toMatchObject({ family: 'Phi-1.5', parameters: 1_300_000_000 });
    expect(parseModelId('Phi-3.5-mini-instruct-q4f32_1-MLC-1k')).toMatchObject({
      family: 'Phi-3.5',
      sizeLabel: '3.8B',
    });
  });

  it('keeps the whole name when no size can be found', () => {
    expect(parseModelId('Mystery-q3f16_1-MLC')).toEqual({
      family: 'Mystery',
      sizeLabel: null,
      parameters: null,
      quantisation: 'q3f16_1',
      weightBits: 3,
    });
  });

  it('rejects ids without a quantisation code, naming the id', () => {
    expect(() => parseModelId('')).toThrow('Model id "" has no MLC quantisation code');
    expect(() => parseModelId('snowflake-arctic')).toThrow('"snowflake-arctic"');
  });
});
