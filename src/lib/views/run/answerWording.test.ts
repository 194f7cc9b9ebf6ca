import { describe, expect, it } from 'vitest';
import { askingWording, formatPercent, latestAnswerWording, personaPhrase } from './answerWording';

const religion = {
  id: 'Q6',
  label: 'Important in life: Religion',
  options: [
    { code: 1, text: 'Very important', value: 4 },
    { code: 2, text: 'Rather important', value: 3 },
    { code: 3, text: 'Not very important', value: 2 },
    { code: 4, text: 'Not at all important', value: 1 },
  ],
};

describe('latestAnswerWording', () => {
  it('names the persona, the question and the most likely option with its share', () => {
    const wording = latestAnswerWording(religion, [0.78, 0.15, 0.05, 0.02], 'person-from', 'India');
    expect(wording.sentence).toBe('As a person from India: “Important in life: Religion” → 78 % Very important');
    expect(wording.shares).toEqual([
      { option: 'Very important', share: 0.78 },
      { option: 'Rather important', share: 0.15 },
      { option: 'Not very important', share: 0.05 },
      { option: 'Not at all important', share: 0.02 },
    ]);
  });

  it('picks the most likely option wherever it is, and the first of equals', () => {
    expect(latestAnswerWording(religion, [0.1, 0.2, 0.6, 0.1], 'person-from', 'Japan').sentence).toMatch(
      /→ 60 % Not very important$/,
    );
    expect(latestAnswerWording(religion, [0.1, 0.45, 0.45, 0], 'person-from', 'Japan').sentence).toMatch(
      /→ 45 % Rather important$/,
    );
  });

  it('treats missing probabilities as 0 and says so when there are no options', () => {
    expect(latestAnswerWording(religion, [0.3], 'person-from', 'Peru').shares.map((entry) => entry.share)).toEqual([
      0.3, 0, 0, 0,
    ]);
    expect(latestAnswerWording({ label: 'Empty', options: [] }, [], 'none', 'Peru').sentence).toBe(
      "With no persona (in Peru's place): “Empty” → no answer",
    );
  });
});

describe('persona and asking wording', () => {
  it('follows each persona style of the prompt', () => {
    expect(personaPhrase('person-from', 'Chile')).toBe('as a person from Chile');
    expect(personaPhrase('average-human', 'Chile')).toBe('as an average person born and living in Chile');
    expect(personaPhrase('third-person', 'Chile')).toBe('for someone from Chile');
    expect(askingWording(religion, 'third-person', 'Chile')).toBe(
      'Now asking “Important in life: Religion” (Q6) for someone from Chile',
    );
  });

  it('rounds shares to whole percent', () => {
    expect(formatPercent(0.784)).toBe('78 %');
    expect(formatPercent(0.005)).toBe('1 %');
    expect(formatPercent(0)).toBe('0 %');
  });
});
