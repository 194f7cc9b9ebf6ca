import type { OpenAIEndpointConfig } from './config';
import { EndpointError } from './endpointError';
import { parseModelList } from './parseModelList';
import { probeEndpoint } from './probeEndpoint';
import { defaultEndpointDeps, requestJson, type EndpointDeps } from './requestJson';

export interface ConnectionReport {
  ok: boolean;
  /** Model ids from GET /models, when the server lists them. */
  models?: string[];
  /** null when the check did not get that far. */
  logprobsSupported: boolean | null;
  message: string;
}

/** Checks an endpoint the way a run will use it: list its models, then ask the chosen model one question. */
export async function testConnection(
  config: OpenAIEndpointConfig,
  deps: Partial<EndpointDeps> = {},
  signal?: AbortSignal,
): Promise<ConnectionReport> {
  const endpointDeps: EndpointDeps = { ...defaultEndpointDeps(), ...deps };
  // Tests of a connection should fail fast: no retries.
  const once = { ...config, maxRetries: 0 };
  let models: string[];
  try {
    models = parseModelList(await requestJson({ path: '/models' }, once, endpointDeps, signal));
  } catch (error) {
    if (error instanceof EndpointError) return { ok: false, logprobsSupported: null, message: error.message };
    throw error;
  }
  if (!models.includes(config.model)) {
    const listed = models.length > 0 ? models.join(', ') : 'none';
    return {
      ok: false,
      models,
      logprobsSupported: null,
      message: `${config.baseUrl} has no model "${config.model}". Models it lists: ${listed}.`,
    };
  }
  try {
    const probe = await probeEndpoint(once, endpointDeps, signal);
    const message = probe.logprobsSupported
      ? `Connected to ${config.model}; it returns log-probabilities.`
      : `Connected to ${config.model}, but it returns no log-probabilities: answers will be estimated from ` +
        `${config.samplesWhenNoLogprobs} samples per item (approximate, and ${config.samplesWhenNoLogprobs}× slower).`;
    return { ok: true, models, logprobsSupported: probe.logprobsSupported, message };
  } catch (error) {
    if (error instanceof EndpointError) return { ok: false, models, logprobsSupported: null, message: error.message };
    throw error;
  }
}
