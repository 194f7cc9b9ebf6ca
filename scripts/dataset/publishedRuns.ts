/**
 * Turns the CultureSPA answers of Llama-3-8B-Instruct (../shared/data/published/, PROVENANCE §8) into ValueProbe
 * run files: one per prompting setting, a single sampled reply per (question, persona) as a one-hot distribution
 * on the WVS code it chose. Replies that name no code of the question are counted in the file, never guessed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cultureSpaReplyCode,
  oneHotOnCode,
  readCultureSpaEntries,
} from '../../src/lib/store/exchange/cultureSpaReply.ts';
import { RUN_EXPORT_FORMAT, RUN_EXPORT_SCHEMA_VERSION } from '../../src/lib/store/exchange/runExportFile.ts';
import type { RunExportFile } from '../../src/lib/store/exchange/runExportFile.ts';
import { PUBLISHED_RUNS, type PublishedRunInfo } from '../../src/lib/store/published/publishedRuns.ts';
import type { ResultItem, RunRecord } from '../../src/lib/store/types.ts';
import type { PersonaStyle } from '../../src/lib/prompt/types.ts';
import type { Dataset } from '../../src/lib/survey/types.ts';
import { BUILT_IN_REFERENCE_ID } from '../../src/lib/survey/builtInReference.ts';

export const PUBLISHED_SOURCE_DIR = join('published', 'culturespa-llama3-8b-instruct');

/** The 18 personas of CultureSPA's utils.country2culture_dict (every CultureSPA country except MEX). */
const PERSONA_COUNTRIES = [
  'AUS',
  'BOL',
  'BRA',
  'CAN',
  'CHN',
  'DEU',
  'ETH',
  'GBR',
  'IND',
  'KEN',
  'NGA',
  'NLD',
  'NZL',
  'RUS',
  'THA',
  'UKR',
  'USA',
  'ZWE',
];

/** Last change of the copied files in the CultureSPA repository (PROVENANCE §8): the runs' date. */
const SOURCE_DATE = '2024-10-17T00:00:00.000Z';

const SOURCE =
  'CultureSPA repository (github.com/shaoyangxu/CultureSPA, commit c3155353a9aed5f69ca2f71a67c8579127fdd61b), result/Meta-Llama-3-8B-Instruct/';
const CITATION =
  'Xu, S., Leng, Y., Yu, L., Xiong, D. (2024). Self-Pluralising Culture Alignment for Large Language Models (CultureSPA). arXiv:2410.12971.';
const DECODING = 'one sampled answer per persona, temperature 0.6, top-p 0.9, up to 256 new tokens';

const QUESTION_TEMPLATE = `Given a #Question and #Options, choose the option that best aligns with your own value system to answer the question.
#Question: {question}
#Options: {options numbered by WVS code, e.g. "1.Very important 2.Rather important …"}
Please return the number of the selected option only.`;
const SELF_ALIGNMENT_TEMPLATE = `Given a #Question and #Options, choose the option that best aligns with your own value system to answer the question.
Here are some answered questions, which can reflect your value system:
{up to 5 related questions, each "Question: … Options: … Answer: <the most common answer of the country's people>"}
Below are the #Question and #Options. Please return the number of the selected option only.
#Question: {question}
#Options: {options numbered by WVS code}
#Answer:`;
const CULTURE_AWARE_SYSTEM =
  'You are a real person with {a/an} {culture} cultural background. Please fill out the World Values Survey and answer the questions honestly according to your own value system.';
const GENERIC_SYSTEM =
  'You are a real person with your own set of values. Please fill out the World Values Survey and answer the questions honestly according to your own value system.';
const CROSS_CULTURE_SYSTEM = `${CULTURE_AWARE_SYSTEM} Before you respond, take a moment to think about how {culture} culture is similar to {three most similar} cultures, and how {culture} culture is different from {three least similar} cultures.`;

interface PublishedSetting {
  runId: string;
  persona: PersonaStyle;
  promptText: string;
  /** Source file per country; one file may stand for every country (no persona). */
  files: { countryId: string; file: string }[];
}

const prompt = (system: string, user: string) => `System: ${system}\n\nUser: ${user}`;

