import type { Dataset, HumanReference } from './types.ts';

export const BUILT_IN_REFERENCE_ID = 'builtin';

/** One object per dataset: the metrics cache what they derive from a reference by its identity. */
const byDataset = new WeakMap<Dataset, HumanReference>();

/** The bundled CultureSPA answers as the reference model answers are compared with by default. */
export function builtInReference(dataset: Dataset): HumanReference {
  let reference = byDataset.get(dataset);
  if (reference === undefined) {
    reference = {
      id: BUILT_IN_REFERENCE_ID,
      label: 'Built-in: CultureSPA, 19 countries, unweighted',
      weighting: 'unweighted',
      responses: dataset.responses,
    };
    byDataset.set(dataset, reference);
  }
  return reference;
}
