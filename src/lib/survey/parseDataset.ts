import type {
  AnswerOption,
  Category,
  Citation,
  Country,
  Dataset,
  HumanResponse,
  InglehartWelzelParameters,
  Question,
  SupplementaryMeans,
} from './types.ts';
import { CATEGORIES } from './categoryGroups.ts';
import { checkedDistribution } from './distributionSum.ts';
import { ZONES } from './zones.ts';
import {
  InvalidInputError,
  fieldPath,
  readAtBoundary,
  readBoolean,
  readList,
  readNullable,
  readNumber,
  readNumberList,
  readNumberPair,
  readObject,
  readObjectField,
  readOneOf,
  readOneOfList,
  readString,
  readStringList,
  type RawObject,
} from '../validate/fields.ts';

const ADVICE = 'rebuild it with `npm run build:data`, or reload the page if the app was just updated';

/** The bundled dataset file is not what this version of the app reads. */
export class DatasetFormatError extends Error {
  override name = 'DatasetFormatError';
  constructor(problem: string, options?: ErrorOptions) {
    super(`The dataset file is not valid: ${problem}; ${ADVICE}.`, options);
  }
}

const SCHEMA_VERSION = 1;
const CATEGORY_IDS = CATEGORIES.map((category) => category.id);
const GROUPS = ['socio-cultural-norms', 'social-systems-progress', 'not-scored'] as const;

function parseOption(json: unknown, where: string): AnswerOption {
  const o = readObject(json, where);
  return {
    code: readNumber(o, 'code', where),
    text: readString(o, 'text', where),
    value: readNullable(o, 'value', where, readNumber),
  };
}

function parseQuestion(json: unknown, where: string): Question {
  const q = readObject(json, where);
  return {
    id: readString(q, 'id', where),
    text: readString(q, 'text', where),
    label: readString(q, 'label', where),
    category: readOneOf(q, 'category', CATEGORY_IDS, where),
    scaleType: readOneOf(q, 'scaleType', ['ordinal', 'binary', 'nominal'] as const, where),
    options: readList(q, 'options', where).map((option, i) => parseOption(option, `${where} options[${i}]`)),
    flags: readOneOfList(q, 'flags', ['postmaterialist', 'knowledge'] as const, where),
  };
}

function parseCountry(json: unknown, where: string): Country {
  const c = readObject(json, where);
  return {
    id: readString(c, 'id', where),
    name: readString(c, 'name', where),
    isoNumeric: readNullable(c, 'isoNumeric', where, readString),
    atlasId: readString(c, 'atlasId', where),
    wvsCode: readNumber(c, 'wvsCode', where),
    wvsAlpha: readString(c, 'wvsAlpha', where),
    zone: readOneOf(c, 'zone', ZONES, where),
    zoneSource: readOneOf(c, 'zoneSource', ['tao2024', 'assigned'] as const, where),
    zoneNote: readNullable(c, 'zoneNote', where, readString),
    western: readBoolean(c, 'western', where),
    hasDistributions: readBoolean(c, 'hasDistributions', where),
    iwCoords: readNullable(c, 'iwCoords', where, readNumberPair),
    ownPolygon: readBoolean(c, 'ownPolygon', where),
    mapNote: readNullable(c, 'mapNote', where, readString),
  };
}

function parseResponse(json: unknown, where: string, optionCount: number): HumanResponse {
  const r = readObject(json, where);
  const counts = readNumberList(r, 'counts', where);
  const distribution = readNumberList(r, 'distribution', where);
  for (const [field, values] of [
    ['counts', counts],
    ['distribution', distribution],
  ] as const) {
    if (values.length !== optionCount)
      throw new InvalidInputError(`${fieldPath(where, field)} has ${values.length} entries for ${optionCount} options`);
  }
  return {
    counts,
    n: readNumber(r, 'n', where),
    distribution: checkedDistribution(distribution, fieldPath(where, 'distribution')),
    mean: readNullable(r, 'mean', where, readNumber),
  };
}

