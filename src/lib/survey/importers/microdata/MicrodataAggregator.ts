import type { Country, CountryId, HumanResponse, Question, QuestionId } from '../../types.ts';
import { SurveyImportError } from '../SurveyImportError.ts';
import { responseFromCounts } from '../responseFromCounts.ts';
import { countryCodeLookup, type CountryCodeLookup } from './countryCodeLookup.ts';
import type { MicrodataColumns } from './planMicrodataColumns.ts';

export interface UnknownCountry {
  /** The cell as written in the file. */
  code: string;
  rows: number;
}

/** A non-negative answer code that is not among the question's options (so it cannot be placed on its scale). */
export interface ExcludedCode {
  questionId: QuestionId;
  code: number;
  answers: number;
}

export interface MicrodataSummary {
  /** Data rows read (the header not counted). */
  rows: number;
  /** Rows from a country in the dataset; the rest are counted under unknownCountries. */
  rowsUsed: number;
  /** Countries with at least one row, in dataset order. */
  countries: CountryId[];
  /** Questions with at least one substantive answer somewhere. */
  questions: QuestionId[];
  unknownCountries: UnknownCountry[];
  /** Blank cells and negative codes (don't know, no answer, not asked, …) in the question columns. */
  missingAnswers: number;
  excludedCodes: ExcludedCode[];
  /** Bank questions the file has no column for. */
  missingQuestions: QuestionId[];
}

export interface MicrodataAggregate {
  /** question → country → response; `counts` and `n` are sums of W_WEIGHT, `unweightedN` the respondents. */
  responses: Record<QuestionId, Record<CountryId, HumanResponse>>;
  summary: MicrodataSummary;
}

/**
 * Accumulates weighted answer counts per question × country × option, one record at a time, so memory
 * depends on the question bank and the country list, never on the file size. No I/O: records come in as strings.
 */
export class MicrodataAggregator {
  private readonly lookupCountry: CountryCodeLookup;
  /** For each planned column: the question's answer code → option index (-1 where the code is not an option). */
  private readonly optionIndexByCode: Int32Array[];
  /** Start of each planned question's options inside one country's block of `weighted`/`respondents`. */
  private readonly optionOffsets: Int32Array;
  private readonly blockSize: number;
  private readonly weighted: Float64Array;
  private readonly respondents: Float64Array;
  private readonly rowsPerCountry: Float64Array;
  private readonly unknownCountries = new Map<string, number>();
  private readonly excludedCodes = new Map<string, ExcludedCode>();
  private rows = 0;
  private missingAnswers = 0;

  constructor(
    private readonly columns: MicrodataColumns,
    private readonly bank: readonly Question[],
    private readonly countries: readonly Country[],
  ) {
    this.lookupCountry = countryCodeLookup(countries, columns.country.kind);
    this.optionOffsets = new Int32Array(columns.questions.length);
    let offset = 0;
    this.optionIndexByCode = columns.questions.map(({ questionIndex }, planIndex) => {
      const options = this.questionAt(questionIndex).options;
      this.optionOffsets[planIndex] = offset;
      offset += options.length;
      const table = new Int32Array(Math.max(0, ...options.map((option) => option.code)) + 1).fill(-1);
      options.forEach((option, optionIndex) => {
        if (option.code >= 0) table[option.code] = optionIndex;
      });
      return table;
    });
    this.blockSize = offset;
    this.weighted = new Float64Array(offset * countries.length);
    this.respondents = new Float64Array(offset * countries.length);
    this.rowsPerCountry = new Float64Array(countries.length);
  }

