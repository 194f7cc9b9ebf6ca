import { describe, expect, it } from 'vitest';
import { modelBaseUrl } from './modelBaseUrl';

describe('modelBaseUrl', () => {
  it('appends /resolve/main/ to a bare Hugging Face repository URL, with or without a slash', () => {
    expect(modelBaseUrl('https://huggingface.co/mlc-ai/Qwen2.5-0.5B-Instruct-q4f16_1-MLC')).toBe(
      'https://huggingface.co/mlc-ai/Qwen2.5-0.5B-Instruct-q4f16_1-MLC/resolve/main/',
    );
    expect(modelBaseUrl('https://huggingface.co/mlc-ai/X/')).toBe('https://huggingface.co/mlc-ai/X/resolve/main/');
  });

  it('keeps an explicit revision', () => {
    expect(modelBaseUrl('https://huggingface.co/mlc-ai/X/resolve/v2')).toBe(
      'https://huggingface.co/mlc-ai/X/resolve/v2/',
    );
  });

  it('rejects a relative URL with the URL parser’s error', () => {
    expect(() => modelBaseUrl('')).toThrow('Invalid URL');
  });
});
