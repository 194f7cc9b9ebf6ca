import { isObject } from '../../validate/fields';
import { EndpointError } from './endpointError';

function corsGuidance(pageOrigin: string): string {
  return (
    `Ollama: restart it with the environment variable OLLAMA_ORIGINS=${pageOrigin} ` +
    `(e.g. \`OLLAMA_ORIGINS=${pageOrigin} ollama serve\`). LM Studio: switch on "Enable CORS" in the server settings, ` +
    "or run `lms server start --cors`. llama.cpp's llama-server allows cross-origin requests by default: check that " +
    `it runs and that the URL ends in /v1. vLLM: add --allowed-origins '["${pageOrigin}"]'. A page served over https ` +
    'can only call plain-http servers on localhost.'
  );
}

/**
 * A fetch that got no HTTP answer. The browser gives the page no detail (a bare TypeError): the server may be
 * down, the connection cut, or the request refused because of CORS. Once the server has answered this page,
 * CORS is ruled out (every request carries the same origin and headers), so the message then says only what
 * is known: the connection failed.
 */
export function networkFailure(baseUrl: string, pageOrigin: string, answeredBefore: boolean): EndpointError {
  if (answeredBefore) {
    return new EndpointError(
      'network',
      `The connection to ${baseUrl} failed without an HTTP answer, after the server had answered earlier requests ` +
        'from this page: the server stopped or restarted, or the network dropped. The browser does not say which. ' +
        'Check that the server still runs.',
    );
  }
  return new EndpointError(
    'network',
    `Could not reach ${baseUrl}: the browser got no HTTP answer and does not say why. Nothing may be listening ` +
      `there, the connection may have been cut, or the server refused a request from this page (${pageOrigin}) ` +
      `because of CORS. If the server runs: ${corsGuidance(pageOrigin)}`,
  );
}

export function timeoutFailure(url: string, timeoutMs: number): EndpointError {
  return new EndpointError(
    'timeout',
    `${url} did not answer within ${timeoutMs / 1000} s (the request timeout in the endpoint settings). The ` +
      'server may be stuck or busy, or the model still loading; if it needs longer, raise the request timeout.',
  );
}

/** The error text an OpenAI-compatible server put in its body ({"error": {"message"}} or {"error": "…"}), if any. */
export function serverErrorText(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (!isObject(parsed)) return null;
    const { error } = parsed;
    if (typeof error === 'string') return error;
    return isObject(error) && typeof error['message'] === 'string' ? error['message'] : null;
  } catch {
    return body.trim().slice(0, 200) || null;
  }
}

export interface FailureContext {
  url: string;
  baseUrl: string;
  model: string;
}

/** In every 401/403 message; a run paused with it needs another key (the pause reason is stored as text). */
export const AUTH_FAILURE_PHRASE = 'the API key is missing or wrong';

/** Maps a non-2xx HTTP answer to an error that says what to change. */
export function httpFailure(
  status: number,
  body: string,
  context: FailureContext,
  retryAfterMs: number | null = null,
): EndpointError {
  const detail = serverErrorText(body);
  const said = detail ? ` The server said: "${detail}".` : '';
  if (status === 429) {
    return new EndpointError(
      'rate-limited',
      `${context.baseUrl} answered HTTP 429 (too many requests).${said} Lower the number of parallel requests ` +
        'or wait, then resume.',
      status,
      retryAfterMs,
    );
  }
  if (status === 401 || status === 403) {
    return new EndpointError(
      'auth',
      `${context.baseUrl} refused the request (HTTP ${status}): ${AUTH_FAILURE_PHRASE}.${said} Enter a valid key.`,
      status,
    );
  }
  if (status === 404) {
    return new EndpointError(
      'not-found',
      `${context.url} was not found (HTTP 404): either the base URL is wrong (it usually ends in /v1, e.g. ` +
        `http://localhost:11434/v1) or the server has no model "${context.model}".${said} ` +
        'Use "Test connection" to list the models it has.',
      status,
    );
  }
  if (status >= 500) {
    return new EndpointError('server', `${context.baseUrl} failed with HTTP ${status}.${said}`, status, retryAfterMs);
  }
  return new EndpointError('rejected', `${context.baseUrl} rejected the request with HTTP ${status}.${said}`, status);
}
