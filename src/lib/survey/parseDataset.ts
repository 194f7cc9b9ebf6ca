import type {
  AnswerOption,
  Category,
  Citation,
  Country,
  Dataset,
  Distribution,
  HumanResponse,
  InglehartWelzelParameters,
  Question,
  SupplementaryMeans,
} from './types.ts';
import { CATEGORIES } from './categoryGroups.ts';
import { distributionProblem } from './distributionSum.ts';
import { ZONES } from './zones.ts';
import {
  DatasetFormatError,
  asArray,
  asBoolean,
  asNumber,
  asNumberOrNull,
  asNumbers,
  asOneOf,
  asRecord,
  asString,
  asStringOrNull,
  type Json,
} from './datasetFields.ts';

const SCHEMA_VERSION = 1;
const CATEGORY_IDS = CATEGORIES.map((category) => category.id);
const GROUPS = ['socio-cultural-norms', 'social-systems-progress', 'not-scored'] as const;

function parseOption(json: unknown, path: string): AnswerOption {
  const o = asRecord(json, path);
  return {
    code: asNumber(o['code'], `${path}.code`),
    text: asString(o['text'], `${path}.text`),
    value: asNumberOrNull(o['value'], `${path}.value`),
  };
}

function parseQuestion(json: unknown, path: string): Question {
  const q = asRecord(json, path);
  return {
    id: asString(q['id'], `${path}.id`),
    text: asString(q['text'], `${path}.text`),
    label: asString(q['label'], `${path}.label`),
    category: asOneOf(q['category'], CATEGORY_IDS, `${path}.category`),
    scaleType: asOneOf(q['scaleType'], ['ordinal', 'binary', 'nominal'] as const, `${path}.scaleType`),
    options: asArray(q['options'], `${path}.options`).map((option, i) => parseOption(option, `${path}.options[${i}]`)),
    flags: asArray(q['flags'], `${path}.flags`).map((flag, i) =>
      asOneOf(flag, ['postmaterialist', 'knowledge'] as const, `${path}.flags[${i}]`),
    ),
  };
}

function parseCountry(json: unknown, path: string): Country {
  const c = asRecord(json, path);
  const coords = c['iwCoords'];
  const coordPair = coords === null ? null : asNumbers(coords, `${path}.iwCoords`);
  if (coordPair !== null && coordPair.length !== 2)
    throw new DatasetFormatError(`${path}.iwCoords`, `has ${coordPair.length} numbers, expected 2`);
  return {
    id: asString(c['id'], `${path}.id`),
    name: asString(c['name'], `${path}.name`),
    isoNumeric: asStringOrNull(c['isoNumeric'], `${path}.isoNumeric`),
    atlasId: asString(c['atlasId'], `${path}.atlasId`),
    wvsCode: asNumber(c['wvsCode'], `${path}.wvsCode`),
    wvsAlpha: asString(c['wvsAlpha'], `${path}.wvsAlpha`),
    zone: asOneOf(c['zone'], ZONES, `${path}.zone`),
    zoneSource: asOneOf(c['zoneSource'], ['tao2024', 'assigned'] as const, `${path}.zoneSource`),
    zoneNote: asStringOrNull(c['zoneNote'], `${path}.zoneNote`),
    western: asBoolean(c['western'], `${path}.western`),
    hasDistributions: asBoolean(c['hasDistributions'], `${path}.hasDistributions`),
    iwCoords: coordPair === null ? null : [coordPair[0] ?? 0, coordPair[1] ?? 0],
    ownPolygon: asBoolean(c['ownPolygon'], `${path}.ownPolygon`),
    mapNote: asStringOrNull(c['mapNote'], `${path}.mapNote`),
  };
}

function parseResponse(json: unknown, path: string, optionCount: number): HumanResponse {
  const r = asRecord(json, path);
  const counts = asNumbers(r['counts'], `${path}.counts`);
  const distribution = asNumbers(r['distribution'], `${path}.distribution`);
  for (const [name, values] of [
    ['counts', counts],
    ['distribution', distribution],
  ] as const) {
    if (values.length !== optionCount)
      throw new DatasetFormatError(`${path}.${name}`, `has ${values.length} entries for ${optionCount} options`);
  }
  const problem = distributionProblem(distribution);
  if (problem !== null)
    throw new DatasetFormatError(`${path}.distribution`, `is not a probability distribution: ${problem}`);
  return {
    counts,
    n: asNumber(r['n'], `${path}.n`),
    distribution: distribution as readonly number[] as Distribution,
    mean: asNumberOrNull(r['mean'], `${path}.mean`),
  };
}