function parseResponses(root: RawObject, questions: readonly Question[]): Dataset['responses'] {
  const optionCounts = new Map(questions.map((question) => [question.id, question.options.length]));
  const byQuestion = readObjectField(root, 'responses', 'the top level');
  return Object.fromEntries(
    Object.keys(byQuestion).map((questionId) => {
      const where = `responses.${questionId}`;
      const optionCount = optionCounts.get(questionId);
      if (optionCount === undefined)
        throw new InvalidInputError(`${where} refers to a question that is not in questions`);
      const byCountry = readObjectField(byQuestion, questionId, 'responses');
      return [
        questionId,
        Object.fromEntries(
          Object.entries(byCountry).map(([countryId, response]) => [
            countryId,
            parseResponse(response, `${where}.${countryId}`, optionCount),
          ]),
        ),
      ];
    }),
  );
}

function parseSupplementary(json: unknown, where: string): SupplementaryMeans {
  const s = readObject(json, where);
  const byQuestion = readObjectField(s, 'means', where);
  const means = Object.fromEntries(
    Object.keys(byQuestion).map((questionId) => {
      const byCountry = readObjectField(byQuestion, questionId, `${where} means`);
      const inner = `${where} means.${questionId}`;
      return [
        questionId,
        Object.fromEntries(
          Object.keys(byCountry).map((countryId) => [countryId, readNumber(byCountry, countryId, inner)]),
        ),
      ];
    }),
  );
  return {
    id: readOneOf(s, 'id', ['trustbench', 'ramezani'] as const, where),
    label: readString(s, 'label', where),
    weighting: readOneOf(s, 'weighting', ['weighted', 'unweighted'] as const, where),
    citationId: readString(s, 'citationId', where),
    means,
  };
}

function parseInglehartWelzel(root: RawObject): InglehartWelzelParameters {
  const where = 'inglehartWelzel';
  const p = readObjectField(root, where, 'the top level');
  return {
    items: readStringList(p, 'items', where),
    center: readNumberList(p, 'center', where),
    scale: readNumberList(p, 'scale', where),
    weights: readList(p, 'weights', where).map((pair, i) => readNumberPair({ pair }, 'pair', `${where} weights[${i}]`)),
    rc1: readNumberPair(p, 'rc1', where),
    rc2: readNumberPair(p, 'rc2', where),
    groundtruth: readList(p, 'groundtruth', where).map((g, i) => {
      const pointWhere = `${where} groundtruth[${i}]`;
      const point = readObject(g, pointWhere);
      return { input: readNumberList(point, 'input', pointWhere), output: readNumberPair(point, 'output', pointWhere) };
    }),
  };
}

function parseList<T>(root: RawObject, field: string, parse: (item: unknown, where: string) => T): T[] {
  return readList(root, field, 'the top level').map((item, i) => parse(item, `${field}[${i}]`));
}

function readDataset(json: unknown): Dataset {
  const root = readObject(json, 'the top level');
  if (root['schemaVersion'] !== SCHEMA_VERSION) {
    throw new InvalidInputError(
      `schemaVersion is ${JSON.stringify(root['schemaVersion'])} but this app reads version ${SCHEMA_VERSION}`,
    );
  }
  const questions = parseList(root, 'questions', parseQuestion);
  return {
    schemaVersion: SCHEMA_VERSION,
    datasetVersion: readString(root, 'datasetVersion', 'the top level'),
    categories: parseList(root, 'categories', (item, where): Category => {
      const c = readObject(item, where);
      return {
        id: readOneOf(c, 'id', CATEGORY_IDS, where),
        name: readString(c, 'name', where),
        group: readOneOf(c, 'group', GROUPS, where),
      };
    }),
    questions,
    countries: parseList(root, 'countries', parseCountry),
    responses: parseResponses(root, questions),
    supplementary: parseList(root, 'supplementary', parseSupplementary),
    inglehartWelzel: parseInglehartWelzel(root),
    citations: parseList(root, 'citations', (item, where): Citation => {
      const c = readObject(item, where);
      return {
        id: readString(c, 'id', where),
        text: readString(c, 'text', where),
        terms: readString(c, 'terms', where),
        url: readNullable(c, 'url', where, readString),
      };
    }),
  };
}

/** The dataset file as typed data, or a DatasetFormatError naming the first bad field. */
export function parseDataset(json: unknown): Dataset {
  return readAtBoundary(
    () => readDataset(json),
    (error) => new DatasetFormatError(error.message, { cause: error }),
  );
}
