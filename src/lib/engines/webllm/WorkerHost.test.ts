import { describe, expect, it } from 'vitest';
import { FakeVocabulary, FakeWebllmEngine } from './FakeWebllmEngine';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { WorkerHost } from './WorkerHost';

/**
 * Vocabulary and logits chosen so the softmax is easy by hand: e^logit = 4, 2, 1, 1, 2 for
 * "A", " A", "B", " B", "the" → total 10. P(A) = (4 + 2)/10 = 0.6, P(B) = (1 + 1)/10 = 0.2,
 * allowedMass = 0.8, renormalised: A = 0.6/0.8 = 0.75, B = 0.2/0.8 = 0.25.
 */
const vocabulary = new FakeVocabulary(['A', ' A', 'B', ' B', 'the']);
const logits = Float32Array.from([4, 2, 1, 1, 2].map(Math.log));
const messages = [{ role: 'user' as const, content: 'Answer with A or B.' }];

function setUp(engine = new FakeWebllmEngine(vocabulary, logits)) {
  const responses: WorkerResponse[] = [];
  let clock = 1000;
  const cached = new Set(['Cached-1B-q4f32_1-MLC']);
  const deleted: string[] = [];
  const host = new WorkerHost(
    {
      engine,
      loadVocabulary: async () => vocabulary,
      hasModelInCache: async (modelId) => cached.has(modelId),
      deleteModelAllInfoInCache: async (modelId) => {
        deleted.push(modelId);
      },
      now: () => (clock += 5),
    },
    (response) => responses.push(response),
  );
  const send = async (request: WorkerRequest) => {
    responses.length = 0;
    await host.handle(request);
    return [...responses];
  };
  return { engine, send, deleted, host, responses };
}

