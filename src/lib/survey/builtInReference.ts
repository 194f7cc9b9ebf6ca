import type { Dataset, HumanReference } from './types.ts';

export const BUILT_IN_REFERENCE_ID = 'builtin';

/** The bundled CultureSPA answers as the reference model answers are compared with by default. */
export function builtInReference(dataset: Dataset): HumanReference {
  return {
    id: BUILT_IN_REFERENCE_ID,
    label: 'Built-in: CultureSPA, 19 countries, unweighted',
    weighting: 'unweighted',
    responses: dataset.responses,
  };
}
