import type { Prompt } from '../../prompt/types';
import type { CountryId, Distribution, HumanReference } from '../../survey/types';
import type { Engine, EngineDescriptor, OptionScores } from '../types';
import { baselineDistribution, DEFAULT_BASELINE_COUNTRY, type BaselineKind } from './baselineDistribution';

export interface BaselineEngineOptions {
  /** Country whose answers kind 'country' gives everyone; default USA. */
  sourceCountryId?: CountryId;
}

/** Thrown for items a baseline cannot answer (see baselineDistribution); the runner should skip them. */
export class UnanswerableItemError extends Error {
  override name = 'UnanswerableItemError';
}

function baselineModelId(kind: BaselineKind, sourceCountryId: CountryId): string {
  return kind === 'country' ? `baseline:country-${sourceCountryId}` : `baseline:${kind}`;
}

/** An engine that answers instantly with a baseline distribution, in the prompt's label order. */
export function createBaselineEngine(
  kind: BaselineKind,
  reference: HumanReference,
  options: BaselineEngineOptions = {},
): Engine {
  const sourceCountryId = options.sourceCountryId ?? DEFAULT_BASELINE_COUNTRY;
  const descriptor: EngineDescriptor = {
    kind: 'baseline',
    modelId: baselineModelId(kind, sourceCountryId),
    // The world-average and country baselines are only as fixed as the reference they come from.
    version: `reference:${reference.id}`,
    settings: kind === 'country' ? { baseline: kind, sourceCountry: sourceCountryId } : { baseline: kind },
  };

  async function score(prompt: Prompt, signal?: AbortSignal): Promise<OptionScores> {
    signal?.throwIfAborted();
    const started = performance.now();
    const byOption = baselineDistribution(kind, reference, prompt.questionId, prompt.countryId, sourceCountryId);
    if (!byOption) {
      const whose = kind === 'country' ? `${sourceCountryId} has no` : 'no country has';
      throw new UnanswerableItemError(
        `${descriptor.modelId} cannot answer ${prompt.questionId}: ${whose} human answers for it in "${reference.label}".`,
      );
    }
    if (byOption.length !== prompt.labels.length) {
      throw new Error(
        `${descriptor.modelId}: the reference has ${byOption.length} options for ${prompt.questionId} but the prompt shows ${prompt.labels.length}.`,
      );
    }
    const probs = prompt.optionIndexByLabel.map((optionIndex) => byOption[optionIndex] as number);
    return {
      probs: probs as readonly number[] as Distribution,
      allowedMass: 1,
      method: 'baseline',
      missingLabels: [],
      tokensIn: 0,
      ms: performance.now() - started,
    };
  }

  return {
    descriptor,
    async load(onProgress) {
      onProgress({ phase: 'ready', fraction: 1, text: `${descriptor.modelId} needs no download.` });
    },
    score,
    async unload() {},
  };
}
