import type { AnswerOption, CategoryId, Question, QuestionFlag, ScaleType } from '../../src/lib/survey/types.ts';
import { CATEGORIES } from '../../src/lib/survey/categoryGroups.ts';
import type { AnswerAdjustments, CodebookEntry, CultureSpaQuestion, MetadataEntry } from './sources.ts';

/**
 * Questions WorldValuesBench's metadata leaves out, placed by their WVS-7 questionnaire section:
 * Q42 sits in "Social values, attitudes and stereotypes"; Q82–Q93 (confidence in international
 * organisations, the effective-vs-democratic trade-off and the knowledge quiz) and Q105 (membership)
 * in "Social capital, trust and organisational membership"; Q152–Q157 are the Postmaterialist index.
 */
const SECTION_CATEGORIES: Readonly<Record<string, CategoryId>> = {
  Q42: 'social-values',
  ...Object.fromEntries(
    ['Q82', 'Q83', 'Q84', 'Q85', 'Q86', 'Q87', 'Q88', 'Q89', 'Q90', 'Q91', 'Q92', 'Q93', 'Q105'].map((id) => [
      id,
      'social-capital-trust',
    ]),
  ),
  ...Object.fromEntries(['Q152', 'Q153', 'Q154', 'Q155', 'Q156', 'Q157'].map((id) => [id, 'postmaterialist-index'])),
};

const FLAGS: Readonly<Record<string, QuestionFlag>> = {
  ...Object.fromEntries(['Q91', 'Q92', 'Q93'].map((id) => [id, 'knowledge'])),
  ...Object.fromEntries(['Q152', 'Q153', 'Q154', 'Q155', 'Q156', 'Q157'].map((id) => [id, 'postmaterialist'])),
};

/**
 * Unflagged questions whose answers are kinds, not amounts (ARCHITECTURE.md, "Scale types"). Q42: revolution,
 * reform or defence of the present society are three stances the codebook lists without a scale, and
 * WorldValuesBench, which fixes the scale of every value question it uses, leaves Q42 out. A mean of codes 1–3
 * would put a country split between revolution and defence at reform's value: distribution metrics only.
 */
const NOMINAL_BY_MEANING: ReadonlySet<string> = new Set(['Q42']);

const CATEGORY_BY_NAME = new Map(CATEGORIES.map((category) => [category.name, category.id]));

export interface QuestionSources {
  codebook: Record<string, CodebookEntry>;
  metadata: Record<string, MetadataEntry>;
  cultureSpaQuestions: CultureSpaQuestion[];
  adjustments: AnswerAdjustments;
}

function categoryOf(id: string, metadata: Record<string, MetadataEntry>): CategoryId {
  const name = metadata[id]?.category;
  if (name === undefined) {
    const assigned = SECTION_CATEGORIES[id];
    if (assigned === undefined)
      throw new Error(
        `Question ${id} has no category: add it to SECTION_CATEGORIES in scripts/dataset/buildQuestions.ts.`,
      );
    return assigned;
  }
  const category = CATEGORY_BY_NAME.get(name);
  if (category === undefined)
    throw new Error(
      `Question ${id} has unknown category "${name}" in question_metadata.json: add it to CATEGORIES in src/lib/survey/categoryGroups.ts.`,
    );
  return category;
}

/**
 * Value after WorldValuesBench's answer adjustment: the code itself unless remapped; "" = off the scale.
 * Q241–Q249 map code 0 ("against democracy", volunteered) to 1, so it shares value 1 with code 1 ("not an
 * essential characteristic"): the scale stays 1–10 and both answers count as its bottom. The two options stay
 * separate (a model can still pick either), in code order; validateDataset allows only such adjustment-made ties.
 */
function scaleValue(id: string, code: number, adjustments: AnswerAdjustments): number | null {
  const remapped = adjustments[id]?.[String(code)];
  if (remapped === undefined) return code;
  if (remapped === '') return null;
  const value = Number(remapped);
  if (!Number.isFinite(value))
    throw new Error(`answer_adjustment.json maps ${id} code ${code} to "${remapped}", expected a number or "".`);
  return value;
}

const BARE_NUMBER = /^\d+$/;

/** CultureSPA gives bare numbers for 1–10 scales; the codebook names the endpoints ("1 Not at all important"). */
function optionText(label: string, codebookLabel: string | undefined): string {
  if (!BARE_NUMBER.test(label.trim()) || codebookLabel === undefined || codebookLabel.trim() === label.trim())
    return label;
  return `${label.trim()} ${codebookLabel.trim()}`;
}

function compareScaleOrder(a: AnswerOption, b: AnswerOption): number {
  if (a.value === null || b.value === null) return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
  return a.value - b.value || a.code - b.code;
}

function scaleTypeOf(id: string, flag: QuestionFlag | undefined, options: AnswerOption[]): ScaleType {
  if (flag !== undefined || NOMINAL_BY_MEANING.has(id)) return 'nominal';
  const onScale = options.filter((option) => option.value !== null).length;
  if (onScale < 2)
    throw new Error(`Question ${id} has ${onScale} on-scale options; a scored question needs at least 2.`);
  return onScale === 2 ? 'binary' : 'ordinal';
}

function buildQuestion(id: string, sources: QuestionSources, textById: Map<string, CultureSpaQuestion>): Question {
  const cultureSpa = textById.get(id);
  if (cultureSpa === undefined)
    throw new Error(`Question ${id} is in proportions_group_by_country.json but not in wvs_questions.json.`);
  const codebook = sources.codebook[id];
  if (codebook === undefined) throw new Error(`Question ${id} is missing from codebook.json.`);
  const codes = Object.keys(codebook.choices)
    .map(Number)
    .filter((code) => code >= 0)
    .sort((a, b) => a - b);
  if (codes.length !== cultureSpa.option_lst.length) {
    throw new Error(
      `Question ${id}: codebook has ${codes.length} non-negative codes (${codes.join(', ')}) but CultureSPA lists ${cultureSpa.option_lst.length} options.`,
    );
  }
  const options = codes
    .map((code, i) => ({
      code,
      text: optionText(cultureSpa.option_lst[i] ?? '', codebook.choices[String(code)]),
      value: scaleValue(id, code, sources.adjustments),
    }))
    .sort(compareScaleOrder);
  const flag = FLAGS[id];
  return {
    id,
    text: cultureSpa.question,
    label: codebook.question,
    category: categoryOf(id, sources.metadata),
    scaleType: scaleTypeOf(id, flag, options),
    options,
    flags: flag === undefined ? [] : [flag],
  };
}

/** Builds the question bank for `ids` (CultureSPA's question set, in its order). */
export function buildQuestions(ids: readonly string[], sources: QuestionSources): Question[] {
  const textById = new Map(sources.cultureSpaQuestions.map((q) => [q.Q_id, q]));
  return ids.map((id) => buildQuestion(id, sources, textById));
}
