import type { ChatMessage } from '../../src/lib/prompt/types.ts';
import type { Dataset } from '../../src/lib/survey/types.ts';
import { answerDistribution, type AnswerSource } from './answerDistribution.ts';
import { drawLabel, logprobsCompletion, sampledCompletion, type LabelledChoice } from './completionBody.ts';
import { createPromptIdentifier, type IdentifiedPrompt } from './identifyPrompt.ts';
import { itemRandom } from './itemRandom.ts';
import { DEFAULT_FAKE_MODEL, type FakeOpenAIOptions } from './server.ts';

/** The parts of a /chat/completions request body the fake reads. */
export interface ChatBody {
  model?: unknown;
  messages?: unknown;
  n?: unknown;
}

export interface ChatAnswer {
  status: number;
  body: unknown;
}

export interface ChatAnswerer {
  /** The fake model's answer to one chat request: what the server sends, without HTTP. */
  answer(body: ChatBody): ChatAnswer;
  /** Ends 'fail-at' failures. */
  heal: () => void;
}

/**
 * The fake server's answering logic on its own, so tests can answer requests offline (e.g. a batch
 * input file) exactly as the server would over HTTP.
 */
export function createChatAnswerer(options: FakeOpenAIOptions, dataset: Dataset): ChatAnswerer {
  const model = options.model ?? DEFAULT_FAKE_MODEL;
  const context = { dataset, seed: options.seed ?? 1, noise: options.noise ?? 0.5 };
  const identify = createPromptIdentifier(dataset);
  const drawsByItem = new Map<string, number>();
  let chatCount = 0;
  let healed = false;

  function labelledProbabilities(item: IdentifiedPrompt | null): LabelledChoice[] {
    // Anything that is not a survey prompt (e.g. an engine's connection probe) gets a plain "A".
    if (!item) return [{ label: 'A', probability: 1 }];
    const source: AnswerSource = options.mode === 'no-logprobs' || options.mode === 'fail-at' ? 'oracle' : options.mode;
    const byOption = answerDistribution(source, context, item.question, item.country, item.prompt.order);
    return item.prompt.labels.map((label, index) => ({
      label,
      probability: byOption[item.prompt.optionIndexByLabel[index] ?? -1] ?? 0,
    }));
  }

  function answer(body: ChatBody): ChatAnswer {
    chatCount += 1;
    if (options.mode === 'fail-at' && !healed && chatCount >= (options.failAt ?? 1)) {
      return {
        status: 500,
        body: { error: { message: `fake failure at chat request ${chatCount}`, type: 'server_error' } },
      };
    }
    if (body.model !== model) {
      return {
        status: 404,
        body: {
          error: { message: `model "${String(body.model)}" not found, try pulling it first`, type: 'api_error' },
        },
      };
    }
    const messages = (Array.isArray(body.messages) ? body.messages : []) as ChatMessage[];
    const promptTokens = messages.reduce((sum, message) => sum + String(message.content).split(/\s+/).length, 0);
    const item = identify(messages);
    const labelled = labelledProbabilities(item);
    if (options.mode !== 'no-logprobs') {
      return { status: 200, body: logprobsCompletion(model, promptTokens, labelled, options.labelMass ?? 1) };
    }
    const requested = typeof body.n === 'number' && Number.isInteger(body.n) && body.n > 0 ? body.n : 1;
    const count = options.supportsN === false ? 1 : requested;
    const itemKey = item ? `${item.question.id}|${item.country?.id ?? '-'}|${item.prompt.order}` : 'unknown';
    const draw = drawsByItem.get(itemKey) ?? 0;
    drawsByItem.set(itemKey, draw + 1);
    const uniform = itemRandom(context.seed, `${itemKey}|${draw}`);
    const contents = Array.from({ length: count }, () => drawLabel(labelled, uniform()));
    return { status: 200, body: sampledCompletion(model, promptTokens, contents) };
  }

  return {
    answer,
    heal: () => {
      healed = true;
    },
  };
}
