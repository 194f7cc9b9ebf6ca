import type { TopLogprob } from '../scoring/scoreFromTopLogprobs';
import { EndpointError } from './endpointError';

export interface ParsedChoice {
  /** The generated text; null when the server sent none (e.g. a reasoning model that spent its one token thinking). */
  content: string | null;
  /** Alternatives for the first generated token; null when the server returned no log-probabilities. */
  topLogprobs: TopLogprob[] | null;
}

export interface ParsedCompletion {
  choices: ParsedChoice[];
  /** system_fingerprint (OpenAI, Ollama "fp_ollama", llama.cpp build id), null if absent. */
  systemFingerprint: string | null;
  promptTokens: number | null;
}

type Json = Record<string, unknown>;

function invalid(field: string, value: unknown, expected: string): EndpointError {
  const shown = JSON.stringify(value)?.slice(0, 60) ?? String(value);
  return new EndpointError(
    'bad-response',
    `The endpoint's answer has ${field} = ${shown}; expected ${expected}. ` +
      'The server may not be OpenAI-compatible: check that the base URL ends in /v1.',
  );
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseTopLogprobs(logprobs: unknown, field: string): TopLogprob[] | null {
  if (logprobs === null || logprobs === undefined) return null;
  if (!isObject(logprobs)) throw invalid(field, logprobs, 'an object or null');
  const content = logprobs['content'];
  if (content === null || content === undefined) return null;
  if (!Array.isArray(content)) throw invalid(`${field}.content`, content, 'an array or null');
  const first: unknown = content[0];
  if (first === undefined) return null;
  if (!isObject(first)) throw invalid(`${field}.content[0]`, first, 'an object');
  const top = first['top_logprobs'];
  // A server that ignores top_logprobs gives only the chosen token: not enough to score the options.
  if (top === null || top === undefined || (Array.isArray(top) && top.length === 0)) return null;
  if (!Array.isArray(top)) throw invalid(`${field}.content[0].top_logprobs`, top, 'an array');
  return top.map((entry: unknown, index) => {
    const entryField = `${field}.content[0].top_logprobs[${index}]`;
    if (!isObject(entry)) throw invalid(entryField, entry, 'an object');
    const { token, logprob } = entry;
    if (typeof token !== 'string') throw invalid(`${entryField}.token`, token, 'a string');
    if (typeof logprob !== 'number' || Number.isNaN(logprob) || logprob > 1e-6) {
      throw invalid(`${entryField}.logprob`, logprob, 'a number ≤ 0');
    }
    return { token, logprob };
  });
}

function parseChoice(choice: unknown, index: number): ParsedChoice {
  const field = `choices[${index}]`;
  if (!isObject(choice)) throw invalid(field, choice, 'an object');
  const message = choice['message'];
  if (!isObject(message)) throw invalid(`${field}.message`, message, 'an object');
  const content = message['content'];
  if (content !== null && content !== undefined && typeof content !== 'string') {
    throw invalid(`${field}.message.content`, content, 'a string or null');
  }
  return { content: content ?? null, topLogprobs: parseTopLogprobs(choice['logprobs'], `${field}.logprobs`) };
}

/** Validates a /chat/completions answer and keeps what scoring needs. */
export function parseChatCompletion(body: unknown): ParsedCompletion {
  if (!isObject(body)) throw invalid('the body', body, 'a JSON object');
  const choices = body['choices'];
  if (!Array.isArray(choices) || choices.length === 0) throw invalid('choices', choices, 'a non-empty array');
  const fingerprint = body['system_fingerprint'];
  const usage = body['usage'];
  const promptTokens = isObject(usage) ? usage['prompt_tokens'] : undefined;
  return {
    choices: choices.map(parseChoice),
    systemFingerprint: typeof fingerprint === 'string' && fingerprint !== '' ? fingerprint : null,
    promptTokens: typeof promptTokens === 'number' && Number.isFinite(promptTokens) ? promptTokens : null,
  };
}
