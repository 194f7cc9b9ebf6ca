import type { CountryId, QuestionId, SupplementaryMeans } from '../../src/lib/survey/types.ts';
import type { CsvRow } from './sources.ts';
import { round12 } from './round.ts';
import { sortedByQuestion } from './questionOrder.ts';

/** Ramezani & Xu item wording → WVS-7 question (PROVENANCE §4, checked against the codebook labels). */
const RAMEZANI_ITEMS: Readonly<Record<string, QuestionId>> = {
  'claiming government benefits to which you are not entitled': 'Q177',
  'avoiding a fare on public transport': 'Q178',
  'stealing property': 'Q179',
  'cheating on taxes': 'Q180',
  'someone accepting a bribe in the course of their duties': 'Q181',
  homosexuality: 'Q182',
  prostitution: 'Q183',
  abortion: 'Q184',
  divorce: 'Q185',
  'sex before marriage': 'Q186',
  suicide: 'Q187',
  euthanasia: 'Q188',
  'for a man to beat his wife': 'Q189',
  'parents beating children': 'Q190',
  'violence against other people': 'Q191',
  'terrorism as a political, ideological or religious mean': 'Q192',
  'having casual sex': 'Q193',
  'political violence': 'Q194',
  'death penalty': 'Q195',
};

/** Ramezani & Xu store (x − 5.5)/4.5 of the 1–10 justifiability mean; this undoes it. */
export function ramezaniToWvsScale(score: number): number {
  return round12(5.5 + 4.5 * score);
}

export interface RamezaniInput {
  rows: CsvRow[];
  countryByRamezaniName: ReadonlyMap<string, CountryId>;
  isPlainQuestion: (id: QuestionId) => boolean;
}

/** Unweighted 1–10 means for Q177–Q195 in 55 countries; blank cells (not asked) are omitted. */
export function ramezaniMeans({ rows, countryByRamezaniName, isPlainQuestion }: RamezaniInput): SupplementaryMeans {
  const means: Record<QuestionId, Record<CountryId, number>> = {};
  rows.forEach((row, index) => {
    const line = index + 2;
    const id = RAMEZANI_ITEMS[row['question'] ?? ''];
    if (id === undefined)
      throw new Error(`wvs_w7_mcm.csv line ${line}: question "${row['question']}" is not in RAMEZANI_ITEMS.`);
    if (!isPlainQuestion(id))
      throw new Error(`wvs_w7_mcm.csv line ${line}: ${id} is not an unadjusted question in the bank.`);
    const country = countryByRamezaniName.get(row['country'] ?? '');
    if (country === undefined)
      throw new Error(
        `wvs_w7_mcm.csv line ${line}: country "${row['country']}" matches no ramezani_name in countries.csv.`,
      );
    const cell = row['wvs_score'] ?? '';
    if (cell === '') return;
    const value = ramezaniToWvsScale(Number(cell));
    if (!(value >= 1 && value <= 10))
      throw new Error(
        `wvs_w7_mcm.csv line ${line}: wvs_score "${cell}" for ${country} ${id} maps to ${value}, outside 1…10.`,
      );
    (means[id] ??= {})[country] = value;
  });
  return {
    id: 'ramezani',
    label: 'Ramezani & Xu: justifiability, 55 countries, unweighted',
    weighting: 'unweighted',
    citationId: 'ramezani-xu-2023',
    means: sortedByQuestion(means),
  };
}
