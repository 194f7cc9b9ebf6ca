import type { CountryFeature } from './geoTypes';

export interface JoinedRow<Row> {
  row: Row;
  feature: CountryFeature;
}

export interface FeatureJoin<Row> {
  /** Rows that found their shape, in row order; each shape is used by the first row that names it. */
  joined: JoinedRow<Row>[];
  /** Shapes no row claimed (drawn as background). */
  background: CountryFeature[];
}

/** Pairs data rows with map shapes by id; rows without a shape are left out (show them in a list instead). */
export function joinRowsToFeatures<Row>(
  rows: readonly Row[],
  features: ReadonlyMap<string, CountryFeature>,
  featureId: (row: Row) => string,
): FeatureJoin<Row> {
  const claimed = new Set<string>();
  const joined: JoinedRow<Row>[] = [];
  for (const row of rows) {
    const id = featureId(row);
    const feature = features.get(id);
    if (!feature || claimed.has(id)) continue;
    claimed.add(id);
    joined.push({ row, feature });
  }
  const background = [...features.values()].filter((feature) => !claimed.has(feature.id));
  return { joined, background };
}
