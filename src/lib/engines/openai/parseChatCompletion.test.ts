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
      'The endpoint\'s answer has the body = "not json"; expected a JSON object.',
    );
    expect(() => parseChatCompletion({ choices: [] })).toThrow('has choices = []; expected a non-empty array');
    expect(() => parseChatCompletion({})).toThrow('has choices = undefined; expected a non-empty array');
    expect(() => parseChatCompletion({ choices: [{ text: 'A' }] })).toThrow(
      'has choices[0].message = undefined; expected an object',
    );
    expect(() => parseChatCompletion({ choices: [{ message: { content: 3 } }] })).toThrow(
      'has choices[0].message.content = 3; expected a string or null',
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
      'has choices[0].logprobs.content[0].top_logprobs[1].logprob = "-2"; expected a number ≤ 0. The server may not be OpenAI-compatible',
    );
    const badToken = { content: [{ top_logprobs: [{ token: 65, logprob: -1 }] }] };
    expect(() => parseChatCompletion(withLogprobs(badToken))).toThrow('top_logprobs[0].token = 65; expected a string');
  });
});
