const storageKey = 'valueprobe.projectorMode';

/** Chart text in px: readable on a laptop by default, at least 16 px for a projector or a slide. */
export const chartTextPx = { normal: 14, projector: 18 } as const;

function storedProjectorMode(): boolean {
  try {
    return globalThis.localStorage?.getItem(storageKey) === 'on';
  } catch {
    return false;
  }
}

/**
 * Projector mode: larger chart text on screen and in exports, remembered in this browser. The
 * size reaches chart CSS through the `--chart-text` custom property on the document root.
 */
class ChartTextSize {
  projector = $state(storedProjectorMode());

  get px(): number {
    return this.projector ? chartTextPx.projector : chartTextPx.normal;
  }

  toggle(): void {
    this.projector = !this.projector;
    try {
      globalThis.localStorage?.setItem(storageKey, this.projector ? 'on' : 'off');
    } catch {
      // Storage can be refused (private mode, quota); the mode then lasts for this page only.
    }
  }
}

export const chartTextSize = new ChartTextSize();
