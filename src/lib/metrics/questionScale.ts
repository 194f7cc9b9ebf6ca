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
}

/**
 * The question's on-scale options and range, or null when means are meaningless: nominal questions, and scales
 * with fewer than two distinct on-scale values (their normalised mean would divide by zero).
 */
export function questionScale(question: Question): QuestionScale | null {
  if (question.scaleType === 'nominal') return null;
  const onScale = question.options
    .map((option, index) => ({ index, value: option.value }))
    .filter((entry): entry is { index: number; value: number } => entry.value !== null)
    .sort((a, b) => ascending(a.value, b.value) || a.index - b.index);
  const first = onScale[0];
  const last = onScale[onScale.length - 1];
  if (first === undefined || last === undefined || first.value === last.value) return null;
  return {
    optionIndices: onScale.map((entry) => entry.index),
    values: onScale.map((entry) => entry.value),
    min: first.value,
    max: last.value,
  };
}
