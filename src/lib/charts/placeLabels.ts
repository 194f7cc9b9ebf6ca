import { textWidth } from './textWidth';

export interface LabelCandidate {
  id: string;
  /** The point the label belongs to; the label is drawn to its upper right. */
  x: number;
  y: number;
  text: string;
}

/** Offset of a label's baseline start from its point, as ScatterPlot draws it. */
export const labelOffset = { dx: 7, dy: -5 } as const;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function labelBox(candidate: LabelCandidate, fontSize: number): Box {
  const left = candidate.x + labelOffset.dx;
  const bottom = candidate.y + labelOffset.dy;
  return { left, top: bottom - fontSize, right: left + textWidth(candidate.text, fontSize), bottom };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The ids of the labels to draw so that none overlaps another: candidates are taken in order
 * (put the important ones first) and a label whose box meets one already kept is left out; the
 * point itself stays, with its name in the tooltip and the table.
 */
export function placeLabels(candidates: readonly LabelCandidate[], fontSize: number): Set<string> {
  const kept: Box[] = [];
  const ids = new Set<string>();
  for (const candidate of candidates) {
    const box = labelBox(candidate, fontSize);
    if (kept.some((other) => overlaps(box, other))) continue;
    kept.push(box);
    ids.add(candidate.id);
  }
  return ids;
}
