import { describe, expect, it } from 'vitest';
import { buildPrompt } from '../../prompt/buildPrompt';
import { binaryQuestion, deu, importanceQuestion, nzl, tinyReference, usa } from '../../prompt/fixtures/tinySurvey';
import type { PromptSettings } from '../../prompt/types';
import { createBaselineEngine } from './createBaselineEngine';

const settings: PromptSettings = { persona: 'person-from', language: 'en', order: 'both' };

describe('createBaselineEngine', () => {
  it('answers in the prompt label order with method baseline and allowedMass 1', async () => {
    const engine = createBaselineEngine('country', tinyReference);
    // USA on Q1 is [0.1, 0.2, 0.3, 0.4]; reversed labels show options [3, 2, 1, 0].
    const reversed = await engine.score(buildPrompt(importanceQuestion, nzl, settings, 'reversed'));
    expect(reversed.probs).toEqual([0.4, 0.3, 0.2, 0.1]);
    expect(reversed).toMatchObject({ allowedMass: 1, method: 'baseline', missingLabels: [], tokensIn: 0 });
    const original = await engine.score(buildPrompt(importanceQuestion, nzl, settings, 'original'));
    expect(original.probs).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  it('describes itself by kind and source country', () => {
    expect(createBaselineEngine('uniform', tinyReference).descriptor).toEqual({
      kind: 'baseline',
      modelId: 'baseline:uniform',
      version: 'reference:tiny',
      settings: { baseline: 'uniform' },
    });
    expect(createBaselineEngine('world-average', tinyReference).descriptor.modelId).toBe('baseline:world-average');
    const german = createBaselineEngine('country', tinyReference, { sourceCountryId: 'DEU' }).descriptor;
    expect(german.modelId).toBe('baseline:country-DEU');
    expect(german.settings).toEqual({ baseline: 'country', sourceCountry: 'DEU' });
  });

  it('reports ready on load without work', async () => {
    const phases: string[] = [];
    await createBaselineEngine('uniform', tinyReference).load((progress) => phases.push(progress.phase));
    expect(phases).toEqual(['ready']);
  });

  it('throws an UnanswerableItemError when the source country lacks the question', async () => {
    const engine = createBaselineEngine('country', tinyReference, { sourceCountryId: 'DEU' });
    const prompt = buildPrompt(importanceQuestion, usa, settings, 'original');
    await expect(engine.score(prompt)).rejects.toMatchObject({
      name: 'UnanswerableItemError',
      message: 'baseline:country-DEU cannot answer Q1: DEU has no human answers for it in "Tiny hand-made reference".',
    });
  });

  it('respects an aborted signal', async () => {
    const engine = createBaselineEngine('uniform', tinyReference);
    const controller = new AbortController();
    controller.abort(new Error('stopped by user'));
    await expect(
      engine.score(buildPrompt(binaryQuestion, deu, settings, 'original'), controller.signal),
    ).rejects.toThrow('stopped by user');
  });
});
