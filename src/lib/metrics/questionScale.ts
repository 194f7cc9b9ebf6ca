import { ascending } from 'd3';
import type { Question } from '../survey/types';

/** The ordered part of a question's answer scale, precomputed once per question. */
export interface QuestionScale {
  /** Indices into question.options of the on-scale options, in ascending scale value (ties keep option order). */
  optionIndices: number[];
  /** Their scale values, aligned with optionIndices. */
  values: number[];
  min: number;
  max: number;
  /** 1 + the highest index in optionIndices: the fewest probabilities a distribution needs to be read on the scale. */
  optionsSpanned: number;
}

/** Scales by question: a question's scale never changes, and every reference compared with it needs it. */
const scales = new WeakMap<Question, QuestionScale | null>();

/**
 * The question's on-scale options and range, or null when means are meaningless: nominal questions, and scales
 * with fewer than two distinct on-scale values (their normalised mean would divide by zero).
 * Computed once per question object and shared: read it, never write it.
 */
export function questionScale(question: Question): QuestionScale | null {
  let scale = scales.get(question);
  if (scale === undefined) {
    scale = computeQuestionScale(question);
    scales.set(question, scale);
  }
  return scale;
}

function computeQuestionScale(question: Question): QuestionScale | null {
  if (question.scaleType === 'nominal') return null;
  const optionIndices: number[] = [];
  const values: number[] = [];
  let inOrder = true;
  question.options.forEach((option, index) => {
    if (option.value === null) return;
    if (values.length > 0 && option.value < (values[values.length - 1] as number)) inOrder = false;
    optionIndices.push(index);
    values.push(option.value);
  });
  // The dataset lists options in scale order already; sorting is the fallback for imported questions.
  if (!inOrder) {
    const sorted = optionIndices
      .map((optionIndex, position) => ({ optionIndex, value: values[position] as number }))
      .sort((a, b) => ascending(a.value, b.value) || a.optionIndex - b.optionIndex);
    sorted.forEach((entry, position) => {
      optionIndices[position] = entry.optionIndex;
      values[position] = entry.value;
    });
  }
  const min = values[0];
  const max = values[values.length - 1];
  if (min === undefined || max === undefined || min === max) return null;
  return { optionIndices, values, min, max, optionsSpanned: Math.max(...optionIndices) + 1 };
}
