/**
 * Answers a batch input file offline with the fake OpenAI server's logic and writes the output file in
 * the exact shape vLLM's `run-batch` writes (one BatchRequestOutput per line: id, custom_id,
 * response {status_code, request_id, body}, error), including its two kinds of failure lines.
 */
import type { ChatAnswerer, ChatBody } from '../fake-openai/chatAnswerer.ts';

/**
 * How a request fails, as vLLM reports it: 'exception' (the request raised: status 400, no body,
 * `error` is the message string) or an HTTP status the server answered with (an ErrorResponse object
 * in `error`, no body).
 */
export type BatchFailure = 'exception' | number;

interface BatchRequestInput {
  custom_id: string;
  method: string;
  url: string;
  body: ChatBody;
}

/** vLLM's ids are random uuids; counters keep the generated file repeatable. */
function uuidLike(counter: number): string {
  return counter.toString(16).padStart(32, '0');
}

function readInputLine(text: string, line: number): BatchRequestInput {
  const parsed = JSON.parse(text) as Partial<BatchRequestInput>;
  if (typeof parsed.custom_id !== 'string' || parsed.method !== 'POST' || parsed.url !== '/v1/chat/completions') {
    throw new Error(`Input line ${line} is not a POST /v1/chat/completions batch request: ${text.slice(0, 80)}`);
  }
  if (typeof parsed.body !== 'object' || parsed.body === null) throw new Error(`Input line ${line} has no body`);
  return parsed as BatchRequestInput;
}

function errorMessage(body: unknown): string {
  const error = (body as { error?: { message?: unknown } } | null)?.error;
  return typeof error?.message === 'string' ? error.message : 'request failed';
}

/** The output JSONL for an input JSONL; `failures` makes chosen custom_ids fail the way vLLM reports it. */
export function writeBatchOutput(
  inputText: string,
  answerer: ChatAnswerer,
  failures: ReadonlyMap<string, BatchFailure> = new Map(),
): string {
  let counter = 0;
  const lines = inputText
    .split('\n')
    .filter((text) => text.trim() !== '')
    .map((text, index) => {
      const request = readInputLine(text, index + 1);
      counter += 1;
      const id = `vllm-${uuidLike(counter)}`;
      const requestId = `vllm-batch-${uuidLike(counter)}`;
      const failure = failures.get(request.custom_id);
      if (failure === 'exception') {
        return {
          id,
          custom_id: request.custom_id,
          response: { status_code: 400, request_id: requestId, body: null },
          error: 'CUDA out of memory. Tried to allocate 2.00 GiB',
        };
      }
      const answer = answerer.answer(request.body);
      const status = failure ?? answer.status;
      if (status !== 200) {
        return {
          id,
          custom_id: request.custom_id,
          response: { status_code: status, request_id: requestId, body: null },
          error: {
            object: 'error',
            message: failure === undefined ? errorMessage(answer.body) : `The server answered ${status}.`,
            type: 'BadRequestError',
            param: null,
            code: status,
          },
        };
      }
      return {
        id,
        custom_id: request.custom_id,
        response: { status_code: 200, request_id: requestId, body: answer.body },
        error: null,
      };
    });
  return lines.map((line) => `${JSON.stringify(line)}\n`).join('');
}
