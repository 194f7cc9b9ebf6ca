import type {
  ChatCompletion,
  ChatCompletionRequestNonStreaming,
  LogitProcessor,
  MLCEngine,
  MLCEngineInterface,
} from '@mlc-ai/web-llm';
import type { ChatMessage } from '../../prompt/types';
import { scoreFromFullVector, scoreFromTopLogprobs } from '../scoring';
import type { LoadProgress } from '../types';
import { crossCheckTopLogprobs } from './crossCheckTopLogprobs';
import { errorToString } from './errors';
import { FirstStepLogitCapture } from './FirstStepLogitCapture';
import { buildShortTokenIndex, labelTokenIds, type VocabularyReader } from './labelTokenIds';
import { parseInitProgress } from './parseInitProgress';
import type { RequestType, ResultPayloads, WorkerRequest, WorkerResponse, WorkerScores } from './protocol';

/** The part of WebLLM's MLCEngine the worker uses; a real MLCEngine satisfies it, tests implement it. */
export type WorkerEngine = Pick<MLCEngineInterface, 'reload' | 'unload' | 'setInitProgressCallback'> &
  Pick<MLCEngine, 'setLogitProcessorRegistry'> & {
    chatCompletion(request: ChatCompletionRequestNonStreaming): Promise<ChatCompletion>;
  };

export interface WorkerDeps {
  engine: WorkerEngine;
  /** The loaded model's own tokenizer (read from WebLLM's cache). */
  loadVocabulary(modelId: string): Promise<VocabularyReader>;
  hasModelInCache(modelId: string): Promise<boolean>;
  deleteModelAllInfoInCache(modelId: string): Promise<void>;
  now(): number;
}

/** WebLLM's cap on top_logprobs. */
const TOP_LOGPROBS = 5;
/** Qwen3 and Qwen3.5 think before answering unless told not to; WebLLM would prepend the empty think block to any model. */
const THINKING_MODELS = /^Qwen3/;

interface LoadedModel {
  modelId: string;
  capture: FirstStepLogitCapture;
  vocabulary: VocabularyReader;
  tokenIndex: Map<string, number[]>;
}

/** Answers the client's requests inside the worker; webllm.worker.ts wires it to WebLLM and postMessage. */
export class WorkerHost {
  #loaded: LoadedModel | undefined;
  /** Requests run one at a time: the logit capture is armed per request and must see only its own step. */
  #queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: WorkerDeps,
    private readonly post: (response: WorkerResponse) => void,
  ) {}

  handle(request: WorkerRequest): Promise<void> {
    this.#queue = this.#queue.then(() => this.#handleNow(request));
    return this.#queue;
  }

  async #handleNow(request: WorkerRequest): Promise<void> {
    try {
      switch (request.type) {
        case 'load':
          return this.#done(request.id, 'load', await this.#load(request.id, request.payload.modelId));
        case 'score':
          return this.#done(request.id, 'score', await this.#score(request.payload.messages, request.payload.labels));
        case 'unload':
          await this.#unload();
          return this.#done(request.id, 'unload', {});
        case 'cache-status':
          return this.#done(request.id, 'cache-status', { cached: await this.#cached(request.payload.modelIds) });
        case 'cache-delete':
          return this.#done(request.id, 'cache-delete', { deleted: await this.#delete(request.payload.modelIds) });
      }
    } catch (error) {
      this.post({ id: request.id, type: 'error', payload: { message: errorToString(error) } });
    }
  }

  #done<T extends RequestType>(id: number, request: T, payload: ResultPayloads[T]): void {
    // TypeScript cannot relate the generic T to the union member; the signature above does.
    this.post({ id, type: 'done', request, payload } as WorkerResponse);
  }

  async #load(id: number, modelId: string): Promise<{ modelId: string }> {
    if (this.#loaded?.modelId === modelId) return { modelId };
    await this.#unload();
    const { engine } = this.deps;
    const capture = new FirstStepLogitCapture();
    engine.setLogitProcessorRegistry(new Map<string, LogitProcessor>([[modelId, capture]]));
    let last: LoadProgress | undefined;
    engine.setInitProgressCallback((report) => {
      last = parseInitProgress(report, last);
      this.post({ id, type: 'progress', payload: last });
    });
    await engine.reload(modelId);
    const vocabulary = await this.deps.loadVocabulary(modelId);
    this.#loaded = { modelId, capture, vocabulary, tokenIndex: buildShortTokenIndex(vocabulary) };
    return { modelId };
  }

  async #unload(): Promise<void> {
    const loaded = this.#loaded;
    if (!loaded) return;
    this.#loaded = undefined;
    loaded.vocabulary.dispose?.();
    await this.deps.engine.unload();
  }

  async #score(messages: ChatMessage[], labels: string[]): Promise<WorkerScores> {
    const loaded = this.#loaded;
    if (!loaded) throw new Error('No model is loaded; load one before scoring.');
    const started = this.deps.now();
    loaded.capture.arm();
    const reply = await this.deps.engine.chatCompletion({
      messages,
      max_tokens: 1,
      // Explicit so that logits, reported logprobs and the model's defaults cannot drift apart.
      temperature: 1,
      top_p: 1,
      frequency_penalty: 0,
      presence_penalty: 0,
      repetition_penalty: 1,
      logprobs: true,
      top_logprobs: TOP_LOGPROBS,
      stream: false,
      ...(THINKING_MODELS.test(loaded.modelId) ? { extra_body: { enable_thinking: false } } : {}),
    });
    const logits = loaded.capture.take();
    const reported = reply.choices[0]?.logprobs?.content?.[0]?.top_logprobs ?? [];
    const tokensIn = reply.usage?.prompt_tokens ?? 0;

    if (!logits) {
      const scores = scoreFromTopLogprobs(reported, labels);
      return { ...scores, probs: [...scores.probs], method: 'top-logprobs', tokensIn, ms: this.deps.now() - started };
    }
    const one = new Int32Array(1);
    crossCheckTopLogprobs(logits, reported, (tokenId) => {
      one[0] = tokenId;
      return loaded.vocabulary.decode(one);
    });
    const scores = scoreFromFullVector(logits, labelTokenIds(labels, loaded.tokenIndex), labels, 'logits');
    return { ...scores, probs: [...scores.probs], method: 'full-logits', tokensIn, ms: this.deps.now() - started };
  }

  async #cached(modelIds: string[]): Promise<string[]> {
    const flags = await Promise.all(modelIds.map((modelId) => this.deps.hasModelInCache(modelId)));
    return modelIds.filter((_, index) => flags[index]);
  }

  async #delete(modelIds: string[]): Promise<string[]> {
    const deleted: string[] = [];
    for (const modelId of modelIds) {
      // deleteModelAllInfoInCache on an uncached model fetches from the network; only delete what is there.
      if (!(await this.deps.hasModelInCache(modelId))) continue;
      await this.deps.deleteModelAllInfoInCache(modelId);
      deleted.push(modelId);
    }
    return deleted;
  }
}
