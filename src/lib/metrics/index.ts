/** Public surface of metrics/: pure functions of typed survey data and model answers. */
export type * from './types';
export { summariseRun } from './summariseRun';
export { toDistribution } from './toDistribution';
export { combineOrders, type DistributionsByOrder } from './combineOrders';
export { questionScale, type QuestionScale } from './questionScale';
export { scaleMean, normaliseMean } from './scaleMean';
export { pearson, MIN_POINTS } from './pearson';
export { spearman } from './spearman';
export { jensenShannonDistance, jensenShannonSimilarity } from './jensenShannon';
export { wassersteinSimilarity } from './wasserstein';
export { percentileBootstrap, type BootstrapOptions } from './bootstrap';
export { projectInglehartWelzel } from './iwProjection';
export { iwRawVector } from './iwRawVector';
export { westernGap } from './westernGap';
export { zoneMeans } from './zoneMeans';
export type { CountryValue } from './countrySetMean';