const SETTINGS: PublishedSetting[] = [
  {
    runId: 'example-culturespa-culture-aware',
    persona: 'person-from',
    promptText: prompt(CULTURE_AWARE_SYSTEM, QUESTION_TEMPLATE),
    files: PERSONA_COUNTRIES.map((countryId) => ({ countryId, file: `wvs_result_culture_aware_${countryId}_0.json` })),
  },
  {
    runId: 'example-culturespa-culture-unaware',
    persona: 'none',
    promptText: `${prompt(GENERIC_SYSTEM, QUESTION_TEMPLATE)}\n\n(No country is named: the same answer stands for every country.)`,
    files: PERSONA_COUNTRIES.map((countryId) => ({ countryId, file: 'wvs_result_culture_unaware_0.json' })),
  },
  {
    runId: 'example-culturespa-self-alignment',
    persona: 'none',
    promptText: `${prompt(GENERIC_SYSTEM, SELF_ALIGNMENT_TEMPLATE)}\n\n(The examples' answers are a country's; the file is named for American ones and stands here for USA.)`,
    files: [{ countryId: 'USA', file: 'wvs_result_self_alignment_American_0.json' }],
  },
  {
    runId: 'example-culturespa-culture-aware-self-alignment',
    persona: 'person-from',
    promptText: prompt(CULTURE_AWARE_SYSTEM, SELF_ALIGNMENT_TEMPLATE),
    files: [{ countryId: 'USA', file: 'wvs_result_culture_aware_self_alignment_USA_0.json' }],
  },
  {
    runId: 'example-culturespa-cross-culture-thinking',
    persona: 'person-from',
    promptText: prompt(CROSS_CULTURE_SYSTEM, SELF_ALIGNMENT_TEMPLATE),
    files: ['CAN', 'USA'].map((countryId) => ({
      countryId,
      file: `wvs_result_cross_culture_thinking_self_alignment_${countryId}_0.json`,
    })),
  },
];

export type PublishedRunFile = RunExportFile<Record<string, never>> & { published: PublishedRunInfo };

function buildRun(
  setting: PublishedSetting,
  title: string,
  dataset: Dataset,
  readSource: (file: string) => unknown,
): PublishedRunFile {
  const codesOf = new Map(
    dataset.questions.map((question) => [question.id, question.options.map((option) => option.code)]),
  );
  const items: ResultItem[] = [];
  const unparseable: PublishedRunInfo['unparseable'] = [];
  for (const { countryId, file } of setting.files) {
    for (const { questionId, reply } of readCultureSpaEntries(readSource(file))) {
      const codes = codesOf.get(questionId);
      if (codes === undefined) throw new Error(`${file}: question ${questionId} is not in the dataset`);
      const code = cultureSpaReplyCode(reply, codes);
      if (code === null) {
        unparseable.push({ questionId, countryId, reply });
        continue;
      }
      items.push({
        questionId,
        countryId,
        order: 'original',
        probs: oneHotOnCode(code, codes),
        allowedMass: 1,
        method: 'sampling',
        missingLabels: [],
        tokensIn: 0,
        ms: 0,
        at: SOURCE_DATE,
        samples: 1,
      });
    }
  }
  const position = new Map(dataset.questions.map((question, index) => [question.id, index]));
  items.sort(
    (a, b) => position.get(a.questionId)! - position.get(b.questionId)! || (a.countryId < b.countryId ? -1 : 1),
  );
  const countryIds = [...new Set(setting.files.map((entry) => entry.countryId))].sort();
  const questionIds = dataset.questions.map((question) => question.id);
  const run: RunRecord = {
    id: setting.runId,
    name: `CultureSPA: ${title}`,
    createdAt: SOURCE_DATE,
    updatedAt: SOURCE_DATE,
    status: 'completed',
    engine: {
      kind: 'imported',
      modelId: 'Meta-Llama-3-8B-Instruct',
      version: 'CultureSPA result files',
      settings: {
        temperature: 0.6,
        topP: 0.9,
        decoding: DECODING,
        source: SOURCE,
        unparseableReplies: unparseable.length,
      },
    },
    promptSettings: { persona: setting.persona, language: 'en', order: 'original' },
    templateHash: setting.runId.replace('example-', ''),
    datasetVersion: dataset.datasetVersion,
    referenceId: BUILT_IN_REFERENCE_ID,
    scope: { questionIds, countryIds },
    totalItems: questionIds.length * countryIds.length,
    doneItems: items.length,
  };
  return {
    format: RUN_EXPORT_FORMAT,
    schemaVersion: RUN_EXPORT_SCHEMA_VERSION,
    exportedAt: SOURCE_DATE,
    datasetVersion: dataset.datasetVersion,
    run,
    promptTemplate: { settings: run.promptSettings, hash: run.templateHash, text: setting.promptText },
    items,
    summary: {},
    published: { source: SOURCE, citation: CITATION, decoding: DECODING, unparseable },
  };
}

/** The text of every published run file by file name, from the source folder (../shared/data). */
export function buildPublishedRuns(sharedDataDir: string, dataset: Dataset): Map<string, string> {
  const readSource = (file: string): unknown =>
    JSON.parse(readFileSync(join(sharedDataDir, PUBLISHED_SOURCE_DIR, file), 'utf8'));
  const files = new Map<string, string>();
  for (const setting of SETTINGS) {
    const entry = PUBLISHED_RUNS.find((each) => each.id === setting.runId);
    if (entry === undefined) throw new Error(`published run ${setting.runId} is missing from PUBLISHED_RUNS`);
    // One item per line: compact, yet a diff shows which answers changed.
    const file = buildRun(setting, entry.title, dataset, readSource);
    const { items, ...header } = file;
    const itemLines = items.map((item) => JSON.stringify(item)).join(',\n');
    files.set(entry.file, `${JSON.stringify(header).replace(/}$/, '')},"items":[\n${itemLines}\n]}\n`);
  }
  return files;
}
