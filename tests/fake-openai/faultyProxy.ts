/// <reference types="node" />
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CORS_HEADERS } from './server.ts';

/**
 * Faults a proxy in front of the fake server injects. Chat requests are numbered from 1 in arrival order (the
 * engine's probe included, preflights not). Every field may be changed while a run goes on.
 */
export interface ProxyFaults {
  /** Requests without `Authorization: Bearer <requireKey>` get HTTP 401 (preflights pass: browsers send no key on them). */
  requireKey?: string;
  /** Chat requests from this number on get no answer at all: the connection stays open. */
  hangFrom?: number;
  /** Chat requests from this number on have their connection destroyed before any answer. */
  cutFrom?: number;
  /** The first `times` chat requests whose prompt text matches get HTTP 429 with `Retry-After: retryAfterSeconds`. */
  rateLimit?: { matches: (prompt: string) => boolean; times: number; retryAfterSeconds: number };
  /** Replaces the completions' system_fingerprint (the server's version) while set. */
  fingerprint?: string;
  /** Prompts whose answer puts all probability on a filler token, none on any answer label. */
  labelless?: (prompt: string) => boolean;
}

export interface ProxiedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** Date.now() when the request arrived. */
  at: number;
  /** The chat messages' text, joined; '' for other requests. */
  prompt: string;
  /** The chat request's number; null for other requests. */
  chatNumber: number | null;
  /** The fault injected, if any. */
  fault: 'unauthorized' | 'hang' | 'cut' | 'rate-limited' | null;
}

export interface FaultyProxy {
  /** Base URL including /v1, like the fake server's. */
  url: string;
  faults: ProxyFaults;
  /** Every request received, headers included, preflights too. */
  log: ProxiedRequest[];
  close(): Promise<void>;
}

interface ChatCompletionJson {
  system_fingerprint?: string;
  choices?: { message?: { content?: string }; logprobs?: unknown }[];
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function promptText(body: string): string {
  try {
    const parsed = JSON.parse(body) as { messages?: { content?: unknown }[] };
    return (parsed.messages ?? []).map((message) => String(message.content)).join('\n');
  } catch {
    return '';
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...CORS_HEADERS, 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

/** A token no prompt uses as an answer label (single letters A, B, … are labels, up to J on ten-point scales). */
const NOT_A_LABEL = 'Sorry';

/** The same completion with every choice answering a token that is not a label, with all its probability. */
function withoutLabelMass(completion: ChatCompletionJson): ChatCompletionJson {
  const filler = { token: NOT_A_LABEL, logprob: 0, bytes: [...new TextEncoder().encode(NOT_A_LABEL)] };
  return {
    ...completion,
    choices: (completion.choices ?? []).map((choice) => ({
      ...choice,
      message: { ...choice.message, content: NOT_A_LABEL },
      logprobs: choice.logprobs ? { content: [{ ...filler, top_logprobs: [filler] }] } : null,
    })),
  };
}

/**
 * Starts a proxy on 127.0.0.1 (free port) that forwards to an OpenAI-compatible server (`upstreamUrl` ending in
 * /v1, e.g. a fake server's url) and injects the faults in `faults`, recording every request with its headers.
 */
export async function startFaultyProxy(upstreamUrl: string, faults: ProxyFaults = {}): Promise<FaultyProxy> {
  const upstreamOrigin = new URL(upstreamUrl).origin;
  const log: ProxiedRequest[] = [];
  let chatCount = 0;
  let rateLimitedCount = 0;

  function injectedFault(request: IncomingMessage, chatNumber: number | null, prompt: string): ProxiedRequest['fault'] {
    if (request.method === 'OPTIONS') return null;
    if (faults.requireKey !== undefined && request.headers.authorization !== `Bearer ${faults.requireKey}`) {
      return 'unauthorized';
    }
    if (chatNumber === null) return null;
    if (faults.hangFrom !== undefined && chatNumber >= faults.hangFrom) return 'hang';
    if (faults.cutFrom !== undefined && chatNumber >= faults.cutFrom) return 'cut';
    const limit = faults.rateLimit;
    if (limit && rateLimitedCount < limit.times && limit.matches(prompt)) {
      rateLimitedCount += 1;
      return 'rate-limited';
    }
    return null;
  }

  async function forward(
    request: IncomingMessage,
    response: ServerResponse,
    body: string,
    prompt: string,
  ): Promise<void> {
    const upstream = await fetch(`${upstreamOrigin}${request.url ?? '/'}`, {
      method: request.method ?? 'GET',
      headers: { 'Content-Type': 'application/json' },
      body: request.method === 'POST' ? body : null,
    });
    const text = await upstream.text();
    if (!upstream.ok || request.method !== 'POST') {
      response.writeHead(upstream.status, { ...CORS_HEADERS, 'Content-Type': 'application/json' });
      response.end(text);
      return;
    }
    let completion = JSON.parse(text) as ChatCompletionJson;
    if (faults.labelless?.(prompt)) completion = withoutLabelMass(completion);
    if (faults.fingerprint !== undefined) completion = { ...completion, system_fingerprint: faults.fingerprint };
    sendJson(response, upstream.status, completion);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://proxy').pathname;
    const isChat = request.method === 'POST' && path === '/v1/chat/completions';
    const chatNumber = isChat ? (chatCount += 1) : null;
    const body = await readBody(request);
    const prompt = promptText(body);
    const fault = injectedFault(request, chatNumber, prompt);
    const at = Date.now();
    log.push({ method: request.method ?? 'GET', path, headers: request.headers, at, prompt, chatNumber, fault });
    switch (fault) {
      case 'unauthorized':
        return sendJson(response, 401, { error: { message: 'Invalid API key', type: 'invalid_request_error' } });
      case 'hang':
        return;
      case 'cut':
        request.socket.destroy();
        return;
      case 'rate-limited':
        // Without Expose-Headers a browser hides Retry-After from the page; a server that wants it honoured sends both.
        return sendJson(
          response,
          429,
          { error: { message: 'Rate limit reached', type: 'rate_limit_error' } },
          {
            'Retry-After': String(faults.rateLimit?.retryAfterSeconds ?? 1),
            'Access-Control-Expose-Headers': 'Retry-After',
          },
        );
      case null:
        return forward(request, response, body, prompt);
    }
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => sendJson(response, 502, { error: { message: String(error) } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    faults,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
