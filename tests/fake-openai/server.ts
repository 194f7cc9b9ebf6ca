/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseDataset } from '../../src/lib/survey/parseDataset.ts';
import type { Dataset } from '../../src/lib/survey/types.ts';
import type { AnswerSource } from './answerDistribution.ts';
import { createChatAnswerer, type ChatBody } from './chatAnswerer.ts';

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
  /** Fixed latency: delay before every answer (to test pausing mid-request, or parallel requests). */
  delayMs?: number;
  /** Chat request number k, 2k, 3k… (1-based, the load probe included) gets HTTP 429 with Retry-After. */
  rateLimitEvery?: number;
  /** The Retry-After (seconds) sent with those 429 answers; default 1. */
  retryAfterSeconds?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
  /** performance.now() when the request arrived, in the server's process. */
  receivedAt: number;
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

export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, Authorization, Accept',
  'Access-Control-Allow-Private-Network': 'true',
  // Without it a page cannot read Retry-After (not a CORS-safelisted response header).
  'Access-Control-Expose-Headers': 'Retry-After',
  // One preflight per page, not one every 5 s (Chromium's default): latency tests time the chat requests.
  'Access-Control-Max-Age': '600',
};

function send(response: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...CORS_HEADERS, 'Content-Type': 'application/json', ...headers });
  response.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? null : (JSON.parse(text) as unknown);
}

/** Starts a fake OpenAI-compatible server on 127.0.0.1 with a free port. */
export async function startFakeOpenAI(options: FakeOpenAIOptions): Promise<FakeOpenAI> {
  const dataset = options.dataset ?? parseDataset(JSON.parse(readFileSync(DATASET_FILE, 'utf8')));
  const model = options.model ?? DEFAULT_FAKE_MODEL;
  const requests: RecordedRequest[] = [];

  const answerer = createChatAnswerer(options, dataset);
  let chatRequests = 0;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    const method = request.method ?? 'GET';
    const body = method === 'POST' ? await readJson(request) : null;
    requests.push({ method, path, body, receivedAt: performance.now() });
    if (options.delayMs) await new Promise((resolve) => setTimeout(resolve, options.delayMs));
    if (method === 'OPTIONS') return send(response, 204);
    if (method === 'GET' && path === '/v1/models') {
      return send(response, 200, {
        object: 'list',
        data: [{ id: model, object: 'model', created: 1_733_011_200, owned_by: 'fake' }],
      });
    }
    if (method === 'POST' && path === '/v1/chat/completions') {
      chatRequests += 1;
      if (options.rateLimitEvery && chatRequests % options.rateLimitEvery === 0) {
        const retryAfter = String(options.retryAfterSeconds ?? 1);
        const error = { message: `fake rate limit at chat request ${chatRequests}`, type: 'rate_limit' };
        return send(response, 429, { error }, { 'Retry-After': retryAfter });
      }
      const answer = answerer.answer((body ?? {}) as ChatBody);
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
    heal: answerer.heal,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
