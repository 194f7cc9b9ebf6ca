/**
 * Errors that mean "this item has no answer" rather than "the engine broke": a baseline without
 * human data (UnanswerableItemError) or a model that put no probability on any label
 * (ZeroLabelMassError). Matched by name because errors from the WebLLM worker arrive as
 * "Name: message" strings.
 */
const SKIPPABLE = ['UnanswerableItemError', 'ZeroLabelMassError'] as const;

export type SkipKind = (typeof SKIPPABLE)[number];

export function skippableErrorKind(error: unknown): SkipKind | null {
  const name = error instanceof Error ? error.name : typeof error === 'string' ? error.split(':', 1)[0] : undefined;
  return SKIPPABLE.find((kind) => kind === name) ?? null;
}
