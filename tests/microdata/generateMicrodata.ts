import type { Country, CountryId, Question, QuestionId } from '../../src/lib/survey/types.ts';
import { pick, seededRandom } from './seededRandom.ts';

/** A country code that is not in the dataset, to exercise the "unknown country" path. */
export interface UnknownCountryCode {
  alpha: string;
  numeric: number;
}

export interface MicrodataFileSpec {
  questions: readonly Question[];
  countries: readonly Country[];
  rows: number;
  seed: number;
  /** Which country columns the file has; the importer prefers B_COUNTRY_ALPHA when both are present. */
  countryColumns: 'alpha' | 'numeric' | 'both';
  lineEnding: '\r\n' | '\n';
  bom: boolean;
  /** Extra numeric columns the importer must ignore; they also pad the file to a target size. */
  fillerColumns: number;
  shuffleColumns: boolean;
  /** End the file with a line break (true) or not (false). */
  finalNewline: boolean;
  unknownCountries: readonly UnknownCountryCode[];
}

/** What an importer must find, tallied independently of the importer as the rows are written. */
export interface ExpectedMicrodata {
  rows: number;
  rowsUsed: number;
  unknownCountryRows: Record<string, number>;
  /** Negative codes and blank cells in question columns of rows from known countries. */
  missingAnswers: number;
  /** Non-negative codes that are not options, in rows from known countries. */
  excludedAnswers: number;
  /**
   * question → country → per option: the sum of weights in eighths (every weight is a multiple of 1/8, so these
   * integers are exact) and the number of respondents.
   */
  cells: Record<QuestionId, Record<CountryId, { weightEighths: number[]; respondents: number[] }>>;
}

/** Weights as eighths: 0.5, 0.75, 1, 1.125, 1.5, 2.5. Dyadic, so every float sum of them is exact. */
const weightEighths = [4, 6, 8, 9, 12, 20] as const;
const missingCodes = [-1, -2, -4, -5] as const;

export const defaultSpec: Omit<MicrodataFileSpec, 'questions' | 'countries' | 'rows'> = {
  seed: 7,
  countryColumns: 'both',
  lineEnding: '\r\n',
  bom: true,
  fillerColumns: 12,
  shuffleColumns: true,
  finalNewline: false,
  unknownCountries: [{ alpha: 'ZZZ', numeric: 999 }],
};

type Cell = (context: RowContext) => string;

interface RowContext {
  country: Country | UnknownCountryCode;
  known: boolean;
  weightEighths: number;
  random: () => number;
  expected: ExpectedMicrodata;
}

/**
 * Writes a synthetic file in the official WVS-7 layout through `write` and returns what an importer must
 * recover from it. Deterministic for a given spec.
 */
export function generateMicrodata(spec: MicrodataFileSpec, write: (text: string) => void): ExpectedMicrodata {
  const random = seededRandom(spec.seed);
  const expected: ExpectedMicrodata = {
    rows: 0,
    rowsUsed: 0,
    unknownCountryRows: {},
    missingAnswers: 0,
    excludedAnswers: 0,
    cells: {},
  };
  const columns = buildColumns(spec);
  const order = columns.map((_, index) => index);
  if (spec.shuffleColumns) shuffle(order, random);

  write((spec.bom ? '\uFEFF' : '') + order.map((index) => columns[index]!.name).join(','));
  for (let row = 0; row < spec.rows; row += 1) {
    const known = spec.unknownCountries.length === 0 || random() >= 0.01;
    const country = known ? pick(random, spec.countries) : pick(random, spec.unknownCountries);
    const context: RowContext = { country, known, weightEighths: pick(random, weightEighths), random, expected };
    expected.rows += 1;
    if (known) expected.rowsUsed += 1;
    else if ('alpha' in country) {
      // Importers list unknown countries by the column they read: B_COUNTRY_ALPHA when the file has it.
      const code = spec.countryColumns === 'numeric' ? String(country.numeric) : country.alpha;
      expected.unknownCountryRows[code] = (expected.unknownCountryRows[code] ?? 0) + 1;
    }
    const cells = columns.map((column) => column.cell(context));
    write(spec.lineEnding + order.map((index) => cells[index]).join(','));
  }
  if (spec.finalNewline) write(spec.lineEnding);
  return expected;
}

function buildColumns(spec: MicrodataFileSpec): { name: string; cell: Cell }[] {
  const alphaOf = (context: RowContext) =>
    'wvsAlpha' in context.country ? context.country.wvsAlpha : context.country.alpha;
  const numericOf = (context: RowContext) =>
    'wvsCode' in context.country ? context.country.wvsCode : context.country.numeric;
  const columns: { name: string; cell: Cell }[] = [];
  if (spec.countryColumns !== 'numeric') {
    columns.push({
      name: 'B_COUNTRY_ALPHA',
      cell: (context) => (context.random() < 0.5 ? `"${alphaOf(context)}"` : alphaOf(context)),
    });
  }
  if (spec.countryColumns !== 'alpha')
    columns.push({ name: 'B_COUNTRY', cell: (context) => String(numericOf(context)) });
  columns.push({ name: 'W_WEIGHT', cell: (context) => String(context.weightEighths / 8) });
  columns.push({
    name: 'D_INTERVIEW',
    cell: (context) => `"Interview ${Math.floor(context.random() * 1000)}, mode ""F2F"""`,
  });
  for (const question of spec.questions)
    columns.push({ name: question.id, cell: (context) => answerCell(question, context) });
  for (let filler = 0; filler < spec.fillerColumns; filler += 1) {
    columns.push({
      name: `Y${String(filler + 1).padStart(3, '0')}`,
      cell: (context) => String(Math.floor(context.random() * 100) - 5),
    });
  }
  return columns;
}

function answerCell(question: Question, context: RowContext): string {
  const { random, expected } = context;
  const roll = random();
  if (roll < 0.06) {
    if (context.known) expected.missingAnswers += 1;
    return String(pick(random, missingCodes));
  }
  if (roll < 0.07) {
    if (context.known) expected.missingAnswers += 1;
    return '';
  }
  if (roll < 0.08) {
    if (context.known) expected.excludedAnswers += 1;
    return String(Math.max(...question.options.map((option) => option.code)) + 1);
  }
  const optionIndex = Math.floor(random() * question.options.length);
  const option = question.options[optionIndex]!;
  if (context.known && 'id' in context.country) {
    const byCountry = (expected.cells[question.id] ??= {});
    const cell = (byCountry[context.country.id] ??= {
      weightEighths: question.options.map(() => 0),
      respondents: question.options.map(() => 0),
    });
    cell.weightEighths[optionIndex]! += context.weightEighths;
    cell.respondents[optionIndex]! += 1;
  }
  return roll < 0.1 ? `"${option.code}"` : String(option.code);
}

function shuffle(items: number[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
}
