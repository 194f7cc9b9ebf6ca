import type { BaselineKind } from '../../engines/baselines';
import type { EndpointConfigInput } from '../../engines/openai';
import type { EngineDescriptor } from '../../engines/types';
import type { CountryId } from '../../survey/types';

/** What the user chose to run, before an engine exists. */
export type EngineSpec =
  | { kind: 'webllm'; modelId: string }
  | { kind: 'openai-endpoint'; endpoint: EndpointConfigInput }
  | { kind: 'baseline'; baseline: BaselineKind; sourceCountryId: CountryId };

const BASELINE_KINDS: readonly BaselineKind[] = ['uniform', 'world-average', 'country'];

function isBaselineKind(value: unknown): value is BaselineKind {
  return BASELINE_KINDS.includes(value as BaselineKind);
}

/** What the endpoint form asks for, as the Run view binds it (timeout in seconds, as typed). */
export interface EndpointFormFields {
  baseUrl: string;
  model: string;
  apiKey: string;
  timeoutSeconds: number;
  concurrency: number;
  rememberKey: boolean;
}

/** What a resume adds to a stored descriptor; `baseUrl` only serves a batch run, which names no server. */
export type EndpointAccess = Pick<EndpointConfigInput, 'apiKey' | 'timeoutMs' | 'concurrency'> & { baseUrl?: string };

/**
 * The spec that recreates a stored run's engine (to resume it after a reload). API keys are never stored in
 * descriptors, so an endpoint that needs one gets it from the caller, who must only pass the key bound to
 * the descriptor's own origin.
 */
export function specFromDescriptor(descriptor: EngineDescriptor, access: EndpointAccess = {}): EngineSpec {
  const { settings } = descriptor;
  switch (descriptor.kind) {
    case 'webllm':
      return { kind: 'webllm', modelId: descriptor.modelId };
    case 'openai-endpoint': {
      const { baseUrl: batchServer, ...rest } = access;
      const batch = settings.batch === true;
      const baseUrl = batch ? batchServer : settings.baseUrl;
      if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
        throw new Error(
          batch
            ? `Run engine ${descriptor.modelId} was planned as a batch file: import its batch output, or enter an endpoint serving ${descriptor.modelId} in the endpoint form (start a run there or test the connection), then resume.`
            : `Run engine ${descriptor.modelId} has no endpoint URL in its settings; start a new run instead.`,
        );
      }
      const samples = settings.samplesWhenNoLogprobs;
      return {
        kind: 'openai-endpoint',
        endpoint: {
          baseUrl,
          model: descriptor.modelId,
          ...(typeof samples === 'number' ? { samplesWhenNoLogprobs: samples } : {}),
          ...rest,
        },
      };
    }
    case 'baseline': {
      if (!isBaselineKind(settings.baseline)) {
        throw new Error(`Run engine ${descriptor.modelId} names an unknown baseline "${String(settings.baseline)}".`);
      }
      const sourceCountryId = typeof settings.sourceCountry === 'string' ? settings.sourceCountry : 'USA';
      return { kind: 'baseline', baseline: settings.baseline, sourceCountryId };
    }
    case 'imported':
      throw new Error(
        `Run "${descriptor.modelId}" holds answers imported from files; it cannot be continued here. Start a new run instead.`,
      );
  }
}

function runNameAt(engine: string, now: Date): string {
  const when = now.toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  return `${engine} · ${when}`;
}

/** A default run name: engine and date, e.g. "llama3.2:3b · 28 Nov 2026 14:05". */
export function defaultRunName(spec: EngineSpec, now: Date): string {
  const engine =
    spec.kind === 'webllm'
      ? spec.modelId
      : spec.kind === 'openai-endpoint'
        ? spec.endpoint.model
        : spec.baseline === 'country'
          ? `Baseline: everyone like ${spec.sourceCountryId}`
          : `Baseline: ${spec.baseline}`;
  return runNameAt(engine, now);
}

/** The default name of a run answered through a batch file, e.g. "Llama-3.1-70B (batch file) · 28 Nov 2026 14:05". */
export function batchRunName(modelName: string, now: Date): string {
  return runNameAt(`${modelName.trim()} (batch file)`, now);
}
