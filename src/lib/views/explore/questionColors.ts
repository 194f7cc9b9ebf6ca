import { interpolateCividis } from 'd3';
import { categoricalPalette, offScaleColor } from '../../charts/palettes';
import type { HumanResponse, Question } from '../../survey/types';

/** Sequential, colour-blind safe and monotone in lightness: low answer values dark blue, high values yellow. */
export const scaleInterpolator = interpolateCividis;

/** The lowest and highest scale values of the question's on-scale options, or null when it has none. */
export function scaleExtent(question: Question): [number, number] | null {
  const values = question.options.map((option) => option.value).filter((value): value is number => value !== null);
  return values.length === 0 ? null : [Math.min(...values), Math.max(...values)];
}

/** Where a value sits on the question's scale, 0 at the lowest option and 1 at the highest (a one-point scale: 0.5). */
export function scalePosition(question: Question, value: number): number {
  const extent = scaleExtent(question);
  if (extent === null)
    throw new Error(`Question ${question.id} has no on-scale options, so its values have no position.`);
  const [low, high] = extent;
  return high === low ? 0.5 : (value - low) / (high - low);
}

/** A value's colour on the question's scale. */
export function valueColor(question: Question, value: number): string {
  return scaleInterpolator(scalePosition(question, value));
}

/**
 * One colour per option, in option order. Ordered scales reuse the map's colour for each option's value, so a colour
 * means the same answer in the map and the bars; off-scale options are grey. Nominal answers get Okabe–Ito colours.
 */
export function optionColors(question: Question): string[] {
  if (question.scaleType === 'nominal') return categoricalPalette(question.options.length);
  return question.options.map((option) => (option.value === null ? offScaleColor : valueColor(question, option.value)));
}

/** Index of the most chosen option (first on ties). */
export function modalOption(response: HumanResponse): number {
  return response.distribution.reduce(
    (best, share, index) => (share > (response.distribution[best] ?? 0) ? index : best),
    0,
  );
}

/** The map colour of a country: its mean on the scale, or for nominal questions the colour of its most common answer. */
export function responseColor(question: Question, response: HumanResponse): string {
  if (question.scaleType === 'nominal' || response.mean === null)
    return optionColors(question)[modalOption(response)] ?? offScaleColor;
  return valueColor(question, response.mean);
}
