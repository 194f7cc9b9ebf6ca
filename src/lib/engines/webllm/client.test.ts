import { afterEach, describe, expect, it } from 'vitest';
import type { Prompt } from '../../prompt/types';
import type { LoadProgress } from '../types';
import { WebllmEngine } from './client';
import type { WorkerPort } from './createWebllmWorker';
import { WebllmError } from './errors';
import { workerFactory } from './InThreadWorker';

/** InThreadWorker's fake model: P(A) = 0.6, P(B) = 0.2, renormalised 0.75 / 0.25 (see WorkerHost.test.ts). */
const prompt: Prompt = {
  questionId: 'Q1',
  countryId: 'USA',
  order: 'original',
  messages: [{ role: 'user', content: 'A or B?' }],
  labels: ['A', 'B'],
  optionIndexByLabel: [0, 1],
};

const engines: WebllmEngine[] = [];
function engine(modelId: string, create: () => WorkerPort) {
  const created = new WebllmEngine(modelId, create);
  engines.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(engines.splice(0).map((created) => created.unload()));
});

describe('WebllmEngine', () => {
  it('describes itself with the pinned WebLLM version and starts no worker before load()', () => {
    const workers = workerFactory();
    const created = engine('Tiny-1B-q4f32_1-MLC', workers.create);
    expect(created.descriptor).toEqual({
      kind: 'webllm',
      modelId: 'Tiny-1B-q4f32_1-MLC',
      version: '@mlc-ai/web-llm@0.2.86',
      settings: { temperature: 1, topP: 1, maxTokens: 1 },
    });
    expect(workers.workers).toHaveLength(0);
  });

  it('loads with progress and scores a prompt from the full logits', async () => {
    const workers = workerFactory();
    const created = engine('Tiny-1B-q4f32_1-MLC', workers.create);
    const progress: LoadProgress[] = [];
    await created.load((report) => progress.push(report));
    expect(progress.map((report) => report.phase)).toEqual(['downloading', 'ready']);
    const scores = await created.score(prompt);
    expect(scores.method).toBe('full-logits');
    expect(scores.probs[0]).toBeCloseTo(0.75, 6);
    expect(scores.probs[1]).toBeCloseTo(0.25, 6);
    expect(scores.allowedMass).toBeCloseTo(0.8, 6);
    expect(workers.workers).toHaveLength(1);
  });

  it('refuses to score before load', async () => {
    await expect(engine('Tiny-1B-q4f32_1-MLC', workerFactory().create).score(prompt)).rejects.toThrow(
      'Load Tiny-1B-q4f32_1-MLC before scoring with it.',
    );
  });

  it('unloads the previous engine before another one loads', async () => {
    const first = workerFactory();
    const second = workerFactory();
    await engine('One-1B-q4f32_1-MLC', first.create).load(() => {});
    await engine('Two-1B-q4f32_1-MLC', second.create).load(() => {});
    expect(first.workers[0]?.terminated).toBe(true);
    expect(second.workers[0]?.terminated).toBe(false);
  });

  it('stops a previous engine that is still loading instead of waiting for it', async () => {
    const first = workerFactory();
    const loading = engine('One-1B-q4f32_1-MLC', first.create).load(() => {});
    await engine('Two-1B-q4f32_1-MLC', workerFactory().create).load(() => {});
    await expect(loading).rejects.toThrow('The model was unloaded.');
    expect(first.workers[0]?.terminated).toBe(true);
  });

  it('cancels loading by terminating the worker', async () => {
    const workers = workerFactory();
    const controller = new AbortController();
    const loading = engine('Tiny-1B-q4f32_1-MLC', workers.create).load(() => controller.abort(), controller.signal);
    await expect(loading).rejects.toThrow('Loading was cancelled.');
    expect(workers.workers[0]?.terminated).toBe(true);
  });

  it('rejects at once when aborted before it starts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(
      engine('Tiny-1B-q4f32_1-MLC', workerFactory().create).load(() => {}, controller.signal),
    ).rejects.toThrow('stop');
  });

  it('reports a dead worker as retryable, then recreates it and reloads the model on the next call', async () => {
    const workers = workerFactory();
    const created = engine('Tiny-1B-q4f32_1-MLC', workers.create);
    await created.load(() => {});
    const scoring = created.score(prompt);
    workers.workers[0]?.die('out of memory');
    const error = await scoring.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WebllmError);
    expect((error as WebllmError).problem).toMatchObject({
      kind: 'worker-died',
      retryable: true,
      detail: 'WorkerDied: out of memory',
    });

    const scores = await created.score(prompt);
    expect(workers.workers).toHaveLength(2);
    expect(scores.probs[0]).toBeCloseTo(0.75, 6);
  });

  it('turns worker error strings into explained WebllmErrors', async () => {
    const created = engine('Tiny-1B-q4f32_1-MLC', workerFactory().create);
    await created.load(() => {});
    await expect(created.score({ ...prompt, labels: ['A', 'Q'] })).rejects.toThrow(
      'WebLLM failed: Error: The model\'s tokenizer has no single token for the answer label "Q"',
    );
  });
});
