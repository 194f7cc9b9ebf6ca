import type { ConcurrencyLimiter } from './concurrencyLimiter';
import { httpFailure, networkFailure, timeoutFailure } from './describeFailure';
import { EndpointError } from './endpointError';
import type { OpenAIEndpointConfig } from './config';
import { parseRetryAfter } from './retryAfter';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;
export type SleepFunction = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Everything the endpoint code takes from its surroundings; tests replace it. */
export interface EndpointDeps {
  fetch: FetchFunction;
  sleep: SleepFunction;
  /** Origin of the page making requests, quoted in CORS guidance. */
  pageOrigin: string;
  /** Shared by an engine's requests: how many may run at once, and whether the server has answered yet. */
  session?: EndpointSession;
}

export interface EndpointSession {
  limiter: ConcurrencyLimiter;
  answered: boolean;
}

/** First retry waits this long; each further retry doubles it (unless the server sends Retry-After). */
export const RETRY_BASE_DELAY_MS = 500;

/** Longest Retry-After honoured while a run waits; a server asking for more gets the run paused instead. */
export const MAX_RETRY_AFTER_MS = 120_000;

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

export function defaultEndpointDeps(): EndpointDeps {
  return {
    fetch: (input, init) => globalThis.fetch(input, init),
    sleep: defaultSleep,
    pageOrigin: globalThis.location?.origin ?? 'http://localhost',
  };
}

export interface JsonRequest {
  /** Appended to the base URL, e.g. "/chat/completions". */
  path: string;
  body?: unknown;
}

function headersFor(config: OpenAIEndpointConfig, hasBody: boolean): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (hasBody) headers['Content-Type'] = 'application/json';
  if (config.apiKey) headers['Authorization'] = `Bearer ${config.apiKey}`;
  return headers;
}

async function attempt(
  request: JsonRequest,
  config: OpenAIEndpointConfig,
  deps: EndpointDeps,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  const url = `${config.baseUrl}${request.path}`;
  // A timer rather than AbortSignal.timeout: it is cleared with the attempt, and tests can drive it with fake timers.
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), config.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal;
  const hasBody = request.body !== undefined;
  let response: Response;
  let text: string;
  try {
    response = await deps.fetch(url, {
      method: hasBody ? 'POST' : 'GET',
      headers: headersFor(config, hasBody),
      body: hasBody ? JSON.stringify(request.body) : null,
      signal: combined,
    });
    // Reading the body is part of the attempt: a server can stall after sending its headers.
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.signal.aborted) throw timeoutFailure(url, config.timeoutMs);
    if (error instanceof TypeError) {
      throw networkFailure(config.baseUrl, deps.pageOrigin, deps.session?.answered ?? false);
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
  if (deps.session) deps.session.answered = true;
  if (!response.ok) {
    const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), Date.now());
    throw httpFailure(response.status, text, { url, baseUrl: config.baseUrl, model: config.model }, retryAfterMs);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new EndpointError(
      'bad-response',
      `${url} answered with something that is not JSON ("${text.slice(0, 80)}"); check that the base URL points at an OpenAI-compatible API.`,
      response.status,
    );
  }
}

async function limitedAttempt(
  request: JsonRequest,
  config: OpenAIEndpointConfig,
  deps: EndpointDeps,
  signal: AbortSignal | undefined,
): Promise<unknown> {
  const limiter = deps.session?.limiter;
  if (!limiter) return attempt(request, config, deps, signal);
  await limiter.acquire(signal);
  let overloaded = false;
  try {
    return await attempt(request, config, deps, signal);
  } catch (error) {
    overloaded = error instanceof EndpointError && error.overloaded;
    throw error;
  } finally {
    limiter.release(overloaded);
  }
}

function retryDelay(error: EndpointError, retry: number): number {
  return error.retryAfterMs ?? RETRY_BASE_DELAY_MS * 2 ** retry;
}

/**
 * One JSON request with a per-attempt timeout, retried after network errors, 429 and 5xx answers: after the
 * server's Retry-After when it sends one, otherwise with exponential backoff. A timeout is not retried. A
 * caller abort ends it at once with the caller's reason.
 */
export async function requestJson(
  request: JsonRequest,
  config: OpenAIEndpointConfig,
  deps: EndpointDeps,
  signal?: AbortSignal,
): Promise<unknown> {
  for (let retry = 0; ; retry += 1) {
    signal?.throwIfAborted();
    try {
      return await limitedAttempt(request, config, deps, signal);
    } catch (error) {
      if (!(error instanceof EndpointError) || !error.retryable) throw error;
      if (retry >= config.maxRetries) {
        if (retry > 0) error.message += ` (gave up after ${retry + 1} attempts)`;
        throw error;
      }
      const delay = retryDelay(error, retry);
      if (delay > MAX_RETRY_AFTER_MS) {
        error.message += ` It asks to wait ${Math.round(delay / 1000)} s before the next request; resume then.`;
        throw error;
      }
      await deps.sleep(delay, signal);
    }
  }
}
