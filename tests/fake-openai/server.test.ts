import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createOpenAIEngine } from '../../src/lib/engines/openai/createOpenAIEngine.ts';
import { resolveEndpointConfig } from '../../src/lib/engines/openai/config.ts';
import { toOptionOrder } from '../../src/lib/engines/scoring/toOptionOrder.ts';
import { buildPrompt } from '../../src/lib/prompt/buildPrompt.ts';
import {
  binaryQuestion,
  deu,
  importanceQuestion,
  nzl,
  tinyReference,
  usa,
} from '../../src/lib/prompt/fixtures/tinySurvey.ts';
import type { PromptSettings } from '../../src/lib/prompt/types.ts';
import type { Dataset } from '../../src/lib/survey/types.ts';
import { startFakeOpenAI, type FakeOpenAI, type FakeOpenAIOptions } from './server.ts';

/** Q1: USA [0.1, 0.2, 0.3, 0.4], NZL [0, 0.5, 0, 0.5]; Q33: USA [0.25, 0.75], DEU [0.5, 0.5]. */
const tinyDataset: Dataset = {
  schemaVersion: 1,
  datasetVersion: 'tiny',
  categories: [],
  questions: [importanceQuestion, binaryQuestion],
  countries: [usa, nzl, deu],
  responses: tinyReference.responses,
  supplementary: [],
  inglehartWelzel: { items: [], center: [], scale: [], weights: [], rc1: [0, 0], rc2: [0, 0], groundtruth: [] },
  citations: [],
};

const personFrom: PromptSettings = { persona: 'person-from', language: 'en', order: 'both' };
let running: FakeOpenAI[] = [];

async function start(options: Partial<FakeOpenAIOptions> = {}): Promise<FakeOpenAI> {
  const server = await startFakeOpenAI({ mode: 'oracle', dataset: tinyDataset, ...options });
  running.push(server);
  return server;
}

function engineFor(server: FakeOpenAI, samplesWhenNoLogprobs = 20) {
  const config = resolveEndpointConfig({
    baseUrl: server.url,
    model: 'fake-wvs-model',
    maxRetries: 0,
    samplesWhenNoLogprobs,
  });
  return createOpenAIEngine(config, { pageOrigin: 'http://127.0.0.1' });
}

interface TopEntry {
  token: string;
  logprob: number;
}

/** The parts of a chat answer (or error body) these tests read. */
interface ChatJson {
  choices: [{ message: { content: string }; logprobs: { content: [{ top_logprobs: TopEntry[] }] } }];
  error: { message: string };
}

