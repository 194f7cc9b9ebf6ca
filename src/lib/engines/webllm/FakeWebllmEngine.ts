import type {
  ChatCompletion,
  ChatCompletionRequestNonStreaming,
  ChatOptions,
  InitProgressCallback,
  LogitProcessor,
} from '@mlc-ai/web-llm';
import type { VocabularyReader } from './labelTokenIds';
import type { WorkerEngine } from './WorkerHost';

/** A vocabulary of whole strings; token id = index, and a token's raw form is its text. */
export class FakeVocabulary implements VocabularyReader {
  disposed = 0;
  constructor(readonly tokens: readonly string[]) {}
  dispose(): void {
    this.disposed += 1;
  }
  getVocabSize(): number {
    return this.tokens.length;
  }
  decode(ids: Int32Array): string {
    return [...ids].map((id) => this.tokens[id] ?? '').join('');
  }
  idToToken(id: number): string {
    return this.tokens[id] ?? '';
  }
}

/**
 * Stands in for WebLLM's MLCEngine in tests, typed with WebLLM's own types so an API change breaks
 * compilation. Like WebLLM, it passes the next-token logits through the registered LogitProcessor and
 * reports top_logprobs as the softmax of the processed logits, decoded with the vocabulary.
 */
export class FakeWebllmEngine implements WorkerEngine {
  readonly requests: ChatCompletionRequestNonStreaming[] = [];
  readonly calls: string[] = [];
  registry: Map<string, LogitProcessor> | undefined;
  progressCallback: InitProgressCallback | undefined;
  loadedModelId: string | undefined;
  /** Overrides what top_logprobs reports, to simulate a disagreement. */
  reportedTokens: string[] | undefined;
  reloadError: Error | undefined;

  constructor(
    private readonly vocabulary: FakeVocabulary,
    private readonly logits: Float32Array,
    private readonly usesProcessor = true,
  ) {}

  setLogitProcessorRegistry(registry?: Map<string, LogitProcessor>): void {
    this.registry = registry;
  }

  setInitProgressCallback(callback: InitProgressCallback): void {
    this.progressCallback = callback;
  }

  async reload(modelId: string | string[], _chatOpts?: ChatOptions | ChatOptions[]): Promise<void> {
    this.calls.push(`reload ${String(modelId)}`);
    if (this.reloadError) throw this.reloadError;
    this.progressCallback?.({
      progress: 0.5,
      timeElapsed: 1,
      text: 'Fetching param cache[1/2]: 10MB fetched. 50% completed, 1 secs elapsed.',
    });
    this.progressCallback?.({ progress: 1, timeElapsed: 2, text: 'Finish loading on WebGPU - fake' });
    this.loadedModelId = String(modelId);
  }

  async unload(): Promise<void> {
    this.calls.push('unload');
    this.loadedModelId = undefined;
  }

  async chatCompletion(request: ChatCompletionRequestNonStreaming): Promise<ChatCompletion> {
    this.requests.push(request);
    // WebLLM awaits its per-model lock and the prefill before the logits exist; yield like it does.
    await Promise.resolve();
    const processor = this.loadedModelId === undefined ? undefined : this.registry?.get(this.loadedModelId);
    const logits = processor && this.usesProcessor ? processor.processLogits(this.logits.slice()) : this.logits;
    const ranked = [...logits].map((logit, id) => ({ id, logit })).sort((a, b) => b.logit - a.logit);
    const logTotal = Math.log(ranked.reduce((sum, { logit }) => sum + Math.exp(logit), 0));
    const top = ranked.slice(0, request.top_logprobs ?? 0).map(({ id, logit }, rank) => {
      const token = this.reportedTokens?.[rank] ?? this.vocabulary.decode(Int32Array.of(id));
      return { token, bytes: null, logprob: logit - logTotal };
    });
    const first = top[0] ?? { token: '', bytes: null, logprob: 0 };
    return {
      id: 'fake',
      object: 'chat.completion',
      created: 0,
      model: this.loadedModelId ?? '',
      choices: [
        {
          index: 0,
          finish_reason: 'length',
          message: { role: 'assistant', content: first.token },
          logprobs: { content: [{ ...first, top_logprobs: top }] },
        },
      ],
      usage: {
        prompt_tokens: 42,
        completion_tokens: 1,
        total_tokens: 43,
        extra: {
          prefill_tokens_per_s: 0,
          decode_tokens_per_s: 0,
          e2e_latency_s: 0,
          time_to_first_token_s: 0,
          time_per_output_token_s: 0,
        },
      },
    } satisfies ChatCompletion;
  }
}
