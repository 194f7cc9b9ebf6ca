/** JSON Schema (draft 2020-12) of public/data/wvs7-dataset.json, i.e. `Dataset` in src/lib/survey/types.ts. */
import { ZONES } from '../../src/lib/survey/zones.ts';

const string = { type: 'string' } as const;
const nullableString = { type: ['string', 'null'] } as const;
const number = { type: 'number' } as const;
const pair = { type: 'array', items: number, minItems: 2, maxItems: 2 } as const;

interface ObjectSchema {
  type: 'object';
  properties: Record<string, unknown>;
  required: string[];
  additionalProperties: false;
}

/** A closed object: every listed property required, nothing else allowed. */
function object(properties: Record<string, unknown>): ObjectSchema {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

function recordOf(values: unknown, description: string): Record<string, unknown> {
  return { type: 'object', description, additionalProperties: values };
}

const zone = { enum: ZONES };

export const DATASET_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'wvs7-dataset.schema.json',
  title: 'ValueProbe WVS-7 dataset',
  description:
    'Questions, countries, built-in human answer distributions (CultureSPA, unweighted), supplementary country means, Inglehart–Welzel parameters and citations. Built by `npm run build:data`.',
  ...object({
    schemaVersion: { const: 1 },
    datasetVersion: {
      type: 'string',
      pattern: '^wvs7-[0-9a-f]{12}$',
      description: 'SHA-256 prefix of the content without this field.',
    },
    categories: { type: 'array', items: { $ref: '#/$defs/category' } },
    questions: { type: 'array', items: { $ref: '#/$defs/question' } },
    countries: { type: 'array', items: { $ref: '#/$defs/country' } },
    responses: recordOf(
      recordOf({ $ref: '#/$defs/humanResponse' }, 'country id → response'),
      'question id → country id → response',
    ),
    supplementary: { type: 'array', items: { $ref: '#/$defs/supplementaryMeans' } },
    inglehartWelzel: { $ref: '#/$defs/inglehartWelzel' },
    citations: { type: 'array', items: { $ref: '#/$defs/citation' } },
  }),
  $defs: {
    category: object({
      id: string,
      name: string,
      group: { enum: ['socio-cultural-norms', 'social-systems-progress', 'not-scored'] },
    }),
    answerOption: object({
      code: { type: 'integer', minimum: 0, description: 'WVS answer code before any recode.' },
      text: string,
      value: {
        type: ['number', 'null'],
        description: 'Scale position after WorldValuesBench adjustments; null = substantive but off the scale.',
      },
    }),
    question: object({
      id: { type: 'string', pattern: '^Q[0-9]+[A-Z]?$' },
      text: string,
      label: string,
      category: string,
      scaleType: { enum: ['ordinal', 'binary', 'nominal'] },
      options: { type: 'array', items: { $ref: '#/$defs/answerOption' }, minItems: 2 },
      flags: { type: 'array', items: { enum: ['postmaterialist', 'knowledge'] } },
    }),
    country: object({
      id: string,
      name: string,
      isoNumeric: { type: ['string', 'null'], pattern: '^[0-9]{3}$' },
      atlasId: { type: 'string', pattern: '^[0-9]{3}$' },
      wvsCode: { type: 'integer' },
      wvsAlpha: string,
      zone,
      zoneSource: { enum: ['tao2024', 'assigned'] },
      zoneNote: nullableString,
      western: { type: 'boolean' },
      hasDistributions: { type: 'boolean' },
      iwCoords: { oneOf: [pair, { type: 'null' }] },
      ownPolygon: { type: 'boolean' },
      mapNote: nullableString,
    }),
    humanResponse: object({
      counts: { type: 'array', items: { type: 'integer', minimum: 0 } },
      n: { type: 'integer', minimum: 1 },
      distribution: {
        type: 'array',
        items: { type: 'number', minimum: 0, maximum: 1 },
        description: 'Sums to 1 (±1e-6), question option order.',
      },
      mean: { type: ['number', 'null'] },
    }),
    supplementaryMeans: object({
      id: { enum: ['trustbench', 'ramezani'] },
      label: string,
      weighting: { enum: ['weighted', 'unweighted'] },
      citationId: string,
      means: recordOf(recordOf(number, 'country id → mean'), 'question id → country id → mean on the WVS scale'),
    }),
    inglehartWelzel: object({
      items: { type: 'array', items: string },
      center: { type: 'array', items: number },
      scale: { type: 'array', items: number },
      weights: { type: 'array', items: pair },
      rc1: pair,
      rc2: pair,
      groundtruth: { type: 'array', items: object({ input: { type: 'array', items: number }, output: pair }) },
    }),
    citation: object({ id: string, text: string, terms: string, url: nullableString }),
  },
} as const;
