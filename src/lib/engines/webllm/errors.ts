/** What went wrong in WebLLM, in terms of what the user can do about it. */
export type WebllmErrorKind =
  | 'no-adapter'
  | 'shader-f16-missing'
  | 'device-lost'
  | 'quota-exceeded'
  | 'network'
  | 'worker-died'
  | 'logit-check'
  | 'unknown';

export interface WebllmProblem {
  kind: WebllmErrorKind;
  /** Plain-language message with the next step. */
  message: string;
  /** Whether retrying the same action can succeed (network, worker died). */
  retryable: boolean;
  /** The original "Name: message" text, for the details disclosure. */
  detail: string;
}

/** Patterns over WebLLM 0.2.86's error names and texts (lib/error.d.ts, tvmjs detectGPUDevice), first match wins. */
const RULES: ReadonlyArray<{
  kind: WebllmErrorKind;
  test: RegExp;
  message: (modelId: string) => string;
  retryable: boolean;
}> = [
  {
    kind: 'worker-died',
    test: /^WorkerDied:/,
    message: () =>
      'The model worker stopped unexpectedly (the tab may have run out of memory). It will be restarted; resume the run to continue where it stopped.',
    retryable: true,
  },
  {
    kind: 'logit-check',
    test: /^LogitCheckError:/,
    message: () =>
      'The exact probabilities read from the model disagree with what WebLLM reports, so the results would not be trustworthy. Please report this with the model name.',
    retryable: false,
  },
  {
    kind: 'shader-f16-missing',
    test: /ShaderF16SupportError|shader-f16|f16 shader/i,
    message: (modelId) =>
      `This GPU cannot run f16 models. Choose the q4f32 build${modelId ? ` of ${modelId.replace(/-q\d+f16.*$/, '')}` : ''} instead.`,
    retryable: false,
  },
  {
    kind: 'no-adapter',
    test: /WebGPUNotAvailableError|WebGPUNotFoundError|Unable to find a compatible GPU|navigator\.gpu/,
    message: () =>
      'This browser offers no WebGPU adapter, so models cannot run here. See the WebGPU guidance, use a local endpoint, or look at the baselines.',
    retryable: false,
  },
  {
    kind: 'device-lost',
    test: /DeviceLostError|device (was )?lost|out of memory|OutOfMemory|GPUOutOfMemoryError|Cannot initialize runtime because of requested/i,
    message: () =>
      'The GPU ran out of memory or was reset. Choose a smaller model, or a "-1k" build with a shorter context, and close other GPU-heavy tabs.',
    retryable: false,
  },
  {
    kind: 'quota-exceeded',
    test: /QuotaExceededError|quota/i,
    message: () =>
      'The browser has no room left to store the model. Delete cached models under Manage → Model cache, allow persistent storage, or choose a smaller model.',
    retryable: false,
  },
  {
    kind: 'network',
    test: /NetworkError|Failed to fetch|network|ERR_|Load failed|fetch/i,
    message: () =>
      'The download was interrupted. Check the connection and try again: parts already downloaded stay in the cache.',
    retryable: true,
  },
];

/** Explains an error string coming from the worker ("Name: message") for the model being used. */
export function explainWebllmError(text: string, modelId = ''): WebllmProblem {
  const rule = RULES.find((candidate) => candidate.test.test(text));
  if (!rule)
    return {
      kind: 'unknown',
      message: `WebLLM failed: ${text || 'no details given'}.`,
      retryable: false,
      detail: text,
    };
  return { kind: rule.kind, message: rule.message(modelId), retryable: rule.retryable, detail: text };
}

/** Error thrown by the WebLLM client; its message is for people, `problem` for code. */
export class WebllmError extends Error {
  constructor(readonly problem: WebllmProblem) {
    super(problem.message);
    this.name = 'WebllmError';
  }
}

/** The "Name: message" form WebLLM's worker uses, for errors we raise ourselves in the worker. */
export function errorToString(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
