import type { Country, CountryId, HumanResponse, Question, QuestionId } from '../../src/lib/survey/types.ts';

/**
 * A microdata file whose unweighted aggregate is exactly `responses`: per country, as many rows as the largest n,
 * each question column filled with counts[k] copies of option k's code and -1 (missing) for the remaining rows;
 * every weight is 1. Yields one chunk per country so a large file never sits in memory at once.
 */
export function* microdataFromCounts(
  questions: readonly Question[],
  countries: readonly Country[],
  responses: Record<QuestionId, Record<CountryId, HumanResponse>>,
): Generator<string> {
  yield `B_COUNTRY,W_WEIGHT,${questions.map((question) => question.id).join(',')}\n`;
  for (const country of countries) {
    const columns = questions.map((question) => answerColumn(question, responses[question.id]?.[country.id]));
    const rows = Math.max(0, ...columns.map((column) => column.length));
    if (rows === 0) continue;
    const lines: string[] = [];
    for (let row = 0; row < rows; row += 1) {
      lines.push(`${country.wvsCode},1,${columns.map((column) => column[row] ?? -1).join(',')}\n`);
    }
    yield lines.join('');
  }
}

function answerColumn(question: Question, response: HumanResponse | undefined): number[] {
  if (response === undefined) return [];
  return question.options.flatMap((option, index) => new Array<number>(response.counts[index] ?? 0).fill(option.code));
}
