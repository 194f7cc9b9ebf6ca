/** A point of a ScatterPlot; `lines` is its tooltip (first line = heading), the same on hover and focus. */
export interface ScatterPoint {
  id: string;
  x: number;
  y: number;
  colour: string;
  /** Drawn next to the point when the chart shows labels. */
  label: string;
  lines: string[];
  /** 'circle' (default) for people, 'diamond' for a model's answers, 'ring' for an optional context layer. */
  shape?: 'circle' | 'diamond' | 'ring';
  /** Points that are only context (e.g. the human IW points) are not tab stops. */
  focusable?: boolean;
}

/** A straight connection, e.g. from a persona's model position to the country's real one. */
export interface ScatterSegment {
  id: string;
  from: [number, number];
  to: [number, number];
  colour: string;
}

/** A polyline through points in the given order, e.g. one model family by size. */
export interface ScatterLine {
  id: string;
  colour: string;
  points: [number, number][];
}

export interface LegendEntry {
  label: string;
  colour: string;
  shape?: 'circle' | 'diamond' | 'ring' | 'line';
}
