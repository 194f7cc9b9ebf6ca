import { LOW_ALLOWED_MASS } from '../engines/lowAllowedMass';
import type { ResultItem } from '../store/types';
import type { PlannedItem } from './planItems';
import type { RunProgress } from './types';

/** Running totals for progress events; `now` is in milliseconds (performance.now() in the app). */
export class ProgressTracker {
  #done: number;
  #skipped = 0;
  #unanswered = 0;
  #sessionItems = 0;
  #tokensIn: number;
  #lowAllowedMass: number;
  #current: PlannedItem | null = null;
  #latest: ResultItem | null = null;

  constructor(
    private readonly total: number,
    stored: readonly ResultItem[],
    private readonly startedAt: number,
  ) {
    this.#done = stored.length;
    this.#tokensIn = stored.reduce((sum, item) => sum + item.tokensIn, 0);
    this.#lowAllowedMass = stored.filter((item) => item.allowedMass < LOW_ALLOWED_MASS).length;
  }

  asking(item: PlannedItem | null): void {
    this.#current = item;
  }

  /** One answer; `tokensIn` counts once per prompt, so fanned-out copies pass 0. */
  recorded(item: ResultItem, tokensIn: number): void {
    this.#done += 1;
    this.#sessionItems += 1;
    this.#tokensIn += tokensIn;
    this.#latest = item;
    if (item.allowedMass < LOW_ALLOWED_MASS) this.#lowAllowedMass += 1;
  }

  /** Items without an answer; a model that gave no label any probability also counts as low allowed mass. */
  skipped(count: number, noLabelMass: boolean): void {
    this.#skipped += count;
    if (noLabelMass) {
      this.#unanswered += count;
      this.#lowAllowedMass += count;
    }
    this.#sessionItems += count;
  }

  snapshot(now: number): RunProgress {
    const seconds = (now - this.startedAt) / 1000;
    const itemsPerSecond = seconds > 0 ? this.#sessionItems / seconds : 0;
    const remaining = this.total - this.#done - this.#skipped;
    return {
      done: this.#done,
      total: this.total,
      skipped: this.#skipped,
      unanswered: this.#unanswered,
      itemsPerSecond,
      etaSeconds: itemsPerSecond > 0 ? remaining / itemsPerSecond : null,
      current: this.#current,
      latest: this.#latest,
      tokensIn: this.#tokensIn,
      lowAllowedMassCount: this.#lowAllowedMass,
    };
  }
}
