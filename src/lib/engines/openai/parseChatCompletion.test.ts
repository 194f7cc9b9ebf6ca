import { describe, expect, it } from 'vitest';
import ollamaNoLogprobs from './fixtures/ollama-no-logprobs.json';
import openaiLogprobs from './fixtures/openai-logprobs.json';
import { parseChatCompletion } from './parseChatCompletion';

const withLogprobs = (logprobs: unknown) => ({ choices: [{ message: { content: 'A' }, logprobs }] });

describe('parseChatCompletion', () => {
  it('keeps content, top logprobs, fingerprint and prompt tokens', () => {
    const parsed = parseChatCompletion(openaiLogprobs);
    expect(parsed.systemFingerprint).toBe('fp_0ba0d124f1');
    expect(parsed.promptTokens).toBe(74);
    expect(parsed.choices).toHaveLength(1);
    expect(parsed.choices[0]?.content).toBe('B');
    expect(parsed.choices[0]?.topLogprobs).toHaveLength(20);
    expect(parsed.choices[0]?.topLogprobs?.[0]).toEqual({ token: 'B', logprob: -0.69314718 });
  });

  it('reads absent, null, empty or chosen-token-only logprobs as none', () => {
    expect(parseChatCompletion(ollamaNoLogprobs).choices[0]?.topLogprobs).toBeNull();
    expect(parseChatCompletion(withLogprobs(null)).choices[0]?.topLogprobs).toBeNull();
    expect(parseChatCompletion(withLogprobs({ content: null })).choices[0]?.topLogprobs).toBeNull();
    expect(parseChatCompletion(withLogprobs({ content: [] })).choices[0]?.topLogprobs).toBeNull();
    const chosenOnly = { content: [{ token: 'A', logprob: -0.1, top_logprobs: [] }] };
    expect(parseChatCompletion(withLogprobs(chosenOnly)).choices[0]?.topLogprobs).toBeNull();
  });

  it('accepts null content and a missing usage block', () => {
    const parsed = parseChatCompletion({ choices: [{ message: { role: 'assistant', content: null } }] });
    expect(parsed).toEqual({
      choices: [{ content: null, topLogprobs: null }],
      systemFingerprint: null,
      promptTokens: null,
    });
  });

  it('names the field and the value of malformed answers', () => {
    expect(() => parseChatCompletion('not json')).toThrow(
      'The endpoint\'s answer is not valid: the body must be an object, got "not json".',
    );
    expect(() => parseChatCompletion({ choices: [] })).toThrow('the body: "choices" is an empty list');
    expect(() => parseChatCompletion({})).toThrow('the body: "choices" must be a list, got nothing');
    expect(() => parseChatCompletion({ choices: [{ text: 'A' }] })).toThrow(
      'choices[0].message must be an object, got nothing',
    );
    expect(() => parseChatCompletion({ choices: [{ message: { content: 3 } }] })).toThrow(
      'choices[0].message: "content" must be a text, got 3',
    );
    const badEntry = {
      content: [
        {
          token: 'A',
          top_logprobs: [
            { token: 'A', logprob: -1 },
            { token: 'B', logprob: '-2' },
          ],
        },
      ],
    };
    expect(() => parseChatCompletion(withLogprobs(badEntry))).toThrow(
      'choices[0].logprobs.content[0].top_logprobs[1]: "logprob" must be a finite number ≤ 0.000001, got "-2". The server may not be OpenAI-compatible',
    );
    const badToken = { content: [{ top_logprobs: [{ token: 65, logprob: -1 }] }] };
    expect(() => parseChatCompletion(withLogprobs(badToken))).toThrow(
      'top_logprobs[0]: "token" must be a text, got 65',
    );
  });
});
