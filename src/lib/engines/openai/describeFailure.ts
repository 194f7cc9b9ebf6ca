import { EndpointError } from './endpointError';

/**
 * Guidance for a fetch that got no HTTP answer. Browsers report a CORS refusal exactly like a server that
 * is down (a TypeError without details), so the message covers both.
 */
export function networkFailure(baseUrl: string, pageOrigin: string): EndpointError {
  return new EndpointError(
    'network',
    `Could not reach ${baseUrl}. Either nothing is listening there, or the server refused a request from this page ` +
      `(${pageOrigin}) because of CORS. Ollama: restart it with the environment variable OLLAMA_ORIGINS=${pageOrigin} ` +
      `(e.g. \`OLLAMA_ORIGINS=${pageOrigin} ollama serve\`). LM Studio: switch on "Enable CORS" in the server settings, ` +
      "or run `lms server start --cors`. llama.cpp's llama-server allows cross-origin requests by default: check that " +
      `it runs and that the URL ends in /v1. vLLM: add --allowed-origins '["${pageOrigin}"]'. A page served over https ` +
      'can only call plain-http servers on localhost.',
  );
}

export function timeoutFailure(url: string, timeoutMs: number): EndpointError {
  return new EndpointError(
    'timeout',
    `${url} did not answer within ${timeoutMs / 1000} s. The model may still be loading or the machine is busy; ` +
      'raise the timeout or try again.',
  );
}

/** The error text an OpenAI-compatible server put in its body ({"error": {"message"}} or {"error": "…"}), if any. */
export function serverErrorText(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed !== 'object' || parsed === null || !('error' in parsed)) return null;
    const { error } = parsed;
    if (typeof error === 'string') return error;
    if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string') {
      return error.message;
    }
    return null;
  } catch {
    return body.trim().slice(0, 200) || null;
  }
}

export interface FailureContext {
  url: string;
  baseUrl: string;
  model: string;
}

/** Maps a non-2xx HTTP answer to an error that says what to change. */
export function httpFailure(status: number, body: string, context: FailureContext): EndpointError {
  const detail = serverErrorText(body);
  const said = detail ? ` The server said: "${detail}".` : '';
  if (status === 401 || status === 403) {
    return new EndpointError(
      'auth',
      `${context.baseUrl} refused the request (HTTP ${status}): the API key is missing or wrong.${said} Enter a valid key.`,
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
    return new EndpointError('server', `${context.baseUrl} failed with HTTP ${status}.${said}`, status);
  }
  return new EndpointError('rejected', `${context.baseUrl} rejected the request with HTTP ${status}.${said}`, status);
}
