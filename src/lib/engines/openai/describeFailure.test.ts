import { describe, expect, it } from 'vitest';
import { httpFailure, networkFailure, serverErrorText } from './describeFailure';

const context = {
  url: 'http://localhost:1234/v1/chat/completions',
  baseUrl: 'http://localhost:1234/v1',
  model: 'qwen',
};

describe('httpFailure', () => {
  it('classifies statuses and says which are worth retrying', () => {
    const forbidden = httpFailure(403, '', context);
    expect(forbidden).toMatchObject({ kind: 'auth', status: 403, retryable: false });
    expect(forbidden.message).toBe(
      'http://localhost:1234/v1 refused the request (HTTP 403): the API key is missing or wrong. Enter a valid key.',
    );
    expect(httpFailure(422, '{"error":"bad top_logprobs"}', context)).toMatchObject({
      kind: 'rejected',
      retryable: false,
      message: 'http://localhost:1234/v1 rejected the request with HTTP 422. The server said: "bad top_logprobs".',
    });
    expect(httpFailure(503, '', context)).toMatchObject({ kind: 'server', retryable: true });
  });
});

describe('serverErrorText', () => {
  it('reads OpenAI-style, string and plain-text errors', () => {
    expect(serverErrorText('{"error":{"message":"model not loaded"}}')).toBe('model not loaded');
    expect(serverErrorText('{"error":"boom"}')).toBe('boom');
    expect(serverErrorText('Bad Gateway')).toBe('Bad Gateway');
    expect(serverErrorText('{"detail":"x"}')).toBeNull();
    expect(serverErrorText('')).toBeNull();
  });
});

describe('networkFailure', () => {
  it('before any answer, names every possible cause and the page origin in every server-specific instruction', () => {
    const message = networkFailure('http://localhost:11434/v1', 'https://app.example', false).message;
    expect(message).toContain(
      'Could not reach http://localhost:11434/v1: the browser got no HTTP answer and does not say why. ' +
        'Nothing may be listening there, the connection may have been cut, or the server refused',
    );
    expect(message).toContain('(e.g. `OLLAMA_ORIGINS=https://app.example ollama serve`)');
    expect(message).toContain('"Enable CORS"');
    expect(message).toContain('--allowed-origins \'["https://app.example"]\'');
  });

  it('after the server has answered this page, says the connection failed and does not blame CORS', () => {
    const message = networkFailure('http://localhost:11434/v1', 'https://app.example', true).message;
    expect(message).toBe(
      'The connection to http://localhost:11434/v1 failed without an HTTP answer, after the server had answered ' +
        'earlier requests from this page: the server stopped or restarted, or the network dropped. The browser ' +
        'does not say which. Check that the server still runs.',
    );
    expect(message).not.toContain('CORS');
  });
});
