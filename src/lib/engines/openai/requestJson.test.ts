import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveEndpointConfig } from './config';
import { EndpointError } from './endpointError';
import openai401 from './fixtures/openai-401.json';
import ollama404 from './fixtures/ollama-404.json';
import { hangingAnswer, scriptedFetch, type ScriptedAnswer } from './fixtures/scriptedFetch';
import { ConcurrencyLimiter } from './concurrencyLimiter';
import { defaultSleep, requestJson } from './requestJson';

const config = resolveEndpointConfig({ baseUrl: 'http://localhost:11434/v1/', model: 'llama3.2:3b', maxRetries: 2 });
const ok = { status: 200, body: { data: [] } };
const serverError = { status: 500, body: { error: { message: 'CUDA out of memory' } } };

function setup(script: ScriptedAnswer[]) {
  const sleeps: number[] = [];
  const { fetch, calls } = scriptedFetch(script);
  const deps = {
    fetch,
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
    pageOrigin: 'https://valueprobe.example',
  };
  return { deps, calls, sleeps };
}

describe('requestJson', () => {
  afterEach(() => vi.useRealTimers());

  it('GETs base URL + path and returns the parsed body', async () => {
    const { deps, calls } = setup([ok]);
    expect(await requestJson({ path: '/models' }, config, deps)).toEqual({ data: [] });
    expect(calls).toEqual([
      { url: 'http://localhost:11434/v1/models', method: 'GET', headers: { Accept: 'application/json' }, body: null },
    ]);
  });

  it('retries 5xx with exponential backoff (500 ms, 1000 ms) and then succeeds', async () => {
    const { deps, calls, sleeps } = setup([serverError, serverError, ok]);
    expect(await requestJson({ path: '/models' }, config, deps)).toEqual({ data: [] });
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('gives up after maxRetries and says so', async () => {
    const { deps, calls, sleeps } = setup([serverError, serverError, serverError]);
    await expect(requestJson({ path: '/models' }, config, deps)).rejects.toThrow(
      'http://localhost:11434/v1 failed with HTTP 500. The server said: "CUDA out of memory". (gave up after 3 attempts)',
    );
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('does not retry 4xx and explains 401 and 404', async () => {
    const auth = setup([{ status: 401, body: openai401 }]);
    const authError = requestJson({ path: '/models' }, config, auth.deps);
    await expect(authError).rejects.toMatchObject({ kind: 'auth', status: 401 });
    await expect(authError).rejects.toThrow(
      'the API key is missing or wrong. The server said: "Incorrect API key provided',
    );
    expect(auth.calls).toHaveLength(1);

    const missing = setup([{ status: 404, body: ollama404 }]);
    const missingError = requestJson({ path: '/chat/completions', body: {} }, config, missing.deps);
    await expect(missingError).rejects.toThrow(
      'http://localhost:11434/v1/chat/completions was not found (HTTP 404): either the base URL is wrong',
    );
    await expect(missingError).rejects.toThrow(
      'or the server has no model "llama3.2:3b". The server said: "model "llama9:70b" not found',
    );
    expect(missing.calls).toHaveLength(1);
    expect(missing.sleeps).toEqual([]);
  });

  it('turns a fetch TypeError into CORS guidance naming this origin, after retrying', async () => {
    const failure = { throws: new TypeError('Failed to fetch') };
    const { deps, calls } = setup([failure, failure, failure]);
    const error = requestJson({ path: '/models' }, config, deps);
    await expect(error).rejects.toBeInstanceOf(EndpointError);
    await expect(error).rejects.toThrow('OLLAMA_ORIGINS=https://valueprobe.example');
    await expect(error).rejects.toThrow('`lms server start --cors`');
    await expect(error).rejects.toThrow('vLLM: add --allowed-origins \'["https://valueprobe.example"]\'');
    expect(calls).toHaveLength(3);
  });

  it('times out a server that never answers', async () => {
    vi.useFakeTimers();
    const { deps } = setup([hangingAnswer]);
    const quick = { ...config, timeoutMs: 20, maxRetries: 0 };
    const pending = requestJson({ path: '/models' }, quick, deps);
    const outcome = expect(pending).rejects.toMatchObject({
      kind: 'timeout',
      message: expect.stringContaining('http://localhost:11434/v1/models did not answer within 0.02 s'),
    });
    await vi.advanceTimersByTimeAsync(20);
    await outcome;
  });

  it('times out a server that stalls after sending its headers', async () => {
    const stalled = async (_url: string, init: RequestInit) => {
      const body = new ReadableStream({
        start(controller) {
          init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason), { once: true });
        },
      });
      return new Response(body, { status: 200 });
    };
    vi.useFakeTimers();
    const { deps } = setup([stalled]);
    const pending = requestJson({ path: '/models' }, { ...config, timeoutMs: 20, maxRetries: 0 }, deps);
    const outcome = expect(pending).rejects.toMatchObject({ kind: 'timeout' });
    await vi.advanceTimersByTimeAsync(20);
    await outcome;
  });

  it('stops during the backoff wait when the caller aborts', async () => {
    vi.useFakeTimers();
    const { deps, calls } = setup([serverError, ok]);
    const controller = new AbortController();
    const pending = requestJson({ path: '/models' }, config, { ...deps, sleep: defaultSleep }, controller.signal);
    const outcome = expect(pending).rejects.toThrow('run paused');
    // 20 ms into the 500 ms backoff wait.
    await vi.advanceTimersByTimeAsync(20);
    controller.abort(new Error('run paused'));
    await outcome;
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(1);
  });

  it('stops at once, without retrying, when the caller aborts', async () => {
    const { deps, calls, sleeps } = setup([hangingAnswer, ok]);
    const controller = new AbortController();
    const pending = requestJson({ path: '/models' }, config, deps, controller.signal);
    controller.abort(new Error('run paused'));
    await expect(pending).rejects.toThrow('run paused');
    expect(calls).toHaveLength(1);
    expect(sleeps).toEqual([]);

    const already = setup([ok]);
    await expect(requestJson({ path: '/models' }, config, already.deps, controller.signal)).rejects.toThrow(
      'run paused',
    );
    expect(already.calls).toHaveLength(0);
  });

  it('sends the API key as a bearer token and JSON bodies with POST', async () => {
    const { deps, calls } = setup([ok]);
    await requestJson({ path: '/chat/completions', body: { model: 'm' } }, { ...config, apiKey: 'sk-test' }, deps);
    expect(calls[0]).toEqual({
      url: 'http://localhost:11434/v1/chat/completions',
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer sk-test' },
      body: { model: 'm' },
    });
  });

  it('rejects a body that is not JSON', async () => {
    const { deps } = setup([async () => new Response('<html>Welcome to nginx</html>', { status: 200 })]);
    await expect(requestJson({ path: '/models' }, config, deps)).rejects.toThrow(
      'http://localhost:11434/v1/models answered with something that is not JSON ("<html>Welcome to nginx</html>")',
    );
  });

  it('retries 429 after the Retry-After the server sends, in seconds or as an HTTP date', async () => {
    const inSeconds = (seconds: string) => async () =>
      new Response('{"error":{"message":"slow down"}}', { status: 429, headers: { 'Retry-After': seconds } });
    const inFuture = async () =>
      new Response('', { status: 503, headers: { 'Retry-After': new Date(Date.now() + 60_000).toUTCString() } });
    const { deps, calls, sleeps } = setup([inSeconds('2'), inFuture, ok]);
    expect(await requestJson({ path: '/models' }, config, deps)).toEqual({ data: [] });
    expect(calls).toHaveLength(3);
    expect(sleeps[0]).toBe(2000);
    // toUTCString drops milliseconds, so the wait is within one second of 60 s.
    expect(sleeps[1]).toBeGreaterThan(58_900);
    expect(sleeps[1]).toBeLessThanOrEqual(60_000);
  });

  it('backs off exponentially on 429 without Retry-After, and names the status when it gives up', async () => {
    const tooMany = { status: 429, body: { error: { message: 'rate limit' } } };
    const { deps, sleeps } = setup([tooMany, tooMany, tooMany]);
    await expect(requestJson({ path: '/models' }, config, deps)).rejects.toMatchObject({
      kind: 'rate-limited',
      message: expect.stringContaining('answered HTTP 429 (too many requests). The server said: "rate limit".'),
    });
    expect(sleeps).toEqual([500, 1000]);
  });

  it('pauses instead of waiting when the server asks for more than two minutes', async () => {
    const { deps, sleeps } = setup([async () => new Response('', { status: 429, headers: { 'Retry-After': '600' } })]);
    await expect(requestJson({ path: '/models' }, config, deps)).rejects.toThrow(
      'It asks to wait 600 s before the next request; resume then.',
    );
    expect(sleeps).toEqual([]);
  });

  it('does not retry a timeout: a hung server costs one timeout, not one per retry', async () => {
    vi.useFakeTimers();
    const { deps, calls } = setup([hangingAnswer, ok]);
    const pending = requestJson({ path: '/models' }, { ...config, timeoutMs: 20 }, deps);
    const outcome = expect(pending).rejects.toMatchObject({
      kind: 'timeout',
      message: expect.stringContaining('did not answer within 0.02 s (the request timeout in the endpoint settings)'),
    });
    await vi.advanceTimersByTimeAsync(20);
    await outcome;
    expect(calls).toHaveLength(1);
  });

  it('blames a lost connection, not CORS, once the server has answered in this session', async () => {
    const { deps } = setup([ok, { throws: new TypeError('Failed to fetch') }]);
    const session = { limiter: new ConcurrencyLimiter(2), answered: false };
    const once = { ...config, maxRetries: 0 };
    await requestJson({ path: '/models' }, once, { ...deps, session });
    expect(session.answered).toBe(true);
    const error = requestJson({ path: '/models' }, once, { ...deps, session });
    await expect(error).rejects.toThrow('failed without an HTTP answer, after the server had answered earlier');
    await expect(error).rejects.not.toThrow('CORS');
  });

  it('halves the number of parallel requests after a 429', async () => {
    const { deps } = setup([{ status: 429, body: {} }, ok]);
    const session = { limiter: new ConcurrencyLimiter(8), answered: false };
    await requestJson({ path: '/models' }, config, { ...deps, session });
    expect(session.limiter.limit).toBe(4);
    expect(session.limiter.active).toBe(0);
  });
});
