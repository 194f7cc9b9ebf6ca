import generated from './catalog.generated.json';
import type { CatalogEntry } from './types';

/** WebLLM version the catalog was generated from (scripts/build-model-catalog.ts). */
export const catalogWebllmVersion: string = generated.webllmVersion;

/** Every text model of the pinned WebLLM's prebuilt list. */
export const catalog: readonly CatalogEntry[] = generated.models as CatalogEntry[];

export interface FamilyGroup {
  family: string;
  paperFamily: boolean;
  /** Sorted by parameter count, smallest first; unknown sizes last. */
  models: CatalogEntry[];
}

/** Groups models by family (paper families first, then by name) and sorts each by size. */
export function groupByFamily(entries: readonly CatalogEntry[]): FamilyGroup[] {
  const groups = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    const group = groups.get(entry.family) ?? [];
    group.push(entry);
    groups.set(entry.family, group);
  }
  return [...groups]
    .map(([family, models]) => ({
      family,
      paperFamily: models.some((model) => model.paperFamily),
      models: [...models].sort((a, b) => (a.parameters ?? Infinity) - (b.parameters ?? Infinity)),
    }))
    .sort((a, b) => Number(b.paperFamily) - Number(a.paperFamily) || a.family.localeCompare(b.family));
}

export function findModel(id: string): CatalogEntry | undefined {
  return catalog.find((entry) => entry.id === id);
}
