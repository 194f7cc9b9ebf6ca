import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import type { ActiveMark } from './ActiveMark.svelte';

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The plot's pixel box inside the margins: where the scales map their domains to. */
export interface PlotArea {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A position scale of the frame: a numeric domain drawn across the plot area. */
export interface AxisSpec {
  domain: readonly [number, number];
  type?: 'linear' | 'log';
  /** Round the domain out to tick values (d3's `nice`). */
  nice?: boolean;
}

export type FrameScale = ScaleContinuousNumeric<number, number>;

export const noMargin: Margin = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The width a chart is drawn at: the measured width of its container, but never narrower than `minWidth` (a
 * narrower container shows the drawing scaled down instead of squeezing its labels); `naturalWidth` until the
 * container has been measured (server render, first paint).
 */
export function drawnWidth(measured: number, naturalWidth: number, minWidth: number): number {
  return Math.round(measured > 0 ? Math.max(measured, minWidth) : Math.max(naturalWidth, minWidth));
}

/** The plot area of a `width` × `height` chart with `margin`; a margin wider than the chart leaves a 1 px plot. */
export function plotArea(width: number, height: number, margin: Margin): PlotArea {
  const left = margin.left;
  const top = margin.top;
  return {
    left,
    top,
    right: Math.max(left + 1, width - margin.right),
    bottom: Math.max(top + 1, height - margin.bottom),
  };
}

/** A linear or log scale from `spec.domain` to the pixel `range`. */
export function frameScale(spec: AxisSpec, range: readonly [number, number]): FrameScale {
  const scale = (spec.type === 'log' ? scaleLog() : scaleLinear()).domain(spec.domain).range(range);
  return spec.nice ? scale.nice() : scale;
}

/** How a chart's <svg> is named: its own title and description, or elements of the page (a figure's heading). */
export type FrameLabel = { title: string; description: string } | { titleId: string; descriptionId: string };

/** What the frame hands a chart's marks: its size, plot area, position scales and the tooltip's active mark. */
export interface FrameContext<Mark> {
  width: number;
  height: number;
  plot: PlotArea;
  x: FrameScale;
  y: FrameScale;
  active: ActiveMark<Mark>;
  /** The id of the tooltip element, for the active mark's aria-describedby. */
  tooltipId: string;
}
