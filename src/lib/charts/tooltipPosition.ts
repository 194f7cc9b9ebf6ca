export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * Top-left corner for a tooltip near `anchor`: right of and below it by `gap`, flipped to the left or above when it
 * would leave the container, and never above or left of the container's corner.
 */
export function tooltipPosition(anchor: Point, tooltip: Size, container: Size, gap = 12): Point {
  const fitsRight = anchor.x + gap + tooltip.width <= container.width;
  const fitsBelow = anchor.y + gap + tooltip.height <= container.height;
  const x = fitsRight ? anchor.x + gap : anchor.x - gap - tooltip.width;
  const y = fitsBelow ? anchor.y + gap : anchor.y - gap - tooltip.height;
  return { x: Math.max(0, x), y: Math.max(0, y) };
}
