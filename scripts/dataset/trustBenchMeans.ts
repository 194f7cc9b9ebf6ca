import type { CountryId, QuestionId, SupplementaryMeans } from '../../src/lib/survey/types.ts';
import type { CsvRow } from './sources.ts';
import { round12 } from './round.ts';
import { sortedByQuestion } from './questionOrder.ts';

/** K, the top WVS code: 2 for Q57 (trust most people), 4 for Q58–Q89. */
function topCode(questionNumber: number): number {
  return questionNumber === 57 ? 2 : 4;
}

/** TrustBench's P = (K+1) − x puts "more trust" high; this returns x on the WVS scale. */
export function trustBenchToWvsScale(questionNumber: number, p: number): number {
  return round12(topCode(questionNumber) + 1 - p);
}

/** Columns Q57P…Q89P; Q292* are left out because the v6.0 module is not in the question bank. */
const TRUST_COLUMN = /^Q(\d+)P$/;

export interface TrustBenchInput {
  rows: CsvRow[];
  countryByWvsCode: ReadonlyMap<number, CountryId>;
  /** Questions that exist in the bank and carry no answer adjustment (the means are on raw codes). */
  isPlainQuestion: (id: QuestionId) => boolean;
}

/** Weighted WVS-scale means from TrustBench; blank cells (not asked) are omitted. */
export function trustBenchMeans({ rows, countryByWvsCode, isPlainQuestion }: TrustBenchInput): SupplementaryMeans {
  const means: Record<QuestionId, Record<CountryId, number>> = {};
  for (const row of rows) {
    const code = Number(row['B_COUNTRY']);
    const country = countryByWvsCode.get(code);
    if (country === undefined)
      throw new Error(`TrustBench row B_COUNTRY=${row['B_COUNTRY']} matches no b_country in countries.csv.`);
    for (const [column, cell] of Object.entries(row)) {
      const match = TRUST_COLUMN.exec(column);
      if (match === null || cell === undefined || cell === '') continue;
      const questionNumber = Number(match[1]);
      const id = `Q${questionNumber}`;
      if (!isPlainQuestion(id))
        throw new Error(`TrustBench column ${column} maps to ${id}, which is not an unadjusted question in the bank.`);
      const p = Number(cell);
      const value = trustBenchToWvsScale(questionNumber, p);
      const top = topCode(questionNumber);
      if (!(value >= 1 && value <= top))
        throw new Error(`TrustBench ${column} for ${country} is "${cell}", which maps to ${value}, outside 1…${top}.`);
      (means[id] ??= {})[country] = value;
    }
  }
  return {
    id: 'trustbench',
    label: 'TrustBench: trust and confidence, 66 countries, weighted',
    weighting: 'weighted',
    citationId: 'trustbench',
    means: sortedByQuestion(means),
  };
}
