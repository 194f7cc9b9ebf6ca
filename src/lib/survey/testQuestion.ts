import type { Question } from './types.ts';

/**
 * Q1, a two-option question, as a complete Question record for tests (nothing in the app imports it); each test
 * overrides the fields it is about.
 */
export function testQuestion(overrides: Partial<Question> = {}): Question {
  return {
    id: 'Q1',
    text: 'How important is family in your life?',
    label: 'Important in life: Family',
    category: 'social-values',
    scaleType: 'binary',
    flags: [],
    options: [
      { code: 1, text: 'Very important', value: 1 },
      { code: 2, text: 'Not important', value: 2 },
    ],
    ...overrides,
  };
}