  /** Adds one respondent; `line` is only for error messages. Throws on cells that are not numbers. */
  addRecord(fields: readonly string[], line: number): void {
    this.rows += 1;
    const countryCell = fields[this.columns.country.column] ?? '';
    const countryIndex = this.lookupCountry(countryCell);
    if (countryIndex === -1) {
      const code = countryCell.trim();
      this.unknownCountries.set(code, (this.unknownCountries.get(code) ?? 0) + 1);
      return;
    }
    this.rowsPerCountry[countryIndex] = (this.rowsPerCountry[countryIndex] ?? 0) + 1;
    const weight = this.readWeight(fields, line);
    const block = countryIndex * this.blockSize;
    const plan = this.columns.questions;
    for (let planIndex = 0; planIndex < plan.length; planIndex += 1) {
      const column = plan[planIndex]!.column;
      const cell = fields[column] ?? '';
      const code = +cell;
      if (cell.length === 0 || (code === 0 && cell.trim() === '') || code < 0) {
        this.missingAnswers += 1;
        continue;
      }
      if (Number.isNaN(code)) throw nonNumeric(line, this.headerName(planIndex), cell);
      const table = this.optionIndexByCode[planIndex]!;
      const optionIndex = Number.isInteger(code) && code < table.length ? table[code]! : -1;
      if (optionIndex === -1) {
        this.countExcluded(planIndex, code);
        continue;
      }
      const slot = block + this.optionOffsets[planIndex]! + optionIndex;
      this.weighted[slot]! += weight;
      this.respondents[slot]! += 1;
    }
  }

  finish(): MicrodataAggregate {
    const responses: Record<QuestionId, Record<CountryId, HumanResponse>> = {};
    const answered: QuestionId[] = [];
    this.columns.questions.forEach(({ questionIndex }, planIndex) => {
      const question = this.questionAt(questionIndex);
      const byCountry: Record<CountryId, HumanResponse> = {};
      this.countries.forEach((country, countryIndex) => {
        const start = countryIndex * this.blockSize + this.optionOffsets[planIndex]!;
        const end = start + question.options.length;
        const unweightedN = this.respondents.subarray(start, end).reduce((sum, count) => sum + count, 0);
        const response = responseFromCounts(question, Array.from(this.weighted.subarray(start, end)), unweightedN);
        if (response !== null) byCountry[country.id] = response;
      });
      if (Object.keys(byCountry).length > 0) {
        responses[question.id] = byCountry;
        answered.push(question.id);
      }
    });
    return {
      responses,
      summary: {
        rows: this.rows,
        rowsUsed: this.rowsPerCountry.reduce((sum, rows) => sum + rows, 0),
        countries: this.countries
          .filter((_, index) => (this.rowsPerCountry[index] ?? 0) > 0)
          .map((country) => country.id),
        questions: answered,
        unknownCountries: [...this.unknownCountries]
          .map(([code, rows]) => ({ code, rows }))
          .sort((a, b) => a.code.localeCompare(b.code)),
        missingAnswers: this.missingAnswers,
        excludedCodes: [...this.excludedCodes.values()],
        missingQuestions: [...this.columns.missingQuestions],
      },
    };
  }

  private readWeight(fields: readonly string[], line: number): number {
    const cell = fields[this.columns.weight.column] ?? '';
    const weight = +cell;
    if (cell.trim() === '' || !Number.isFinite(weight) || weight < 0) {
      throw new SurveyImportError(
        'non-numeric',
        `Line ${line}, column W_WEIGHT: ${JSON.stringify(cell)} is not a survey weight (a number ≥ 0). ` +
          'The file may be damaged; download it again from the WVS website.',
      );
    }
    return weight;
  }

  private countExcluded(planIndex: number, code: number): void {
    const questionId = this.questionAt(this.columns.questions[planIndex]!.questionIndex).id;
    const key = `${questionId}|${code}`;
    const entry = this.excludedCodes.get(key);
    if (entry) entry.answers += 1;
    else this.excludedCodes.set(key, { questionId, code, answers: 1 });
  }

  private headerName(planIndex: number): string {
    return this.questionAt(this.columns.questions[planIndex]!.questionIndex).id;
  }

  private questionAt(questionIndex: number): Question {
    const question = this.bank[questionIndex];
    if (question === undefined) throw new RangeError(`No question at index ${questionIndex} of the bank`);
    return question;
  }
}

function nonNumeric(line: number, column: string, cell: string): SurveyImportError {
  return new SurveyImportError(
    'non-numeric',
    `Line ${line}, column ${column}: ${JSON.stringify(cell.slice(0, 40))} is not a number. WVS answers are numeric codes ` +
      '(negative codes mean missing). Use the CSV file as downloaded, not an export with value labels.',
  );
}
