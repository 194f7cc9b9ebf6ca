import type { Question, QuestionId } from '../../types.ts';
import { SurveyImportError } from '../SurveyImportError.ts';
import { rejectRepeatedColumn } from '../csv/rejectRepeatedColumn.ts';

export interface QuestionColumn {
  /** Position in the CSV record. */
  column: number;
  /** Position in the question bank passed to the plan. */
  questionIndex: number;
}

/** Where the importer finds what it needs in a microdata file whose column order is arbitrary. */
export interface MicrodataColumns {
  /** Column count of the header: every record must have exactly this many fields. */
  width: number;
  country: { column: number; name: 'B_COUNTRY_ALPHA' | 'B_COUNTRY'; kind: 'alpha' | 'numeric' };
  weight: { column: number; name: 'W_WEIGHT' };
  questions: QuestionColumn[];
  /** Bank questions the file has no column for. */
  missingQuestions: QuestionId[];
}

/** Reads the header record; throws a message naming a repeated column or listing every required one absent. */
export function planMicrodataColumns(header: readonly string[], bank: readonly Question[]): MicrodataColumns {
  rejectRepeatedColumn(header);
  const columnOf = new Map<string, number>();
  header.forEach((name, column) => columnOf.set(name.trim().toUpperCase(), column));

  const alpha = columnOf.get('B_COUNTRY_ALPHA');
  const numeric = columnOf.get('B_COUNTRY');
  const weight = columnOf.get('W_WEIGHT');
  const questions: QuestionColumn[] = [];
  const missingQuestions: QuestionId[] = [];
  bank.forEach((question, questionIndex) => {
    const column = columnOf.get(question.id.toUpperCase());
    if (column === undefined) missingQuestions.push(question.id);
    else questions.push({ column, questionIndex });
  });

  const missing: string[] = [];
  if (alpha === undefined && numeric === undefined) missing.push('B_COUNTRY_ALPHA (or B_COUNTRY)');
  if (weight === undefined) missing.push('W_WEIGHT');
  if (questions.length === 0) missing.push(`the question columns (${bankRange(bank)})`);
  if (missing.length > 0 || weight === undefined) {
    throw new SurveyImportError(
      'missing-columns',
      `This file lacks required columns: ${missing.join(', ')}. Its first line starts with: ${preview(header)}. ` +
        'Choose the WVS Wave 7 cross-national CSV file (for example WVS_Cross-National_Wave_7_csv_v6_0.csv).',
    );
  }
  const country =
    alpha !== undefined
      ? { column: alpha, name: 'B_COUNTRY_ALPHA' as const, kind: 'alpha' as const }
      : { column: numeric ?? 0, name: 'B_COUNTRY' as const, kind: 'numeric' as const };
  return { width: header.length, country, weight: { column: weight, name: 'W_WEIGHT' }, questions, missingQuestions };
}

function bankRange(bank: readonly Question[]): string {
  const first = bank[0];
  const last = bank[bank.length - 1];
  if (first === undefined || last === undefined) return 'none: the question bank is empty';
  return first === last ? first.id : `${first.id} … ${last.id}`;
}

function preview(header: readonly string[]): string {
  const shown = header.slice(0, 8).map((name) => JSON.stringify(name.slice(0, 40)));
  return header.length > 8 ? `${shown.join(', ')} … (${header.length} columns)` : shown.join(', ');
}
