import { describe, expect, it } from 'vitest';
import type { Prompt } from '../../prompt/types';
import { resolveEndpointConfig } from './config';
import { createOpenAIEngine } from './createOpenAIEngine';
import llamacppLogprobs from './fixtures/llamacpp-logprobs.json';
import llamacppNRejected from './fixtures/llamacpp-n-rejected.json';
import ollamaLogprobs from './fixtures/ollama-logprobs.json';
import ollamaNoLogprobs from './fixtures/ollama-no-logprobs.json';
import openaiLogprobs from './fixtures/openai-logprobs.json';
import { scriptedFetch, withContents, type ScriptedAnswer } from './fixtures/scriptedFetch';

const prompt: Prompt = {
  questionId: 'Q1',
  countryId: 'NZL',
  order: 'original',
  messages: [
    { role: 'system', content: 'You are a person from New Zealand.' },
    { role: 'user', content: 'How important is family in your life?\n\nA. …\nB. …\nC. …\nD. …' },
  ],
  labels: ['A', 'B', 'C', 'D'],
  optionIndexByLabel: [0, 1, 2, 3],
};

function engineWith(script: ScriptedAnswer[], overrides: Partial<Parameters<typeof resolveEndpointConfig>[0]> = {}) {
  const { fetch, calls } = scriptedFetch(script);
  const config = resolveEndpointConfig({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.2:3b', ...overrides });
  let clock = 0;
  const engine = createOpenAIEngine(config, {
    fetch,
    sleep: async () => {},
    pageOrigin: 'https://valueprobe.example',
    now: () => (clock += 5),
  });
  return { engine, calls };
}

const ok = (body: unknown) => ({ status: 200, body });

function expectProbs(actual: readonly number[], expected: number[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, index) => expect(actual[index]).toBeCloseTo(value, 6));
}

describe('createOpenAIEngine with log-probabilities', () => {
  it('sends one explicit request and scores OpenAI top_logprobs', async () => {
    const { engine, calls } = engineWith([ok(openaiLogprobs)], { model: 'gpt-4o-mini', apiKey: 'sk-secret' });
    const scores = await engine.score(prompt);
    expect(calls[0]?.url).toBe('http://localhost:11434/v1/chat/completions');
    expect(calls[0]?.body).toEqual({
      model: 'gpt-4o-mini',
      messages: prompt.messages,
      max_tokens: 1,
      temperature: 1,
      top_p: 1,
      logprobs: true,
      top_logprobs: 20,
    });
    // A 0.2, B 0.5 + " B" 0.05 = 0.55, C 0.1, D 0.05; allowed 0.9 → [0.2, 0.55, 0.1, 0.05] / 0.9.
    expectProbs(scores.probs, [0.222222222, 0.611111111, 0.111111111, 0.055555556]);
    expect(scores.allowedMass).toBeCloseTo(0.9, 6);
    expect(scores).toMatchObject({ method: 'top-logprobs', missingLabels: [], tokensIn: 74, ms: 5 });
    // The version is fixed by load(), not by answers.
    expect(engine.descriptor.version).toBe('unknown');
  });

  it('scores Ollama /v1 logprobs', async () => {
    const { engine } = engineWith([ok(ollamaLogprobs)]);
    const scores = await engine.score(prompt);
    // A 0.03, B 0.2, C 0.7, D 0.05; allowed 0.98.
    expectProbs(scores.probs, [0.03 / 0.98, 0.2 / 0.98, 0.7 / 0.98, 0.05 / 0.98]);
    expect(scores.allowedMass).toBeCloseTo(0.98, 6);
    expect(scores.tokensIn).toBe(81);
  });

  it('scores llama.cpp logprobs, summing "A" and " A"', async () => {
    const { engine } = engineWith([ok(llamacppLogprobs)]);
    const scores = await engine.score(prompt);
    // A 0.6 + 0.05 = 0.65, B 0.25, C 0.02, D 0.03; allowed 0.95.
    expectProbs(scores.probs, [0.65 / 0.95, 0.25 / 0.95, 0.02 / 0.95, 0.03 / 0.95]);
    expect(scores.allowedMass).toBeCloseTo(0.95, 6);
  });

  it('reports labels missing from the top list', async () => {
    const fiveLabels = { ...prompt, labels: ['A', 'B', 'C', 'D', 'E'], optionIndexByLabel: [0, 1, 2, 3, 4] };
    const { engine } = engineWith([ok(ollamaLogprobs)]);
    expect((await engine.score(fiveLabels)).missingLabels).toEqual(['E']);
  });
});

describe('createOpenAIEngine without log-probabilities', () => {
  it('falls back to sampling, asking again when the server ignores n (Ollama)', async () => {
    const samples = ['C', 'C', 'B', 'Sure'];
    const { engine, calls } = engineWith(
      [ok(ollamaNoLogprobs), ...samples.map((content) => ok(withContents(ollamaNoLogprobs, [content])))],
      { samplesWhenNoLogprobs: 4 },
    );
    const scores = await engine.score(prompt);
    // 3 of 4 answers parse: C twice, B once → [0, 1/3, 2/3, 0], allowedMass 3/4.
    expectProbs(scores.probs, [0, 1 / 3, 2 / 3, 0]);
    expect(scores).toMatchObject({ method: 'sampling', samples: 4, allowedMass: 0.75, tokensIn: 81 });
    expect(calls.map((call) => call.body?.['n'])).toEqual([undefined, 4, 3, 2, undefined]); // n = 1 is the default and not sent
    expect(calls[1]?.body).toEqual({
      model: 'llama3.2:3b',
      messages: prompt.messages,
      max_tokens: 1,
      temperature: 1,
      top_p: 1,
      n: 4,
    });
  });

  it('takes all samples from one request when n is honoured, and skips the logprobs request afterwards', async () => {
    const { engine, calls } = engineWith(
      [
        ok(ollamaNoLogprobs),
        ok(withContents(ollamaNoLogprobs, ['A', 'A', 'B'])),
        ok(withContents(ollamaNoLogprobs, ['D', 'D', 'D'])),
      ],
      { samplesWhenNoLogprobs: 3 },
    );
    expectProbs((await engine.score(prompt)).probs, [2 / 3, 1 / 3, 0, 0]);
    expectProbs((await engine.score(prompt)).probs, [0, 0, 0, 1]);
    expect(calls).toHaveLength(3);
    expect(calls[2]?.body?.['logprobs']).toBeUndefined();
  });

  it('asks one sample at a time after a server rejects n (llama.cpp)', async () => {
    const { engine, calls } = engineWith(
      [
        ok(ollamaNoLogprobs),
        { status: 400, body: llamacppNRejected },
        ok(withContents(ollamaNoLogprobs, ['A'])),
        ok(withContents(ollamaNoLogprobs, ['B'])),
      ],
      { samplesWhenNoLogprobs: 2 },
    );
    expectProbs((await engine.score(prompt)).probs, [0.5, 0.5, 0, 0]);
    expect(calls.map((call) => call.body?.['n'])).toEqual([undefined, 2, undefined, undefined]);
  });

  it('keeps asking for n samples per request after a 429 (the method never changes silently)', async () => {
    const { engine, calls } = engineWith(
      [
        ok(ollamaNoLogprobs),
        { status: 429, body: { error: { message: 'rate limited' } } },
        ok(withContents(ollamaNoLogprobs, ['A', 'B', 'B'])),
        ok(withContents(ollamaNoLogprobs, ['C', 'C', 'C'])),
      ],
      { samplesWhenNoLogprobs: 3 },
    );
    expectProbs((await engine.score(prompt)).probs, [1 / 3, 2 / 3, 0, 0]);
    expect((await engine.score(prompt)).method).toBe('sampling');
    expect(calls.map((call) => call.body?.['n'])).toEqual([undefined, 3, 3, 3]);
  });

  it('records the fingerprint of each answer', async () => {
    const { engine } = engineWith([ok(llamacppLogprobs), ok(openaiLogprobs)]);
    await engine.load(() => {});
    expect((await engine.score(prompt)).engineVersion).toBe(openaiLogprobs.system_fingerprint);
  });

  it('fails clearly when no sample names a label', async () => {
    const { engine } = engineWith([ok(ollamaNoLogprobs), ok(withContents(ollamaNoLogprobs, ['I', 'The']))], {
      samplesWhenNoLogprobs: 2,
    });
    await expect(engine.score(prompt)).rejects.toThrow(
      'The model gave no probability to any answer label (A, B, C, D)',
    );
  });
});

describe('createOpenAIEngine load and descriptor', () => {
  it('probes the endpoint on load, learns the version and whether logprobs exist', async () => {
    const { engine, calls } = engineWith([ok(ollamaNoLogprobs)], { apiKey: 'sk-secret', samplesWhenNoLogprobs: 7 });
    expect(engine.descriptor.version).toBe('unknown');
    const texts: string[] = [];
    await engine.load((progress) => texts.push(`${progress.phase}: ${progress.text}`));
    expect(calls[0]?.body).toMatchObject({ logprobs: true, top_logprobs: 20, max_tokens: 1 });
    expect(texts.at(-1)).toBe(
      'ready: llama3.2:3b is ready: it returns no log-probabilities, so each item is answered 7 times and counted (an approximation).',
    );
    expect(engine.descriptor).toEqual({
      kind: 'openai-endpoint',
      modelId: 'llama3.2:3b',
      version: 'fp_ollama',
      settings: {
        baseUrl: 'http://localhost:11434/v1',
        temperature: 1,
        topP: 1,
        topLogprobs: 20,
        samplesWhenNoLogprobs: 7,
      },
    });
    expect(JSON.stringify(engine.descriptor)).not.toContain('sk-secret');
  });

  it('takes the version from the probe and keeps it while answers report other fingerprints', async () => {
    const { engine } = engineWith([ok(llamacppLogprobs), ok(openaiLogprobs)]);
    await engine.load(() => {});
    expect(engine.descriptor.version).toBe('b4743-d07c6213');
    await engine.score(prompt);
    expect(engine.descriptor.version).toBe('b4743-d07c6213');
  });

  it('keeps version unknown when the server sends no fingerprint', async () => {
    const { system_fingerprint: _dropped, ...bare } = ollamaLogprobs;
    const { engine } = engineWith([ok(bare)]);
    await engine.load(() => {});
    expect(engine.descriptor.version).toBe('unknown');
  });

  it('passes endpoint errors through load', async () => {
    const { engine } = engineWith([{ throws: new TypeError('Failed to fetch') }], { maxRetries: 0 });
    await expect(engine.load(() => {})).rejects.toThrow('OLLAMA_ORIGINS=https://valueprobe.example');
  });
});
