import { describe, expect, it } from 'vitest';
import { resolveEndpointConfig } from './config';
import ollamaLogprobs from './fixtures/ollama-logprobs.json';
import ollamaModels from './fixtures/ollama-models.json';
import ollamaNoLogprobs from './fixtures/ollama-no-logprobs.json';
import llamacppModels from './fixtures/llamacpp-models.json';
import { scriptedFetch, type ScriptedAnswer } from './fixtures/scriptedFetch';
import { testConnection } from './testConnection';

const config = resolveEndpointConfig({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.2:3b' });

function run(script: ScriptedAnswer[], model = config.model) {
  const { fetch, calls } = scriptedFetch(script);
  const deps = { fetch, sleep: async () => {}, pageOrigin: 'https://valueprobe.example' };
  return { report: testConnection({ ...config, model }, deps), calls };
}

describe('testConnection', () => {
  it('lists models and reports log-probability support', async () => {
    const { report, calls } = run([
      { status: 200, body: ollamaModels },
      { status: 200, body: ollamaLogprobs },
    ]);
    expect(await report).toEqual({
      ok: true,
      models: ['llama3.2:3b', 'qwen2.5:1.5b'],
      logprobsSupported: true,
      message: 'Connected to llama3.2:3b; it returns log-probabilities.',
    });
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      'GET http://localhost:11434/v1/models',
      'POST http://localhost:11434/v1/chat/completions',
    ]);
  });

  it('warns that answers will be sampled when there are no log-probabilities', async () => {
    const { report } = run([
      { status: 200, body: ollamaModels },
      { status: 200, body: ollamaNoLogprobs },
    ]);
    expect(await report).toMatchObject({
      ok: true,
      logprobsSupported: false,
      message: expect.stringContaining('estimated from 20 samples per item (approximate'),
    });
  });

  it('names the models the server has when the chosen one is missing', async () => {
    const { report, calls } = run([{ status: 200, body: llamacppModels }], 'llama3');
    expect(await report).toEqual({
      ok: false,
      models: ['qwen2.5-1.5b-instruct-q4_k_m.gguf'],
      logprobsSupported: null,
      message: 'http://localhost:11434/v1 has no model "llama3". Models it lists: qwen2.5-1.5b-instruct-q4_k_m.gguf.',
    });
    expect(calls).toHaveLength(1);
  });

  it('reports an unreachable server with CORS guidance, without retrying', async () => {
    const { report, calls } = run([{ throws: new TypeError('Failed to fetch') }]);
    const result = await report;
    expect(result.ok).toBe(false);
    expect(result.logprobsSupported).toBeNull();
    expect(result.message).toContain('Could not reach http://localhost:11434/v1: the browser got no HTTP answer');
    expect(result.message).toContain('OLLAMA_ORIGINS=https://valueprobe.example');
    expect(calls).toHaveLength(1);
  });

  it('reports a wrong base URL and a model list without data', async () => {
    expect((await run([{ status: 404, body: 'Not Found' }]).report).message).toContain('was not found (HTTP 404)');
    expect((await run([{ status: 200, body: { models: [] } }]).report).message).toBe(
      'The endpoint\'s model list is not valid: the body: "data" must be a list, got nothing; check that the base URL ends in /v1.',
    );
  });
});
