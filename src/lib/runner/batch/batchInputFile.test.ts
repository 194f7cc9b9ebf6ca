import { describe, expect, it } from 'vitest';
import { binaryQuestion, importanceQuestion, nzl, usa } from '../../prompt/fixtures/tinySurvey';
import { sampleRun } from '../../store/testing/fixtures';
import { batchInputFile, batchInputLines } from './batchInputFile';

const dataset = { questions: [importanceQuestion, binaryQuestion], countries: [usa, nzl] };
const run = sampleRun({
  scope: { questionIds: ['Q1', 'Q33'], countryIds: ['USA', 'NZL'] },
  promptSettings: { persona: 'person-from', language: 'en', order: 'original' },
});
const q1Body = [
  'How important is family in your life?',
  'A. Not at all important\nB. Not very important\nC. Rather important\nD. Very important',
  'Answer with the letter of one option only.',
].join('\n\n');

describe('batchInputLines', () => {
  it('writes one POST /v1/chat/completions request per item, keyed by the item key', () => {
    const lines = batchInputLines(run, dataset, ' meta-llama/Llama-3.1-70B-Instruct ');
    expect(lines.map((line) => line.custom_id)).toEqual([
      'Q1|USA|original',
      'Q1|NZL|original',
      'Q33|USA|original',
      'Q33|NZL|original',
    ]);
    expect(lines[1]).toEqual({
      custom_id: 'Q1|NZL|original',
      method: 'POST',
      url: '/v1/chat/completions',
      body: {
        model: 'meta-llama/Llama-3.1-70B-Instruct',
        messages: [
          { role: 'system', content: 'You are a person from New Zealand.' },
          { role: 'user', content: q1Body },
        ],
        max_tokens: 1,
        temperature: 1,
        top_p: 1,
        logprobs: true,
        top_logprobs: 20,
      },
    });
  });

  it('skips answered items and repeats the one country-free prompt for every country of persona none', () => {
    const none = sampleRun({
      scope: { questionIds: ['Q1'], countryIds: ['USA', 'NZL'] },
      promptSettings: { persona: 'none', language: 'en', order: 'both' },
    });
    const lines = batchInputLines(none, dataset, 'm', new Set(['Q1|USA|original']));
    expect(lines.map((line) => line.custom_id)).toEqual(['Q1|USA|reversed', 'Q1|NZL|original', 'Q1|NZL|reversed']);
    expect(lines[1]?.body['messages']).toEqual([{ role: 'user', content: q1Body }]);
    expect(lines[0]?.body['messages']).toEqual(lines[2]?.body['messages']);
    // Reversed order: D becomes label A.
    expect(JSON.stringify(lines[0]?.body['messages'])).toContain('A. Very important');
  });

  it('gives nothing for a run with every item answered, and asks for a model name', () => {
    const all = new Set(['Q1|USA|original', 'Q1|NZL|original', 'Q33|USA|original', 'Q33|NZL|original']);
    expect(batchInputLines(run, dataset, 'm', all)).toEqual([]);
    expect(() => batchInputLines(run, dataset, '  ')).toThrow('Enter the model name the batch server knows');
  });
});

describe('batchInputFile', () => {
  it('is JSON Lines: one object per line, each line ending in a newline', () => {
    const text = batchInputFile(run, dataset, 'm');
    expect(text.endsWith('}\n')).toBe(true);
    const lines = text.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
    expect(JSON.parse(lines[2] ?? '')).toMatchObject({ custom_id: 'Q33|USA|original' });
  });
});
