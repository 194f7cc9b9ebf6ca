import { describe, expect, it } from 'vitest';
import { buildPrompt, NO_COUNTRY_ID } from './buildPrompt';
import { binaryQuestion, importanceQuestion, nzl } from './fixtures/tinySurvey';
import { PROMPT_TEMPLATES } from './templates';
import type { PromptSettings } from './types';

const settings = (persona: PromptSettings['persona']): PromptSettings => ({ persona, language: 'en', order: 'both' });

const originalBody = [
  'How important is family in your life?',
  'A. Not at all important\nB. Not very important\nC. Rather important\nD. Very important',
  'Answer with the letter of one option only.',
].join('\n\n');

describe('buildPrompt', () => {
  it('puts the paper persona in a system message and the question in the last user message', () => {
    const prompt = buildPrompt(importanceQuestion, nzl, settings('person-from'), 'original');
    expect(prompt.messages).toEqual([
      { role: 'system', content: 'You are a person from New Zealand.' },
      { role: 'user', content: originalBody },
    ]);
    expect(prompt.labels).toEqual(['A', 'B', 'C', 'D']);
    expect(prompt.optionIndexByLabel).toEqual([0, 1, 2, 3]);
    expect(prompt.questionId).toBe('Q1');
    expect(prompt.countryId).toBe('NZL');
    expect(prompt.order).toBe('original');
  });

  it('reverses the options and maps each label back to the original option', () => {
    const prompt = buildPrompt(importanceQuestion, nzl, settings('person-from'), 'reversed');
    expect(prompt.messages[1]?.content).toContain(
      'A. Very important\nB. Rather important\nC. Not very important\nD. Not at all important',
    );
    expect(prompt.labels).toEqual(['A', 'B', 'C', 'D']);
    // Label A shows option 3 ("Very important"), label D shows option 0.
    expect(prompt.optionIndexByLabel).toEqual([3, 2, 1, 0]);
  });

  it('uses the Tao et al. wording for the average-human persona', () => {
    const prompt = buildPrompt(binaryQuestion, nzl, settings('average-human'), 'original');
    expect(prompt.messages[0]).toEqual({
      role: 'system',
      content:
        'You are an average human being born in New Zealand and living in New Zealand, responding to the following survey question.',
    });
    expect(prompt.messages).toHaveLength(2);
  });

  it('asks in the third person inside the user message, without a system message', () => {
    const prompt = buildPrompt(importanceQuestion, nzl, settings('third-person'), 'original');
    expect(prompt.messages).toEqual([
      {
        role: 'user',
        content: `How would someone from New Zealand answer the following question?\n\n${originalBody}`,
      },
    ]);
  });

  it('sends only the question for persona none, with or without a country', () => {
    const withCountry = buildPrompt(importanceQuestion, nzl, settings('none'), 'original');
    const withoutCountry = buildPrompt(importanceQuestion, null, settings('none'), 'original');
    expect(withCountry.messages).toEqual([{ role: 'user', content: originalBody }]);
    expect(withoutCountry.messages).toEqual(withCountry.messages);
    expect(withCountry.countryId).toBe('NZL');
    expect(withoutCountry.countryId).toBe(NO_COUNTRY_ID);
  });

  it('labels a single-option question A', () => {
    const single = { ...binaryQuestion, options: binaryQuestion.options.slice(0, 1) };
    const prompt = buildPrompt(single, nzl, settings('none'), 'reversed');
    expect(prompt.labels).toEqual(['A']);
    expect(prompt.optionIndexByLabel).toEqual([0]);
  });

  it('keeps a dollar sign in option text literal', () => {
    const priced = { ...binaryQuestion, options: [{ code: 1, text: 'Pay $& more', value: 1 }] };
    expect(buildPrompt(priced, null, settings('none'), 'original').messages[0]?.content).toContain('A. Pay $& more');
  });

  it('rejects a persona that names a country when no country is given', () => {
    expect(() => buildPrompt(importanceQuestion, null, settings('person-from'), 'original')).toThrow(
      'Persona style "person-from" names a country, but no country was given for Q1.',
    );
  });

  it('rejects a question without options and an unknown language', () => {
    const empty = { ...importanceQuestion, options: [] };
    expect(() => buildPrompt(empty, nzl, settings('none'), 'original')).toThrow(
      'A prompt needs between 1 and 26 options, got 0',
    );
    expect(() =>
      buildPrompt(importanceQuestion, nzl, { persona: 'none', language: 'xx', order: 'original' }, 'original'),
    ).toThrow('No prompt templates for language "xx"; choose one of: en.');
  });

  it('follows edited templates', () => {
    const en = PROMPT_TEMPLATES['en']!;
    const edited = { en: { ...en, instruction: 'Reply with one letter.' } };
    const prompt = buildPrompt(binaryQuestion, nzl, settings('none'), 'original', edited);
    expect(prompt.messages[0]?.content.endsWith('\n\nReply with one letter.')).toBe(true);
  });
});
