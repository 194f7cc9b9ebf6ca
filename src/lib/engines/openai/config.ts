/** Settings of one OpenAI-compatible endpoint (Ollama, llama.cpp server, LM Studio, vLLM, OpenAI). */
export interface OpenAIEndpointConfig {
  /** Up to and including the API version, e.g. "http://localhost:11434/v1"; no trailing slash. */
  baseUrl: string;
  model: string;
  /** Sent as a Bearer token; never stored in descriptors or exports. */
  apiKey?: string;
  timeoutMs: number;
  /** Extra attempts after a network error or 5xx answer. */
  maxRetries: number;
  /** Answers drawn per item when the server returns no log-probabilities. */
  samplesWhenNoLogprobs: number;
  /** Most requests in flight at once; lowered automatically while the server answers 429 or 5xx. */
  concurrency: number;
}

/** More parallel requests than this gain nothing on one server and look like an attack to hosted APIs. */
export const MAX_CONCURRENCY = 32;

export const DEFAULT_ENDPOINT_SETTINGS = {
  timeoutMs: 60_000,
  maxRetries: 3,
  samplesWhenNoLogprobs: 20,
  concurrency: 4,
} as const;

export type EndpointConfigInput = Pick<OpenAIEndpointConfig, 'baseUrl' | 'model'> & Partial<OpenAIEndpointConfig>;

function checkInteger(name: string, value: number, min: number, max = Number.POSITIVE_INFINITY): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.POSITIVE_INFINITY ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new Error(`Endpoint setting ${name} is ${value}; enter a whole number ${range}.`);
  }
}

/** Validates user-entered settings and fills defaults; the only place endpoint settings are checked. */
export function resolveEndpointConfig(input: EndpointConfigInput): OpenAIEndpointConfig {
  const baseUrl = input.baseUrl.trim().replace(/\/+$/, '');
  let protocol: string;
  try {
    protocol = new URL(baseUrl).protocol;
  } catch {
    throw new Error(`Endpoint base URL "${input.baseUrl}" is not a URL; enter e.g. http://localhost:11434/v1.`);
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new Error(`Endpoint base URL "${input.baseUrl}" must start with http:// or https://.`);
  }
  const model = input.model.trim();
  if (model === '')
    throw new Error('Endpoint model name is empty; enter the model id the server lists, e.g. llama3.2:3b.');
  const config: OpenAIEndpointConfig = {
    baseUrl,
    model,
    timeoutMs: input.timeoutMs ?? DEFAULT_ENDPOINT_SETTINGS.timeoutMs,
    maxRetries: input.maxRetries ?? DEFAULT_ENDPOINT_SETTINGS.maxRetries,
    samplesWhenNoLogprobs: input.samplesWhenNoLogprobs ?? DEFAULT_ENDPOINT_SETTINGS.samplesWhenNoLogprobs,
    concurrency: input.concurrency ?? DEFAULT_ENDPOINT_SETTINGS.concurrency,
  };
  checkInteger('timeoutMs', config.timeoutMs, 1);
  checkInteger('maxRetries', config.maxRetries, 0);
  checkInteger('samplesWhenNoLogprobs', config.samplesWhenNoLogprobs, 1);
  checkInteger('concurrency', config.concurrency, 1, MAX_CONCURRENCY);
  const apiKey = input.apiKey?.trim();
  return apiKey ? { ...config, apiKey } : config;
}
