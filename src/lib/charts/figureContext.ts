import { getContext, setContext } from 'svelte';

const key = Symbol('figure-context');

/**
 * What the figures below a view show, for their exports' subtitle: the run or model and the
 * human reference, e.g. "Llama 3.2 1B, 2 questions per topic · compared with WVS-7 country means".
 * A view sets it once; FigureCard reads it when a figure is exported (so it is current then).
 */
export function setFigureContext(describe: () => string): void {
  setContext(key, describe);
}

export function getFigureContext(): () => string {
  return getContext<(() => string) | undefined>(key) ?? (() => '');
}
