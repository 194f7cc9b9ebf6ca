import type { Point } from './tooltipPosition';

export interface MarkHandlers {
  onpointerenter: () => void;
  onpointerleave: () => void;
  onfocus: () => void;
  onblur: () => void;
  onclick: () => void;
  onkeydown: (event: KeyboardEvent) => void;
}

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

  /**
   * The handlers a mark spreads on itself: hover and focus show its tooltip at `anchor`, click, Enter or Space
   * report it to `onselect`, Escape hides the tooltip.
   */
  handlers(row: Row, anchor: Point, onselect?: (row: Row) => void): MarkHandlers {
    return {
      onpointerenter: () => this.show(row, anchor),
      onpointerleave: () => this.hide(),
      onfocus: () => this.show(row, anchor),
      onblur: () => this.hide(),
      onclick: () => onselect?.(row),
      onkeydown: (event) => this.keydown(event, row, onselect),
    };
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
