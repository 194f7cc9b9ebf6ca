import type { StoredReference } from '../../types.ts';
import type { CountryId, Dataset, HumanResponse, QuestionId } from '../../types.ts';
import { SurveyImportError } from '../SurveyImportError.ts';
import { responseFromCounts } from '../responseFromCounts.ts';
import { countryNameLookup } from './countryNameLookup.ts';
import { matchGlobalOpinionQuestion } from './matchGlobalOpinionQuestion.ts';
import { parseGlobalOpinionsCsv } from './parseGlobalOpinionsCsv.ts';

export interface UnmatchedRow {
  row: number;
  question: string;
  reason: string;
}

export interface GlobalOpinionsSummary {
  wvsRows: number;
  /** Rows from Pew's Global Attitudes Survey, which the dataset's questions do not cover. */
  otherRows: number;
  matched: { row: number; questionId: QuestionId }[];
  unmatched: UnmatchedRow[];
  countries: CountryId[];
  /** Country names that are not in the dataset (most are Pew-only or non-WVS-7 countries). */
  unknownCountries: string[];
}

export const GLOBAL_OPINIONS_CITATION =
  'Durmus et al. (2023), Towards Measuring the Representation of Subjective Global Opinions in Language Models. ' +
  'GlobalOpinionQA, CC BY-NC-SA 4.0.';

/**
 * Turns global_opinions.csv into a human reference over the dataset's questions. GlobalOpinionQA publishes
 * shares, not counts: each response holds the shares over substantive options (don't know etc. dropped,
 * renormalised) as `counts`, so n = 1.
 */
export function globalOpinionsReference(
  text: string,
  dataset: Pick<Dataset, 'questions' | 'countries'>,
  fileName: string,
  createdAt: string,
): { reference: StoredReference; summary: GlobalOpinionsSummary } {
  const { wvsRows, otherRows } = parseGlobalOpinionsCsv(text);
  const countryOf = countryNameLookup(dataset.countries);
  const responses: Record<QuestionId, Record<CountryId, HumanResponse>> = {};
  const matched: GlobalOpinionsSummary['matched'] = [];
  const unmatched: UnmatchedRow[] = [];
  const countries = new Set<CountryId>();
  const unknownCountries = new Set<string>();

  for (const row of wvsRows) {
    const match = matchGlobalOpinionQuestion(row.question, row.options, dataset.questions);
    const shortText = row.question.slice(0, 120);
    if (!match.matched) {
      unmatched.push({ row: row.row, question: shortText, reason: match.reason });
      continue;
    }
    const { question, optionMap } = match;
    const earlier = matched.find((entry) => entry.questionId === question.id);
    if (earlier) {
      unmatched.push({
        row: row.row,
        question: shortText,
        reason: `${question.id} is already taken by row ${earlier.row}`,
      });
      continue;
    }
    matched.push({ row: row.row, questionId: question.id });
    const byCountry: Record<CountryId, HumanResponse> = {};
    for (const [name, shares] of row.selections) {
      const countryId = countryOf(name);
      if (countryId === null) {
        unknownCountries.add(name);
        continue;
      }
      const substantive = question.options.map(() => 0);
      shares.forEach((share, index) => {
        const target = optionMap[index];
        if (target !== null && target !== undefined) substantive[target] = (substantive[target] ?? 0) + share;
      });
      const total = substantive.reduce((sum, share) => sum + share, 0);
      const response =
        total > 0
          ? responseFromCounts(
              question,
              substantive.map((share) => share / total),
            )
          : null;
      if (response === null) continue;
      byCountry[countryId] = response;
      countries.add(countryId);
    }
    if (Object.keys(byCountry).length > 0) responses[question.id] = byCountry;
  }

  if (Object.keys(responses).length === 0) {
    throw new SurveyImportError(
      'no-data',
      `None of the ${wvsRows.length} WVS rows matched a question and a country of the dataset, so there is nothing to import.`,
    );
  }
  const countryList = dataset.countries.map((country) => country.id).filter((id) => countries.has(id));
  const reference: StoredReference = {
    id: `global-opinions:${fileName}`,
    label: `GlobalOpinionQA, WVS items, ${countryList.length} countries`,
    weighting: 'unweighted',
    source: `${fileName} — ${GLOBAL_OPINIONS_CITATION}`,
    createdAt,
    responses,
  };
  return {
    reference,
    summary: {
      wvsRows: wvsRows.length,
      otherRows,
      matched,
      unmatched,
      countries: countryList,
      unknownCountries: [...unknownCountries].sort(),
    },
  };
}
