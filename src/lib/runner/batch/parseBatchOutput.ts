import { parseChatCompletion, type ParsedCompletion } from '../../engines/openai/parseChatCompletion';
import {
  InvalidInputError,
  isAbsent,
  isObject,
  readInteger,
  readNullish,
  readObject,
  readObjectField,
  readString,
  type RawObject,
} from '../../validate/fields';

/** A line of a batch output file that cannot be used, by its 1-based line number. */
export interface LineProblem {
  line: number;
  message: string;
}

/** What one output line says about its request. */
export type BatchOutcome =
  | { kind: 'answered'; line: number; customId: string; completion: ParsedCompletion }
  /** The server reports a failure (`error` set or a non-200 status): the item stays unanswered. */
  | { kind: 'failed'; line: number; customId: string; reason: string };

export interface ParsedBatchOutput {
  outcomes: BatchOutcome[];
  problems: LineProblem[];
}

function shown(value: unknown): string {
  return (JSON.stringify(value) ?? String(value)).slice(0, 80);
}

/** vLLM writes a string, OpenAI an object with code and message; anything else is shown as JSON. */
function errorText(error: unknown): string {
  if (typeof error === 'string') return error;
  if (isObject(error)) {
    const { code, message } = error;
    if (typeof message === 'string') {
      return typeof code === 'string' || typeof code === 'number' ? `${code}: ${message}` : message;
    }
  }
  return shown(error);
}

function failureOf(record: RawObject, response: RawObject | null): string | null {
  if (!isAbsent(record['error'])) return errorText(record['error']);
  const status = response?.['status_code'];
  if (status === 200) return null;
  const body = response?.['body'];
  const detail = isObject(body) && body['error'] !== undefined ? `: ${errorText(body['error'])}` : '';
  return `HTTP status ${String(status)}${detail}`;
}

/** Reads one non-blank line; throws a message (without the line number) when it is malformed. */
function readLine(text: string, line: number): BatchOutcome {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    throw new InvalidInputError(`not JSON: ${text.slice(0, 60)}`);
  }
  const entry = readObject(record, 'the line');
  const customId = readString(entry, 'custom_id', 'the line');
  const response = readNullish(entry, 'response', 'the line', readObjectField);
  if (response !== null) readInteger(response, 'status_code', 'response');
  if (response === null && isAbsent(entry['error'])) {
    throw new InvalidInputError('neither a response nor an error');
  }
  const reason = failureOf(entry, response);
  if (reason !== null) return { kind: 'failed', line, customId, reason };
  return { kind: 'answered', line, customId, completion: parseChatCompletion(response?.['body']) };
}

/**
 * Validates an OpenAI Batch / vLLM run-batch output file line by line. Blank lines are ignored; every
 * malformed line and every repeated custom_id becomes a problem naming its line, so a person can fix the
 * file or see which requests to run again.
 */
export function parseBatchOutput(text: string): ParsedBatchOutput {
  const outcomes: BatchOutcome[] = [];
  const problems: LineProblem[] = [];
  const firstLineById = new Map<string, number>();
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    let outcome: BatchOutcome;
    try {
      outcome = readLine(trimmed, line);
    } catch (error) {
      problems.push({ line, message: `Line ${line}: ${error instanceof Error ? error.message : String(error)}` });
      return;
    }
    const first = firstLineById.get(outcome.customId);
    if (first !== undefined) {
      problems.push({ line, message: `Line ${line}: repeats custom_id "${outcome.customId}" of line ${first}` });
      return;
    }
    firstLineById.set(outcome.customId, line);
    outcomes.push(outcome);
  });
  return { outcomes, problems };
}
