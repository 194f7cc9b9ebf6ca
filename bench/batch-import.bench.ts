/**
 * Import speed of a 20,000-line batch output file (vLLM run-batch shape): 1,000 questions × 20 countries
 * of two-option questions, answered offline with log-probabilities, parsed, scored and stored in
 * fake-indexeddb in one transaction.
 */
import 'fake-indexeddb/auto';
import { batchInputFile } from '../src/lib/runner/batch/batchInputFile.ts';
import { importBatchOutput } from '../src/lib/runner/batch/importBatchOutput.ts';
import { setUpRun, wideCatalog } from '../src/lib/runner/testing/runSetup.ts';

const QUESTIONS = 1000;
const COUNTRIES = Array.from({ length: 20 }, (_, index) => `C${String(index).padStart(2, '0')}`);

const dataset = wideCatalog(QUESTIONS, COUNTRIES);
const engine = { kind: 'openai-endpoint' as const, modelId: 'bench', version: 'unknown', settings: {} };
const { run, store } = await setUpRun(dataset, engine, {
  questionIds: dataset.questions.map((question) => question.id),
  countryIds: COUNTRIES,
});

const top = [
  { token: 'A', logprob: Math.log(0.7) },
  { token: 'B', logprob: Math.log(0.25) },
  { token: 'I', logprob: Math.log(0.05) },
];
const output = batchInputFile(run, dataset, 'bench')
  .trimEnd()
  .split('\n')
  .map((line, index) => {
    const { custom_id } = JSON.parse(line) as { custom_id: string };
    const body = {
      id: 'chatcmpl-bench',
      object: 'chat.completion',
      created: 1_733_011_200,
      model: 'bench',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'A' },
          logprobs: { content: [{ token: 'A', logprob: top[0]?.logprob, top_logprobs: top }] },
          finish_reason: 'length',
        },
      ],
      usage: { prompt_tokens: 40, completion_tokens: 1, total_tokens: 41 },
    };
    const ids = { id: `vllm-${index}`, request_id: `vllm-batch-${index}` };
    return JSON.stringify({
      id: ids.id,
      custom_id,
      response: { status_code: 200, request_id: ids.request_id, body },
      error: null,
    });
  })
  .join('\n');

const started = performance.now();
const report = await importBatchOutput(store, dataset, run.id, output, 'bench.jsonl');
const seconds = (performance.now() - started) / 1000;
const megabytes = new TextEncoder().encode(output).length / 1e6;
console.log(
  `batch output import: ${report.imported} lines (${megabytes.toFixed(1)} MB) in ${seconds.toFixed(2)} s = ` +
    `${Math.round(report.imported / seconds)} lines/s (parse, score, validate, one fake-indexeddb transaction)`,
);
