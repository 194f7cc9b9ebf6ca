import { httpFailure, networkFailure, timeoutFailure } from './describeFailure';
import { EndpointError } from './endpointError';
import type { OpenAIEndpointConfig } from './config';

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;
export type SleepFunction = (ms: number, signal?: AbortSignal) => Promise<void>;

/** Everything the endpoint code takes from its surroundings; tests replace it. */
export interface EndpointDeps {
  fetch: FetchFunction;
  sleep: SleepFunction;
  /** Origin of the page making requests, quoted in CORS guidance. */
  pageOrigin: string;
}

/** First retry waits this long; each further retry doubles it. */
export const RETRY_BASE_DELAY_MS = 500;

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
  const timeout = AbortSignal.timeout(config.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
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
    if (timeout.aborted) throw timeoutFailure(url, config.timeoutMs);
    if (error instanceof TypeError) throw networkFailure(config.baseUrl, deps.pageOrigin);
    throw error;
  }
  if (!response.ok) throw httpFailure(response.status, text, { url, baseUrl: config.baseUrl, model: config.model });
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

/**
 * One JSON request with a per-attempt timeout, retried with exponential backoff after network errors,
 * timeouts and 5xx answers. A caller abort ends it at once with the caller's reason.
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
      return await attempt(request, config, deps, signal);
    } catch (error) {
      if (!(error instanceof EndpointError) || !error.retryable) throw error;
      if (retry >= config.maxRetries) {
        if (retry > 0) error.message += ` (gave up after ${retry + 1} attempts)`;
        throw error;
      }
      await deps.sleep(RETRY_BASE_DELAY_MS * 2 ** retry, signal);
    }
  }
}