describe('WorkerHost', () => {
  it('loads a model with its logit processor registered, reporting progress then done', async () => {
    const { engine, send } = setUp();
    const responses = await send({ id: 1, type: 'load', payload: { modelId: 'Tiny-1B-q4f32_1-MLC' } });
    expect(engine.registry?.has('Tiny-1B-q4f32_1-MLC')).toBe(true);
    expect(responses.map((response) => response.type)).toEqual(['progress', 'progress', 'done']);
    expect(responses[0]).toMatchObject({
      id: 1,
      type: 'progress',
      payload: { phase: 'downloading', loadedBytes: 10 * 1024 * 1024 },
    });
    expect(responses[1]).toMatchObject({ type: 'progress', payload: { phase: 'ready', fraction: 1 } });
    expect(responses[2]).toEqual({ id: 1, type: 'done', request: 'load', payload: { modelId: 'Tiny-1B-q4f32_1-MLC' } });
  });

  it('scores from the full logits: A = 0.75, B = 0.25, allowedMass 0.8, in one forward pass', async () => {
    const { engine, send } = setUp();
    await send({ id: 1, type: 'load', payload: { modelId: 'Tiny-1B-q4f32_1-MLC' } });
    const [response] = await send({ id: 2, type: 'score', payload: { messages, labels: ['A', 'B'] } });
    expect(response?.type === 'done' && response.request === 'score').toBe(true);
    if (response?.type !== 'done' || response.request !== 'score') return;
    expect(response.payload.method).toBe('full-logits');
    expect(response.payload.probs[0]).toBeCloseTo(0.75, 6);
    expect(response.payload.probs[1]).toBeCloseTo(0.25, 6);
    expect(response.payload.allowedMass).toBeCloseTo(0.8, 6);
    expect(response.payload).toMatchObject({ missingLabels: [], tokensIn: 42, ms: 5 });
    expect(engine.requests[0]).toMatchObject({
      max_tokens: 1,
      temperature: 1,
      top_p: 1,
      logprobs: true,
      top_logprobs: 5,
      stream: false,
    });
    expect(engine.requests[0]?.extra_body).toBeUndefined();
  });

  it("runs requests one at a time, so a second score cannot steal the first one's logits", async () => {
    const { send, host, responses } = setUp();
    await send({ id: 1, type: 'load', payload: { modelId: 'Tiny-1B-q4f32_1-MLC' } });
    responses.length = 0;
    await Promise.all([
      host.handle({ id: 2, type: 'score', payload: { messages, labels: ['A', 'B'] } }),
      host.handle({ id: 3, type: 'score', payload: { messages, labels: ['A', 'B'] } }),
    ]);
    const methods = responses.map((response) =>
      response.type === 'done' && response.request === 'score' ? response.payload.method : response.type,
    );
    expect(methods).toEqual(['full-logits', 'full-logits']);
  });

  it('disables thinking for Qwen3 models only', async () => {
    const { engine, send } = setUp();
    await send({ id: 1, type: 'load', payload: { modelId: 'Qwen3-0.6B-q4f32_1-MLC' } });
    await send({ id: 2, type: 'score', payload: { messages, labels: ['A', 'B'] } });
    expect(engine.requests[0]?.extra_body).toEqual({ enable_thinking: false });
  });

  it('fails loudly when WebLLM reports a top token the captured logits do not have', async () => {
    const engine = new FakeWebllmEngine(vocabulary, logits);
    engine.reportedTokens = ['B'];
    const { send } = setUp(engine);
    await send({ id: 1, type: 'load', payload: { modelId: 'Tiny-1B-q4f32_1-MLC' } });
    const [response] = await send({ id: 2, type: 'score', payload: { messages, labels: ['A', 'B'] } });
    expect(response?.type).toBe('error');
    expect(response?.type === 'error' && response.payload.message).toContain(
      'LogitCheckError: WebLLM\'s top token #1 "B" (p = 0.4000)',
    );
  });

  it('falls back to top-5 logprobs, flagged, when the logit processor never ran', async () => {
    const { send } = setUp(new FakeWebllmEngine(vocabulary, logits, false));
    await send({ id: 1, type: 'load', payload: { modelId: 'Tiny-1B-q4f32_1-MLC' } });
    const [response] = await send({ id: 2, type: 'score', payload: { messages, labels: ['A', 'B', 'C'] } });
    if (response?.type !== 'done' || response.request !== 'score')
      throw new Error(`expected a score, got ${JSON.stringify(response)}`);
    // top-5 holds all five tokens here, so the masses equal the full ones; C is missing.
    expect(response.payload.method).toBe('top-logprobs');
    expect(response.payload.missingLabels).toEqual(['C']);
    expect(response.payload.probs[0]).toBeCloseTo(0.75, 6);
  });

  it('refuses to score before a model is loaded, and names labels the vocabulary cannot spell', async () => {
    const { send } = setUp();
    expect(await send({ id: 1, type: 'score', payload: { messages, labels: ['A'] } })).toEqual([
      { id: 1, type: 'error', payload: { message: 'Error: No model is loaded; load one before scoring.' } },
    ]);
    await send({ id: 2, type: 'load', payload: { modelId: 'Tiny-1B-q4f32_1-MLC' } });
    const [response] = await send({ id: 3, type: 'score', payload: { messages, labels: ['A', 'Z'] } });
    expect(response?.type === 'error' && response.payload.message).toContain(
      'no single token for the answer label "Z"',
    );
  });

  it('unloads the previous model before loading another, and reports reload errors as "Name: message"', async () => {
    const { engine, send } = setUp();
    await send({ id: 1, type: 'load', payload: { modelId: 'One-1B-q4f32_1-MLC' } });
    await send({ id: 2, type: 'load', payload: { modelId: 'One-1B-q4f32_1-MLC' } });
    await send({ id: 3, type: 'load', payload: { modelId: 'Two-1B-q4f32_1-MLC' } });
    expect(engine.calls).toEqual(['reload One-1B-q4f32_1-MLC', 'unload', 'reload Two-1B-q4f32_1-MLC']);
    expect(vocabulary.disposed).toBe(1);

    const lost = new Error('The WebGPU device was lost while loading the model.');
    lost.name = 'DeviceLostError';
    engine.reloadError = lost;
    const responses = await send({ id: 4, type: 'load', payload: { modelId: 'Three-7B-q4f32_1-MLC' } });
    expect(responses).toEqual([
      {
        id: 4,
        type: 'error',
        payload: { message: 'DeviceLostError: The WebGPU device was lost while loading the model.' },
      },
    ]);
  });

  it('reports cached models and deletes only cached ones', async () => {
    const { send, deleted } = setUp();
    expect(await send({ id: 1, type: 'cache-status', payload: { modelIds: [] } })).toEqual([
      { id: 1, type: 'done', request: 'cache-status', payload: { cached: [] } },
    ]);
    const status = await send({
      id: 2,
      type: 'cache-status',
      payload: { modelIds: ['Cached-1B-q4f32_1-MLC', 'Other-1B-q4f32_1-MLC'] },
    });
    expect(status).toEqual([
      { id: 2, type: 'done', request: 'cache-status', payload: { cached: ['Cached-1B-q4f32_1-MLC'] } },
    ]);
    const removal = await send({
      id: 3,
      type: 'cache-delete',
      payload: { modelIds: ['Other-1B-q4f32_1-MLC', 'Cached-1B-q4f32_1-MLC'] },
    });
    expect(removal).toEqual([
      { id: 3, type: 'done', request: 'cache-delete', payload: { deleted: ['Cached-1B-q4f32_1-MLC'] } },
    ]);
    expect(deleted).toEqual(['Cached-1B-q4f32_1-MLC']);
  });
});
