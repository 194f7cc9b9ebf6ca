import { describe, expect, it } from 'vitest';
import type { Question } from '../../survey/types';
import { searchQuestions } from './searchQuestions';

function question(
  id: string,
  label: string,
  text: string,
  category: Question['category'] = 'religious-values',
): Question {
  return { id, label, text, category, scaleType: 'ordinal', options: [], flags: [] };
}

const questions = [
  question('Q1', 'Important in life: Family', 'How important is family in your life?', 'social-values'),
  question('Q16', 'Important child qualities: religious faith', 'Religious faith', 'social-values'),
  question('Q164', 'Importance of God', 'How important is God in your life?'),
  question('Q165', 'Believe in: God', 'Do you believe in God?'),
];

const ids = (found: Question[]) => found.map((q) => q.id);

describe('searchQuestions', () => {
  it('returns nothing from no questions', () => {
    expect(searchQuestions([], { query: 'God', category: null })).toEqual([]);
  });

  it('returns every question for an empty or blank query', () => {
    expect(ids(searchQuestions(questions, { query: '   ', category: null }))).toEqual(['Q1', 'Q16', 'Q164', 'Q165']);
  });

  it('finds Q164 by the word "God", case-insensitively, label matches in dataset order', () => {
    expect(ids(searchQuestions(questions, { query: 'god', category: null }))).toEqual(['Q164', 'Q165']);
  });

  it('needs every word: "important god" only matches Q164', () => {
    expect(ids(searchQuestions(questions, { query: 'important God', category: null }))).toEqual(['Q164']);
  });

  it('puts the exact Q-id first, then other ids starting with it', () => {
    expect(ids(searchQuestions(questions, { query: 'q16', category: null }))).toEqual(['Q16', 'Q164', 'Q165']);
    expect(ids(searchQuestions(questions, { query: 'Q164', category: null }))).toEqual(['Q164']);
  });

  it('ranks label matches above text-only matches', () => {
    // "life" is in Q1's label (rank 1) but only in Q164's text (rank 2); "believe" only in Q165's label and Q57's text
    const withTrust = [
      question('Q57', 'Most people can be trusted', 'Do you believe most people can be trusted?'),
      ...questions,
    ];
    expect(ids(searchQuestions(withTrust, { query: 'believe', category: null }))).toEqual(['Q165', 'Q57']);
    expect(ids(searchQuestions(questions, { query: 'life', category: null }))).toEqual(['Q1', 'Q164']);
  });

  it('filters by category before searching', () => {
    expect(ids(searchQuestions(questions, { query: '', category: 'social-values' }))).toEqual(['Q1', 'Q16']);
    expect(ids(searchQuestions(questions, { query: 'god', category: 'social-values' }))).toEqual([]);
  });
});
