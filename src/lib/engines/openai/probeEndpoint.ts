import type { OpenAIEndpointConfig } from './config';
import { postChat } from './postChat';
import type { EndpointDeps } from './requestJson';

export interface ProbeResult {
  logprobsSupported: boolean;
  /** system_fingerprint or 'unknown'. */
  version: string;
}

const PROBE_MESSAGES = [{ role: 'user', content: 'Reply with the letter A.' }] as const;

/** One tiny chat request: does the model answer, with top log-probabilities, and which version is it? */
export async function probeEndpoint(
  config: OpenAIEndpointConfig,
  deps: EndpointDeps,
  signal?: AbortSignal,
): Promise<ProbeResult> {
  const completion = await postChat(config, PROBE_MESSAGES, { withLogprobs: true, n: 1 }, deps, signal);
  return {
    logprobsSupported: completion.choices[0]?.topLogprobs != null,
    version: completion.systemFingerprint ?? 'unknown',
  };
}
