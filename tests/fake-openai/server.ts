/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatMessage } from '../../src/lib/prompt/types.ts';
import { parseDataset } from '../../src/lib/survey/parseDataset.ts';
import type { Dataset } from '../../src/lib/survey/types.ts';
import { answerDistribution, type AnswerSource } from './answerDistribution.ts';
import { drawLabel, logprobsCompletion, sampledCompletion, type LabelledChoice } from './completionBody.ts';
import { createPromptIdentifier, type IdentifiedPrompt } from './identifyPrompt.ts';
import { itemRandom } from './itemRandom.ts';

/**
 * oracle | country:XXX | noisy: answer with log-probabilities from human data (see answerDistribution);
 * no-logprobs: sample answers from the oracle, without log-probabilities;
 * fail-at: oracle, but chat request number failAt (1-based) and every later one get HTTP 500 until heal().
 */
export type FakeMode = AnswerSource | 'no-logprobs' | 'fail-at';

export interface FakeOpenAIOptions {
  mode: FakeMode;
  /** Defaults to the bundled public/data/wvs7-dataset.json. */
  dataset?: Dataset;
  model?: string;
  seed?: number;
  /** Noise SD of mode 'noisy' (multiplicative, log scale); default 0.5. */
  noise?: number;
  failAt?: number;
  /** Share of probability on label tokens (the rest goes to a filler token); default 1. */
  labelMass?: number;
  /** Whether `n` > 1 is honoured in 'no-logprobs' mode; false answers one choice like Ollama. Default true. */
  supportsN?: boolean;
  /** Delay before every answer, to test pausing mid-request. */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface FakeOpenAI {
  /** Base URL including /v1, e.g. http://127.0.0.1:41234/v1. */
  url: string;
  requests: RecordedRequest[];
  /** Ends 'fail-at' failures. */
  heal(): void;
  close(): Promise<void>;
}

export const DEFAULT_FAKE_MODEL = 'fake-wvs-model';
const DATASET_FILE = new URL('../../public/data/wvs7-dataset.json', import.meta.url);

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization, Accept',
  'Access-Control-Allow-Private-Network': 'true',
};

function send(response: ServerResponse, status: number, body?: unknown): void {
  response.writeHead(status, { ...CORS_HEADERS, 'Content-Type': 'application/json' });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? null : (JSON.parse(text) as unknown);
}

interface ChatBody {
  model?: unknown;
  messages?: unknown;
  n?: unknown;
}

/** Starts a fake OpenAI-compatible server on 127.0.0.1 with a free port. */
export async function startFakeOpenAI(options: FakeOpenAIOptions): Promise<FakeOpenAI> {
  const dataset = options.dataset ?? parseDataset(JSON.parse(readFileSync(DATASET_FILE, 'utf8')));
  const model = options.model ?? DEFAULT_FAKE_MODEL;
  const context = { dataset, seed: options.seed ?? 1, noise: options.noise ?? 0.5 };
  const identify = createPromptIdentifier(dataset);
  const requests: RecordedRequest[] = [];
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

  function answerChat(body: ChatBody): { status: number; body: unknown } {
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

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    const method = request.method ?? 'GET';
    const body = method === 'POST' ? await readJson(request) : null;
    requests.push({ method, path, body });
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (method === 'OPTIONS') return send(response, 204);
    if (method === 'GET' && path === '/v1/models') {
      return send(response, 200, {
        object: 'list',
        data: [{ id: model, object: 'model', created: 1_733_011_200, owned_by: 'fake' }],
      });
    }
    if (method === 'POST' && path === '/v1/chat/completions') {
      const answer = answerChat(body ?? {});
      return send(response, answer.status, answer.body);
    }
    send(response, 404, { error: { message: `no route ${method} ${path}`, type: 'not_found' } });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 400, { error: { message: String(error) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    heal: () => {
      healed = true;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
