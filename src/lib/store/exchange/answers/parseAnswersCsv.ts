import { CsvStreamParser } from '../../../survey/importers/csv/CsvStreamParser';
import type { Distribution } from '../../../survey/types';
import {
  countryResolver,
  type AnswerProblem,
  type AnswerSource,
  type Catalog,
  type ImportedAnswer,
} from './answerSource';

/** A probability row set may miss 1 by this much (rounding in the file); the stored distribution is renormalised. */
const FILE_ROUNDING_TOLERANCE = 0.01;

type Layout = 'answer' | 'option-probability' | 'wide';

interface Row {
  line: number;
  questionId: string;
  countryId: string;
  /** option code → probability (one-hot for an answer row) */
  mass: Map<number, number>;
}

function layoutOf(header: readonly string[]): { layout: Layout; wideCodes: number[] } | string {
  const names = header.map((name) => name.trim().toLowerCase());
  if (names[0] !== 'question_id' || names[1] !== 'country') return 'the first columns must be "question_id,country"';
  const rest = names.slice(2);
  if (rest.length === 1 && rest[0] === 'answer') return { layout: 'answer', wideCodes: [] };
  if (rest.length === 2 && rest[0] === 'option_code' && rest[1] === 'probability')
    return { layout: 'option-probability', wideCodes: [] };
  if (rest.length > 0 && rest.every((name) => /^p_\d+$/.test(name)))
    return { layout: 'wide', wideCodes: rest.map((name) => Number(name.slice(2))) };
  return 'after "question_id,country" expected "answer", "option_code,probability" or columns "p_<code>"';
}

function readCode(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

function readProbability(text: string): number | null {
  const value = text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
}

/**
 * Reads answers from a CSV (see the Manage form): long `question_id,country,answer` (a WVS answer code; several
 * rows per pair when N samples were drawn), long `question_id,country,option_code,probability`, or wide
 * `question_id,country,p_<code>…`. Countries as ISO3 codes or names. Returns the answers, or every unusable row.
 */
export function parseAnswersCsv(
  text: string,
  source: AnswerSource,
  catalog: Catalog,
): { answers: ImportedAnswer[]; problems: AnswerProblem[] } {
  const problems: AnswerProblem[] = [];
  const problem = (line: number, message: string) => problems.push({ file: source.fileName, line, message });
  const questions = new Map(catalog.questions.map((question) => [question.id, question]));
  const resolveCountry = countryResolver(catalog);
  let layout: ReturnType<typeof layoutOf> | null = null;
  const rows: Row[] = [];
  const parser = new CsvStreamParser((fields, line) => {
    if (layout === null) {
      layout = layoutOf(fields);
      if (typeof layout === 'string') problem(line, layout);
      return;
    }
    if (typeof layout === 'string') return;
    const expected =
      2 + (layout.layout === 'answer' ? 1 : layout.layout === 'option-probability' ? 2 : layout.wideCodes.length);
    if (fields.length !== expected) return problem(line, `expected ${expected} fields, found ${fields.length}`);
    const questionId = fields[0]!.trim();
    const question = questions.get(questionId);
    if (question === undefined) return problem(line, `unknown question "${questionId}"`);
    const countryId = resolveCountry(fields[1]!);
    if (countryId === undefined) return problem(line, `unknown country "${fields[1]}" (use an ISO3 code or the name)`);
    const codes = question.options.map((option) => option.code);
    const mass = new Map<number, number>();
    if (layout.layout === 'wide') {
      for (const [index, code] of layout.wideCodes.entries()) {
        const cell = fields[index + 2]!;
        if (cell.trim() === '') continue;
        const value = readProbability(cell);
        if (value === null) return problem(line, `p_${code} must be a probability between 0 and 1, got "${cell}"`);
        if (!codes.includes(code)) {
          if (value > 0) return problem(line, `${questionId} has no answer code ${code}`);
          continue;
        }
        mass.set(code, value);
      }
    } else {
      const code = readCode(fields[2]!);
      if (code === null || !codes.includes(code))
        return problem(line, `"${fields[2]}" is not an answer code of ${questionId} (codes ${codes.join(', ')})`);
      const value = layout.layout === 'answer' ? 1 : readProbability(fields[3]!);
      if (value === null) return problem(line, `probability must be between 0 and 1, got "${fields[3]}"`);
      mass.set(code, value);
    }
    rows.push({ line, questionId, countryId, mass });
  });
  try {
    parser.push(text);
    parser.end();
  } catch (error) {
    const line = /line (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    problem(Number(line ?? 1), error instanceof Error ? error.message : String(error));
  }
  if (layout === null) problem(1, 'the file is empty: expected a header row and answers');
  const answers = combineRows(rows, layout, source, catalog, problem);
  return { answers, problems };
}

function combineRows(
  rows: readonly Row[],
  layout: ReturnType<typeof layoutOf> | null,
  source: AnswerSource,
  catalog: Catalog,
  problem: (line: number, message: string) => void,
): ImportedAnswer[] {
  if (layout === null || typeof layout === 'string') return [];
  const byPair = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.questionId}|${row.countryId}`;
    byPair.set(key, [...(byPair.get(key) ?? []), row]);
  }
  const answers: ImportedAnswer[] = [];
  const questions = new Map(catalog.questions.map((question) => [question.id, question]));
  for (const pairRows of byPair.values()) {
    const { questionId, countryId } = pairRows[0]!;
    const codes = questions.get(questionId)!.options.map((option) => option.code);
    const later = pairRows[1];
    const totals = new Map<number, number>();
    if (layout.layout === 'answer') {
      if (source.method !== 'samples' && later !== undefined) {
        problem(
          later.line,
          `a second answer for ${questionId} in ${countryId}; choose "N samples" for several per pair`,
        );
        continue;
      }
      if (source.method === 'samples' && source.samples !== undefined && pairRows.length !== source.samples) {
        problem(
          pairRows.at(-1)!.line,
          `${questionId} in ${countryId} has ${pairRows.length} answers, not ${source.samples}`,
        );
        continue;
      }
    } else if (layout.layout === 'wide' && later !== undefined) {
      problem(later.line, `a second row for ${questionId} in ${countryId}`);
      continue;
    }
    let duplicate: Row | undefined;
    for (const row of pairRows)
      for (const [code, value] of row.mass) {
        if (layout.layout === 'option-probability' && totals.has(code)) duplicate = row;
        totals.set(code, (totals.get(code) ?? 0) + value);
      }
    if (duplicate !== undefined) {
      problem(duplicate.line, `a second probability for the same option of ${questionId} in ${countryId}`);
      continue;
    }
    const sum = [...totals.values()].reduce((a, b) => a + b, 0);
    if (layout.layout !== 'answer' && Math.abs(sum - 1) > FILE_ROUNDING_TOLERANCE) {
      problem(pairRows.at(-1)!.line, `probabilities for ${questionId} in ${countryId} add up to ${sum}, not 1`);
      continue;
    }
    const probs = codes.map((code) => (totals.get(code) ?? 0) / sum) as readonly number[] as Distribution;
    answers.push({ questionId, countryId, probs, ...(layout.layout === 'answer' ? { samples: pairRows.length } : {}) });
  }
  return answers;
}