async function chat(server: FakeOpenAI, body: Record<string, unknown>): Promise<{ status: number; json: ChatJson }> {
  const response = await fetch(`${server.url}/chat/completions`, { method: 'POST', body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as ChatJson };
}

afterEach(async () => {
  await Promise.all(running.map((server) => server.close()));
  running = [];
});

describe('fake OpenAI server', () => {
  it('answers ln(human share) for each label of the recognised question and country', async () => {
    const server = await start();
    const prompt = buildPrompt(importanceQuestion, usa, { ...personFrom, persona: 'average-human' }, 'original');
    const { status, json } = await chat(server, {
      model: 'fake-wvs-model',
      messages: prompt.messages,
      logprobs: true,
      top_logprobs: 20,
    });
    expect(status).toBe(200);
    // USA on Q1: 10, 20, 30, 40 respondents of 100 → shares 0.1, 0.2, 0.3, 0.4, sorted by probability.
    expect(json.choices[0].logprobs.content[0].top_logprobs.map((entry) => [entry.token, entry.logprob])).toEqual([
      ['D', Math.log(0.4)],
      ['C', Math.log(0.3)],
      ['B', Math.log(0.2)],
      ['A', Math.log(0.1)],
    ]);
    expect(json.choices[0].message.content).toBe('D');
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', path: '/v1/chat/completions' });
  });

  it('leaves out zero-share options, so stored probabilities equal the human ones after mapping back', async () => {
    const server = await start();
    const engine = engineFor(server);
    const prompt = buildPrompt(importanceQuestion, nzl, personFrom, 'reversed');
    const scores = await engine.score(prompt);
    // NZL on Q1: [0, 0.5, 0, 0.5]; reversed labels A..D show options 3, 2, 1, 0 → label probs [0.5, 0, 0.5, 0].
    expect(scores.missingLabels).toEqual(['B', 'D']);
    expect(scores.method).toBe('top-logprobs');
    const byOption = toOptionOrder(prompt, scores.probs);
    [0, 0.5, 0, 0.5].forEach((share, index) => expect(Math.abs((byOption[index] ?? -1) - share)).toBeLessThan(1e-12));
    expect(scores.allowedMass).toBeCloseTo(1, 12);
  });

  it('identifies the third-person persona and gives persona none the world average', async () => {
    const server = await start();
    const engine = engineFor(server);
    const thirdPerson = buildPrompt(binaryQuestion, deu, { ...personFrom, persona: 'third-person' }, 'original');
    expect((await engine.score(thirdPerson)).probs).toEqual([0.5, 0.5]);
    // World average of Q33: (USA [0.25, 0.75] + DEU [0.5, 0.5]) / 2 = [0.375, 0.625].
    const none = buildPrompt(binaryQuestion, null, { ...personFrom, persona: 'none' }, 'original');
    const probs = (await engine.score(none)).probs;
    expect(probs[0]).toBeCloseTo(0.375, 12);
    expect(probs[1]).toBeCloseTo(0.625, 12);
  });

  it('answers like one country for everyone in mode country:USA', async () => {
    const engine = engineFor(await start({ mode: 'country:USA' }));
    const scores = await engine.score(buildPrompt(binaryQuestion, deu, personFrom, 'original'));
    expect(scores.probs[0]).toBeCloseTo(0.25, 12);
    expect(scores.probs[1]).toBeCloseTo(0.75, 12);
  });

  it('adds seeded noise that is repeatable per item and keeps zero shares at zero', async () => {
    const prompt = buildPrompt(importanceQuestion, nzl, personFrom, 'original');
    const first = await engineFor(await start({ mode: 'noisy', seed: 7 })).score(prompt);
    const again = await engineFor(await start({ mode: 'noisy', seed: 7 })).score(prompt);
    const otherSeed = await engineFor(await start({ mode: 'noisy', seed: 8 })).score(prompt);
    expect(again.probs).toEqual(first.probs);
    expect(otherSeed.probs).not.toEqual(first.probs);
    expect(first.probs[0]).toBe(0);
    expect(first.probs[2]).toBe(0);
    expect(first.probs[1]).not.toBeCloseTo(0.5, 3);
    expect((first.probs[1] ?? 0) + (first.probs[3] ?? 0)).toBeCloseTo(1, 12);
  });

  it('returns only sampled answers in mode no-logprobs, honouring n unless told not to', async () => {
    const server = await start({ mode: 'no-logprobs', seed: 3 });
    const prompt = buildPrompt(importanceQuestion, nzl, personFrom, 'original');
    const scores = await engineFor(server, 40).score(prompt);
    expect(scores).toMatchObject({ method: 'sampling', samples: 40, allowedMass: 1 });
    // NZL never answers options 0 or 2; the other two are drawn at 0.5 each.
    expect(scores.probs[0]).toBe(0);
    expect(scores.probs[2]).toBe(0);
    expect(server.requests.filter((request) => request.path === '/v1/chat/completions')).toHaveLength(2);

    const oneAtATime = await start({ mode: 'no-logprobs', supportsN: false });
    await engineFor(oneAtATime, 3).score(prompt);
    expect(oneAtATime.requests).toHaveLength(1 + 3);
  });

  it('fails from request k on in mode fail-at, until healed', async () => {
    const server = await start({ mode: 'fail-at', failAt: 2 });
    const body = {
      model: 'fake-wvs-model',
      messages: buildPrompt(binaryQuestion, usa, personFrom, 'original').messages,
    };
    expect((await chat(server, body)).status).toBe(200);
    expect((await chat(server, body)).status).toBe(500);
    expect((await chat(server, body)).json.error.message).toBe('fake failure at chat request 3');
    server.heal();
    expect((await chat(server, body)).status).toBe(200);
  });

  it('answers every k-th chat request with 429 and Retry-After, readable by a page', async () => {
    const server = await start({ rateLimitEvery: 3, retryAfterSeconds: 2 });
    const body = {
      model: 'fake-wvs-model',
      messages: buildPrompt(binaryQuestion, usa, personFrom, 'original').messages,
    };
    const statuses: number[] = [];
    for (let index = 0; index < 7; index += 1) statuses.push((await chat(server, body)).status);
    expect(statuses).toEqual([200, 200, 429, 200, 200, 429, 200]);
    const limited = await fetch(`${server.url}/chat/completions`, { method: 'POST', body: JSON.stringify(body) });
    expect(limited.status).toBe(200);
    const third = await fetch(`${server.url}/chat/completions`, { method: 'POST', body: JSON.stringify(body) });
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('2');
    expect(third.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('answers after a fixed latency, requests in parallel', async () => {
    const server = await start({ delayMs: 100 });
    const started = performance.now();
    await Promise.all(Array.from({ length: 4 }, () => fetch(`${server.url}/models`)));
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(99);
    expect(elapsed).toBeLessThan(390);
  });

  it('answers CORS preflights, lists its model and rejects other models', async () => {
    const server = await start({ model: 'oracle-1' });
    const preflight = await fetch(`${server.url}/chat/completions`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:4173', 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Authorization');
    const models = (await (await fetch(`${server.url}/models`)).json()) as { data: { id: string }[] };
    expect(models.data.map((entry) => entry.id)).toEqual(['oracle-1']);
    const wrong = await chat(server, { model: 'llama3', messages: [] });
    expect(wrong.status).toBe(404);
    expect(wrong.json.error.message).toBe('model "llama3" not found, try pulling it first');
  });

  it('puts the rest of the probability on a filler token when labelMass < 1', async () => {
    const engine = engineFor(await start({ labelMass: 0.8 }));
    const scores = await engine.score(buildPrompt(binaryQuestion, usa, personFrom, 'original'));
    expect(scores.allowedMass).toBeCloseTo(0.8, 12);
    expect(scores.probs[0]).toBeCloseTo(0.25, 12);
  });

  it('reads the bundled dataset by default', async () => {
    const bundled = JSON.parse(
      readFileSync(new URL('../../public/data/wvs7-dataset.json', import.meta.url), 'utf8'),
    ) as Dataset;
    const question = bundled.questions.find((candidate) => candidate.id === 'Q1')!;
    const country = bundled.countries.find((candidate) => candidate.id === 'USA')!;
    const server = await startFakeOpenAI({ mode: 'oracle' });
    running.push(server);
    const prompt = buildPrompt(question, country, personFrom, 'original');
    const { json } = await chat(server, { model: 'fake-wvs-model', messages: prompt.messages });
    const share = bundled.responses['Q1']!['USA']!.distribution[0]!;
    const entryA = json.choices[0].logprobs.content[0].top_logprobs.find((entry) => entry.token === 'A');
    expect(entryA?.logprob).toBeCloseTo(Math.log(share), 12);
  });
});
