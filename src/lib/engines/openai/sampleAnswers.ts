import type { ChatMessage } from '../../prompt/types';
import type { OpenAIEndpointConfig } from './config';
import { EndpointError } from './endpointError';
import { postChat } from './postChat';
import type { EndpointDeps } from './requestJson';

export interface SamplingState {
  /** Whether the server accepts `n` > 1; llama.cpp's server answers 400 "Only one completion choice is allowed". */
  nSupported: boolean;
}

export interface SampledAnswers {
  answers: string[];
  promptTokens: number | null;
  /** The first answer's system_fingerprint. */
  systemFingerprint: string | null;
}

/**
 * Draws `count` answers. Asks for all remaining answers per request with `n`; servers that ignore `n`
 * (Ollama) return one choice and are simply asked again, servers that reject it (HTTP 400) are asked one
 * at a time. Any other failure (429 included, after requestJson's retries) ends the call without changing
 * the method.
 */
export async function sampleAnswers(
  config: OpenAIEndpointConfig,
  messages: readonly ChatMessage[],
  count: number,
  state: SamplingState,
  deps: EndpointDeps,
  signal?: AbortSignal,
): Promise<SampledAnswers> {
  const answers: string[] = [];
  let promptTokens: number | null = null;
  let systemFingerprint: string | null = null;
  while (answers.length < count) {
    const n = state.nSupported ? count - answers.length : 1;
    let completion;
    try {
      completion = await postChat(config, messages, { withLogprobs: false, n }, deps, signal);
    } catch (error) {
      if (n > 1 && error instanceof EndpointError && error.kind === 'rejected') {
        state.nSupported = false;
        continue;
      }
      throw error;
    }
    promptTokens ??= completion.promptTokens;
    systemFingerprint ??= completion.systemFingerprint;
    for (const choice of completion.choices.slice(0, count - answers.length)) answers.push(choice.content ?? '');
  }
  return { answers, promptTokens, systemFingerprint };
}
