import type { ChatMessage } from '../../prompt/types';
import type { OpenAIEndpointConfig } from './config';
import { parseChatCompletion, type ParsedCompletion } from './parseChatCompletion';
import { requestJson, type EndpointDeps } from './requestJson';

/** The most alternatives OpenAI's API allows; llama.cpp and Ollama accept it too. */
export const TOP_LOGPROBS = 20;

export interface ChatOptions {
  /** Ask for the first token's top alternatives (scoring) or only for sampled text. */
  withLogprobs: boolean;
  /** Completions per request; servers without `n` support return one. */
  n: number;
}

/**
 * The request body: one answer token at temperature 1 and top_p 1, always explicit, so reported
 * log-probabilities and samples come from the model's unmodified distribution.
 */
export function chatRequestBody(
  config: Pick<OpenAIEndpointConfig, 'model'>,
  messages: readonly ChatMessage[],
  options: ChatOptions,
): Record<string, unknown> {
  const body: Record<string, unknown> = { model: config.model, messages, max_tokens: 1, temperature: 1, top_p: 1 };
  if (options.withLogprobs) Object.assign(body, { logprobs: true, top_logprobs: TOP_LOGPROBS });
  if (options.n !== 1) body['n'] = options.n;
  return body;
}

export async function postChat(
  config: OpenAIEndpointConfig,
  messages: readonly ChatMessage[],
  options: ChatOptions,
  deps: EndpointDeps,
  signal?: AbortSignal,
): Promise<ParsedCompletion> {
  const body = await requestJson(
    { path: '/chat/completions', body: chatRequestBody(config, messages, options) },
    config,
    deps,
    signal,
  );
  return parseChatCompletion(body);
}
