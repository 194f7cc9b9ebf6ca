import { formatEstimate } from './formatEstimate';
import { okabeIto } from './okabeIto';
import type { LegendEntry, ScatterLine, ScatterPoint } from './scatterTypes';

export interface SizeLadderRun {
  id: string;
  label: string;
  family: string;
  /** Parameter count; runs without one cannot be placed and are left out (list them beside the chart). */
  parameters: number | null;
  estimate: number | null;
  low: number | null;
  high: number | null;
}

export interface SizeLadderMarks {
  points: ScatterPoint[];
  lines: ScatterLine[];
  legend: LegendEntry[];
  xDomain: [number, number];
  /** Runs that could not be drawn (no size or undefined value), by label. */
  leftOut: string[];
}

/**
 * Alignment against parameter count (log axis): one colour per model family, each family's runs
 * joined from the smallest to the largest so a size trend reads as a rising line.
 */
export function sizeLadderMarks(runs: readonly SizeLadderRun[], valueLabel: string): SizeLadderMarks {
  const drawable = runs.filter((run) => run.parameters !== null && run.parameters > 0 && run.estimate !== null);
  const families = [...new Set(drawable.map((run) => run.family))].sort();
  const colourOf = (family: string) => okabeIto[families.indexOf(family) % okabeIto.length] ?? '#000000';
  const points: ScatterPoint[] = drawable.map((run) => ({
    id: run.id,
    x: run.parameters ?? 1,
    y: run.estimate ?? 0,
    colour: colourOf(run.family),
    label: run.label,
    lines: [
      run.label,
      `${run.family}, ${formatParameters(run.parameters ?? 0)} parameters`,
      `${valueLabel}: ${formatEstimate(run.estimate, run.low, run.high)}`,
    ],
  }));
  const lines: ScatterLine[] = families.map((family) => ({
    id: family,
    colour: colourOf(family),
    points: drawable
      .filter((run) => run.family === family)
      .sort((a, b) => (a.parameters ?? 0) - (b.parameters ?? 0))
      .map((run): [number, number] => [run.parameters ?? 1, run.estimate ?? 0]),
  }));
  const sizes = drawable.map((run) => run.parameters ?? 1);
  const xDomain: [number, number] = sizes.length > 0 ? [Math.min(...sizes) / 2, Math.max(...sizes) * 2] : [1e8, 1e10];
  return {
    points,
    lines,
    legend: families.map((family) => ({ label: family, colour: colourOf(family), shape: 'line' as const })),
    xDomain,
    leftOut: runs.filter((run) => !drawable.includes(run)).map((run) => run.label),
  };
}

/** 1.5e9 → "1.5B", 135e6 → "135M". */
export function formatParameters(parameters: number): string {
  if (parameters >= 1e9) return `${Number((parameters / 1e9).toPrecision(3))}B`;
  return `${Number((parameters / 1e6).toPrecision(3))}M`;
}