function parseResponses(json: unknown, questions: readonly Question[]): Dataset['responses'] {
  const byQuestion = asRecord(json, 'responses');
  const optionCounts = new Map(questions.map((question) => [question.id, question.options.length]));
  return Object.fromEntries(
    Object.entries(byQuestion).map(([questionId, byCountry]) => {
      const optionCount = optionCounts.get(questionId);
      if (optionCount === undefined)
        throw new DatasetFormatError(`responses.${questionId}`, 'refers to a question that is not in questions');
      const entries = Object.entries(asRecord(byCountry, `responses.${questionId}`));
      return [
        questionId,
        Object.fromEntries(
          entries.map(([countryId, response]) => [
            countryId,
            parseResponse(response, `responses.${questionId}.${countryId}`, optionCount),
          ]),
        ),
      ];
    }),
  );
}

function parseSupplementary(json: unknown, path: string): SupplementaryMeans {
  const s = asRecord(json, path);
  const means = Object.fromEntries(
    Object.entries(asRecord(s['means'], `${path}.means`)).map(([questionId, byCountry]) => [
      questionId,
      Object.fromEntries(
        Object.entries(asRecord(byCountry, `${path}.means.${questionId}`)).map(([countryId, mean]) => [
          countryId,
          asNumber(mean, `${path}.means.${questionId}.${countryId}`),
        ]),
      ),
    ]),
  );
  return {
    id: asOneOf(s['id'], ['trustbench', 'ramezani'] as const, `${path}.id`),
    label: asString(s['label'], `${path}.label`),
    weighting: asOneOf(s['weighting'], ['weighted', 'unweighted'] as const, `${path}.weighting`),
    citationId: asString(s['citationId'], `${path}.citationId`),
    means,
  };
}

function pair(value: unknown, path: string): [number, number] {
  const numbers = asNumbers(value, path);
  if (numbers.length !== 2) throw new DatasetFormatError(path, `has ${numbers.length} numbers, expected 2`);
  return [numbers[0] ?? 0, numbers[1] ?? 0];
}

function parseInglehartWelzel(json: unknown): InglehartWelzelParameters {
  const p = asRecord(json, 'inglehartWelzel');
  return {
    items: asArray(p['items'], 'inglehartWelzel.items').map((item, i) => asString(item, `inglehartWelzel.items[${i}]`)),
    center: asNumbers(p['center'], 'inglehartWelzel.center'),
    scale: asNumbers(p['scale'], 'inglehartWelzel.scale'),
    weights: asArray(p['weights'], 'inglehartWelzel.weights').map((w, i) => pair(w, `inglehartWelzel.weights[${i}]`)),
    rc1: pair(p['rc1'], 'inglehartWelzel.rc1'),
    rc2: pair(p['rc2'], 'inglehartWelzel.rc2'),
    groundtruth: asArray(p['groundtruth'], 'inglehartWelzel.groundtruth').map((g, i) => {
      const point = asRecord(g, `inglehartWelzel.groundtruth[${i}]`);
      return {
        input: asNumbers(point['input'], `inglehartWelzel.groundtruth[${i}].input`),
        output: pair(point['output'], `inglehartWelzel.groundtruth[${i}].output`),
      };
    }),
  };
}

function parseList<T>(root: Json, key: string, parse: (item: unknown, path: string) => T): T[] {
  return asArray(root[key], key).map((item, i) => parse(item, `${key}[${i}]`));
}

/** The dataset file as typed data, or a DatasetFormatError naming the first bad field. */
export function parseDataset(json: unknown): Dataset {
  const root = asRecord(json, 'the top level');
  if (root['schemaVersion'] !== SCHEMA_VERSION) {
    throw new DatasetFormatError(
      'schemaVersion',
      `is ${JSON.stringify(root['schemaVersion'])} but this app reads version ${SCHEMA_VERSION}`,
    );
  }
  const questions = parseList(root, 'questions', parseQuestion);
  return {
    schemaVersion: SCHEMA_VERSION,
    datasetVersion: asString(root['datasetVersion'], 'datasetVersion'),
    categories: parseList(root, 'categories', (item, path): Category => {
      const c = asRecord(item, path);
      return {
        id: asOneOf(c['id'], CATEGORY_IDS, `${path}.id`),
        name: asString(c['name'], `${path}.name`),
        group: asOneOf(c['group'], GROUPS, `${path}.group`),
      };
    }),
    questions,
    countries: parseList(root, 'countries', parseCountry),
    responses: parseResponses(root['responses'], questions),
    supplementary: parseList(root, 'supplementary', parseSupplementary),
    inglehartWelzel: parseInglehartWelzel(root['inglehartWelzel']),
    citations: parseList(root, 'citations', (item, path): Citation => {
      const c = asRecord(item, path);
      return {
        id: asString(c['id'], `${path}.id`),
        text: asString(c['text'], `${path}.text`),
        terms: asString(c['terms'], `${path}.terms`),
        url: asStringOrNull(c['url'], `${path}.url`),
      };
    }),
  };
}
