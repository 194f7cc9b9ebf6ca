import type { Prompt } from '../../prompt/types';
import { scoreFromSamples } from '../scoring/scoreFromSamples';
import { scoreFromTopLogprobs } from '../scoring/scoreFromTopLogprobs';
import type { Engine, EngineDescriptor, OptionScores } from '../types';
import { ConcurrencyLimiter } from './concurrencyLimiter';
import type { OpenAIEndpointConfig } from './config';
import { postChat, TOP_LOGPROBS } from './postChat';
import { probeEndpoint } from './probeEndpoint';
import { defaultEndpointDeps, type EndpointDeps } from './requestJson';
import { sampleAnswers, type SamplingState } from './sampleAnswers';

/** The server's fingerprint for one answer, kept per item so a server update mid-run stays visible. */
function versionOf(fingerprint: string | null): Pick<OptionScores, 'engineVersion'> {
  return fingerprint === null ? {} : { engineVersion: fingerprint };
}

export interface OpenAIEngineDeps extends Partial<EndpointDeps> {
  now?: () => number;
}

/**
 * An engine for an OpenAI-compatible /chat/completions endpoint. Scores from the first token's
 * top_logprobs when the server returns them; otherwise samples `samplesWhenNoLogprobs` answers and counts
 * them (method 'sampling', an approximation). load() sends one probe request that learns both facts and
 * fixes the descriptor's version to the server's system_fingerprint ('unknown' before load or if absent).
 * The version is not updated per answer: a runner compares descriptors, and OpenAI's fingerprint can change
 * between requests.
 */
export function createOpenAIEngine(config: OpenAIEndpointConfig, deps: OpenAIEngineDeps = {}): Engine {
  const endpointDeps: EndpointDeps = {
    ...defaultEndpointDeps(),
    session: { limiter: new ConcurrencyLimiter(config.concurrency), answered: false },
    ...deps,
  };
  const now = deps.now ?? (() => performance.now());
  let version = 'unknown';
  let logprobsSupported: boolean | null = null;
  const sampling: SamplingState = { nSupported: true };

  async function scoreBySampling(prompt: Prompt, started: number, signal?: AbortSignal): Promise<OptionScores> {
    const sampled = await sampleAnswers(
      config,
      prompt.messages,
      config.samplesWhenNoLogprobs,
      sampling,
      endpointDeps,
      signal,
    );
    const scores = scoreFromSamples(sampled.answers, prompt.labels);
    return {
      ...scores,
      method: 'sampling',
      tokensIn: sampled.promptTokens ?? 0,
      ms: now() - started,
      ...versionOf(sampled.systemFingerprint),
    };
  }

  async function score(prompt: Prompt, signal?: AbortSignal): Promise<OptionScores> {
    const started = now();
    if (logprobsSupported === false) return scoreBySampling(prompt, started, signal);
    const completion = await postChat(config, prompt.messages, { withLogprobs: true, n: 1 }, endpointDeps, signal);
    const topLogprobs = completion.choices[0]?.topLogprobs;
    if (!topLogprobs) {
      logprobsSupported = false;
      return scoreBySampling(prompt, started, signal);
    }
    logprobsSupported = true;
    const scores = scoreFromTopLogprobs(topLogprobs, prompt.labels);
    return {
      ...scores,
      method: 'top-logprobs',
      tokensIn: completion.promptTokens ?? 0,
      ms: now() - started,
      ...versionOf(completion.systemFingerprint),
    };
  }

  return {
    concurrency: config.concurrency,
    get descriptor(): EngineDescriptor {
      return {
        kind: 'openai-endpoint',
        modelId: config.model,
        version,
        settings: {
          baseUrl: config.baseUrl,
          temperature: 1,
          topP: 1,
          topLogprobs: TOP_LOGPROBS,
          samplesWhenNoLogprobs: config.samplesWhenNoLogprobs,
        },
      };
    },
    async load(onProgress, signal) {
      onProgress({
        phase: 'compiling',
        fraction: 0,
        text: `Asking ${config.model} at ${config.baseUrl} for a test answer…`,
      });
      const probe = await probeEndpoint(config, endpointDeps, signal);
      version = probe.version;
      logprobsSupported = probe.logprobsSupported;
      const how = probe.logprobsSupported
        ? 'it returns log-probabilities, so option probabilities are read directly.'
        : `it returns no log-probabilities, so each item is answered ${config.samplesWhenNoLogprobs} times and counted (an approximation).`;
      onProgress({ phase: 'ready', fraction: 1, text: `${config.model} is ready: ${how}` });
    },
    score,
    async unload() {},
  };
}
