import type { AnswerOption, Question } from '../../survey/types';

/** "1 Not at all important": the option text, prefixed with its scale value unless the text already starts with it. */
export function optionWithValue(option: AnswerOption & { value: number }): string {
  const value = String(option.value);
  return option.text === value || option.text.startsWith(`${value} `) ? option.text : `${value} ${option.text}`;
}

/** The wording at the low and high ends of a question's answer scale, or null for nominal questions (no scale). */
export function legendEnds(question: Question): { start: string; end: string } | null {
  if (question.scaleType === 'nominal') return null;
  const onScale = question.options.filter(
    (option): option is AnswerOption & { value: number } => option.value !== null,
  );
  if (onScale.length === 0) return null;
  const sorted = [...onScale].sort((a, b) => a.value - b.value);
  return {
    start: optionWithValue(sorted[0] as (typeof sorted)[number]),
    end: optionWithValue(sorted[sorted.length - 1] as (typeof sorted)[number]),
  };
}
