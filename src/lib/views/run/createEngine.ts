import { createBaselineEngine } from '../../engines/baselines';
import { createOpenAIEngine, resolveEndpointConfig } from '../../engines/openai';
import type { Engine } from '../../engines/types';
import type { HumanReference } from '../../survey/types';
import type { EngineSpec } from './engineSpec';

/** Builds the engine for a spec. WebLLM's client is imported lazily so the library stays out of the main bundle. */
export async function createEngine(spec: EngineSpec, reference: HumanReference): Promise<Engine> {
  switch (spec.kind) {
    case 'baseline':
      return createBaselineEngine(spec.baseline, reference, { sourceCountryId: spec.sourceCountryId });
    case 'openai-endpoint':
      return createOpenAIEngine(resolveEndpointConfig(spec.endpoint));
    case 'webllm': {
      const { WebllmEngine } = await import('../../engines/webllm/client');
      return new WebllmEngine(spec.modelId);
    }
  }
}
