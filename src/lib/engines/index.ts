/**
 * Public surface of the engines. The WebLLM engine is deliberately not re-exported here: import it from
 * `./webllm` lazily so its library stays out of the main bundle.
 */
export type * from './types';
export * from './scoring';
export * from './baselines';
export * from './openai';
export { LOW_ALLOWED_MASS } from './lowAllowedMass';
