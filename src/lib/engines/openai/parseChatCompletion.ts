import { MAX_LOGPROB, type TopLogprob } from '../scoring/scoreFromTopLogprobs';
import {
  InvalidInputError,
  isAbsent,
  isObject,
  readAtBoundary,
  readList,
  readNullish,
  readNumber,
  readObject,
  readText,
  type RawObject,
} from '../../validate/fields';
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

function readTopLogprobs(choice: RawObject, where: string): TopLogprob[] | null {
  if (isAbsent(choice['logprobs'])) return null;
  const logprobsWhere = `${where}.logprobs`;
  const logprobs = readObject(choice['logprobs'], logprobsWhere);
  if (isAbsent(logprobs['content'])) return null;
  const [first] = readList(logprobs, 'content', logprobsWhere);
  if (first === undefined) return null;
  const firstWhere = `${logprobsWhere}.content[0]`;
  const firstToken = readObject(first, firstWhere);
  const top = firstToken['top_logprobs'];
  // A server that ignores top_logprobs gives only the chosen token: not enough to score the options.
  if (isAbsent(top) || (Array.isArray(top) && top.length === 0)) return null;
  return readList(firstToken, 'top_logprobs', firstWhere).map((raw, index) => {
    const entryWhere = `${firstWhere}.top_logprobs[${index}]`;
    const entry = readObject(raw, entryWhere);
    return {
      token: readText(entry, 'token', entryWhere),
      logprob: readNumber(entry, 'logprob', entryWhere, { max: MAX_LOGPROB }),
    };
  });
}

function readChoice(raw: unknown, index: number): ParsedChoice {
  const where = `choices[${index}]`;
  const choice = readObject(raw, where);
  const message = readObject(choice['message'], `${where}.message`);
  const content = readNullish(message, 'content', `${where}.message`, readText);
  return { content, topLogprobs: readTopLogprobs(choice, where) };
}

function readCompletion(body: unknown): ParsedCompletion {
  const root = readObject(body, 'the body');
  const choices = readList(root, 'choices', 'the body');
  if (choices.length === 0) throw new InvalidInputError('the body: "choices" is an empty list');
  const fingerprint = root['system_fingerprint'];
  const usage = root['usage'];
  const promptTokens = isObject(usage) ? usage['prompt_tokens'] : undefined;
  return {
    choices: choices.map(readChoice),
    systemFingerprint: typeof fingerprint === 'string' && fingerprint !== '' ? fingerprint : null,
    promptTokens: typeof promptTokens === 'number' && Number.isFinite(promptTokens) ? promptTokens : null,
  };
}

/** Validates a /chat/completions answer and keeps what scoring needs. */
export function parseChatCompletion(body: unknown): ParsedCompletion {
  return readAtBoundary(
    () => readCompletion(body),
    (error) =>
      new EndpointError(
        'bad-response',
        `The endpoint's answer is not valid: ${error.message}. ` +
          'The server may not be OpenAI-compatible: check that the base URL ends in /v1.',
      ),
  );
}
