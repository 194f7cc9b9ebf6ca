import type { CatalogEntry, LadderId, ModelVerdict } from './types';

export interface LadderRung {
  family: string;
  sizeLabel: string | null;
  /** The build to use for this rung: the smallest download that runs here, else the smallest download. */
  model: CatalogEntry;
}

/**
 * One rung per (family, size) on a ladder, smallest first. "-1k" builds are skipped (less context, same
 * answers) and 4-bit builds preferred where a size has them (SmolLM2 135M only comes unquantised).
 */
export function ladderRungs(
  catalog: readonly CatalogEntry[],
  ladder: LadderId,
  verdictOf: (model: CatalogEntry) => ModelVerdict,
): LadderRung[] {
  const rungs = new Map<string, CatalogEntry[]>();
  for (const entry of catalog) {
    if (!entry.ladders.includes(ladder) || entry.id.endsWith('-1k')) continue;
    const key = `${entry.family}|${entry.sizeLabel ?? ''}`;
    rungs.set(key, [...(rungs.get(key) ?? []), entry]);
  }
  return [...rungs.values()]
    .map((builds) => {
      const fourBit = builds.filter((build) => build.weightBits === 4);
      const bySize = [...(fourBit.length > 0 ? fourBit : builds)].sort(
        (a, b) => (a.approxDownloadBytes ?? Infinity) - (b.approxDownloadBytes ?? Infinity),
      );
      const model = bySize.find((build) => verdictOf(build).kind === 'runs-here') ?? (bySize[0] as CatalogEntry);
      return { family: model.family, sizeLabel: model.sizeLabel, model };
    })
    .sort(
      (a, b) => a.family.localeCompare(b.family) || (a.model.parameters ?? Infinity) - (b.model.parameters ?? Infinity),
    );
}
