import { describe, expect, it } from 'vitest';
import { resolveEndpointConfig } from './config';

describe('resolveEndpointConfig', () => {
  it('fills defaults, trims the trailing slash and drops an empty key', () => {
    expect(resolveEndpointConfig({ baseUrl: ' http://localhost:8080/v1/ ', model: ' qwen ', apiKey: '  ' })).toEqual({
      baseUrl: 'http://localhost:8080/v1',
      model: 'qwen',
      timeoutMs: 60_000,
      maxRetries: 3,
      samplesWhenNoLogprobs: 20,
      concurrency: 4,
    });
    expect(
      resolveEndpointConfig({ baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', apiKey: 'sk-1' }).apiKey,
    ).toBe('sk-1');
  });

  it('names the bad setting and what to enter', () => {
    expect(() => resolveEndpointConfig({ baseUrl: 'localhost:11434', model: 'm' })).toThrow(
      'Endpoint base URL "localhost:11434" must start with http:// or https://.',
    );
    expect(() => resolveEndpointConfig({ baseUrl: 'not a url', model: 'm' })).toThrow(
      'Endpoint base URL "not a url" is not a URL; enter e.g. http://localhost:11434/v1.',
    );
    expect(() => resolveEndpointConfig({ baseUrl: 'http://x/v1', model: ' ' })).toThrow('Endpoint model name is empty');
    expect(() => resolveEndpointConfig({ baseUrl: 'http://x/v1', model: 'm', timeoutMs: 0 })).toThrow(
      'Endpoint setting timeoutMs is 0; enter a whole number ≥ 1.',
    );
    expect(() => resolveEndpointConfig({ baseUrl: 'http://x/v1', model: 'm', maxRetries: Number.NaN })).toThrow(
      'Endpoint setting maxRetries is NaN',
    );
    expect(() => resolveEndpointConfig({ baseUrl: 'http://x/v1', model: 'm', samplesWhenNoLogprobs: 2.5 })).toThrow(
      'Endpoint setting samplesWhenNoLogprobs is 2.5',
    );
    expect(() => resolveEndpointConfig({ baseUrl: 'http://x/v1', model: 'm', concurrency: 33 })).toThrow(
      'Endpoint setting concurrency is 33; enter a whole number from 1 to 32.',
    );
  });
});
