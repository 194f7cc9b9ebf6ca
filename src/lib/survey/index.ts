/** Public surface of survey/: the dataset, its loader and lookups. */
export type * from './types.ts';
export { ZONES } from './zones.ts';
export { loadDataset, pageDatasetUrl, DATASET_PATH, type FetchLike } from './loadDataset.ts';
export { parseDataset } from './parseDataset.ts';
export { DatasetFormatError } from './parseDataset.ts';
export { questionById, countryById, valueQuestions } from './lookups.ts';
export { builtInReference, BUILT_IN_REFERENCE_ID } from './builtInReference.ts';
export { CATEGORIES, CATEGORY_GROUP_NAMES, CATEGORY_GROUP_RATIONALE } from './categoryGroups.ts';
export { distributionProblem, DISTRIBUTION_SUM_TOLERANCE } from './distributionSum.ts';
