export { baselineDistribution, DEFAULT_BASELINE_COUNTRY, type BaselineKind } from './baselineDistribution';
export { createBaselineEngine, UnanswerableItemError, type BaselineEngineOptions } from './createBaselineEngine';
