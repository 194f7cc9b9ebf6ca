import type { Point } from './tooltipPosition';

/**
 * The mark whose tooltip is showing, shared by the charts that show one HTML tooltip for hover and keyboard focus
 * alike: Enter or Space selects the focused mark, Escape hides its tooltip.
 */
export class ActiveMark<Row> {
  current: { row: Row; anchor: Point } | null = $state.raw(null);

  show(row: Row, anchor: Point): void {
    this.current = { row, anchor };
  }

  hide(): void {
    this.current = null;
  }

  isShowing(row: Row): boolean {
    return this.current?.row === row;
  }

  keydown(event: KeyboardEvent, row: Row, onselect: ((row: Row) => void) | undefined): void {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onselect?.(row);
    } else if (event.key === 'Escape') {
      this.hide();
    }
  }
}
