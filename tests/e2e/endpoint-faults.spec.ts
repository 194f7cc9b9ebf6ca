import type { Page } from '@playwright/test';
import { startFaultyProxy, type FaultyProxy, type ProxyFaults } from '../fake-openai/faultyProxy';
import { DEFAULT_FAKE_MODEL, startFakeOpenAI, type FakeOpenAI, type FakeOpenAIOptions } from '../fake-openai/server';
import { importRun } from './helpers/importRun';
import { dataset, oracleAnswer } from './helpers/runFiles';
import { readStore, type StoredResult, type StoredRun } from './helpers/storedRuns';
import { expect, test } from './helpers/test';
import { buildRunExport, type ResultItem, type RunRecord } from '../../src/lib/store/index.ts';
import { builtInReference } from '../../src/lib/survey/builtInReference.ts';

// Each run asks a few hundred prompts over HTTP; allow for a slow, shared CI machine.
test.describe.configure({ timeout: 240_000 });

/** Quick look: 40 questions (3 or more per topic and the cultural-map items) × 19 countries. */
const QUICK_LOOK_QUESTIONS = 40;
const QUICK_LOOK_ITEMS = QUICK_LOOK_QUESTIONS * 19;
let running: { close(): Promise<void> }[] = [];

/** A fake server behind a proxy that injects `faults`; both are closed after the test. */
async function startFaultyServer(faults: ProxyFaults, options: Partial<FakeOpenAIOptions> = {}): Promise<FaultyProxy> {
  const fake: FakeOpenAI = await startFakeOpenAI({ mode: 'oracle', ...options });
  const proxy = await startFaultyProxy(fake.url, faults);
  running.push(proxy, fake);
  return proxy;
}

test.afterEach(async () => {
  for (const server of running) await server.close();
  running = [];
});

const status = (page: Page) => page.getByTestId('run-status');

interface EndpointForm {
  apiKey?: string;
  rememberKey?: boolean;
  timeoutSeconds?: number;
}

/** Fills the endpoint form (Quick look: 40 questions × 19 countries) and starts the run. */
async function startEndpointRun(page: Page, url: string, form: EndpointForm = {}): Promise<void> {
  await page.goto('./#/run');
  await page.getByLabel('A model served on your machine (OpenAI-compatible endpoint)').check();
  await page.getByLabel('Base URL').fill(url);
  await page.getByLabel('Model', { exact: true }).fill(DEFAULT_FAKE_MODEL);
  if (form.apiKey !== undefined) await page.getByLabel('API key (optional)').fill(form.apiKey);
  if (form.rememberKey) await page.getByLabel('Remember the key in this browser').check();
  if (form.timeoutSeconds !== undefined) {
    await page.getByLabel('Request timeout (seconds)').fill(String(form.timeoutSeconds));
  }
  await expect(page.getByTestId('prompt-count')).toContainText('× 19 countries');
  await page.getByRole('button', { name: 'Start the run' }).click();
}

type Scoped = StoredRun & { scope: { questionIds: string[]; countryIds: string[] }; engine: { version: string } };

function onlyRun(runs: StoredRun[]): Scoped {
  expect(runs).toHaveLength(1);
  return runs[0] as Scoped;
}

function expectEveryPlannedItemOnce(results: StoredResult[], run: Scoped): void {
  const keys = results.filter((result) => result.runId === run.id).map((result) => result.itemKey);
  const planned = run.scope.questionIds.flatMap((q) => run.scope.countryIds.map((c) => `${q}|${c}|original`));
  expect(new Set(keys).size).toBe(keys.length);
  expect([...keys].sort()).toEqual([...planned].sort());
}

const chatRequests = (proxy: FaultyProxy) => proxy.log.filter((entry) => entry.chatNumber !== null);
const surveyPrompts = (proxy: FaultyProxy) =>
  chatRequests(proxy).filter((entry) => entry.prompt.includes('person from'));

/** The browser logs failed requests itself (HTTP errors, cut connections); nothing else may go wrong. */
function expectOnlyRequestErrors(consoleErrors: string[]): void {
  expect(consoleErrors.filter((error) => !error.includes('Failed to load resource'))).toEqual([]);
  consoleErrors.length = 0;
}

/** A run file of an endpoint run on `baseUrl`, paused with half of its 12 items answered, as another user shares it. */
function pausedEndpointRunFile(baseUrl: string): object {
  const countryIds = ['USA', 'DEU', 'KEN'];
  const questionIds = dataset.questions
    .map((question) => question.id)
    .filter((questionId) => countryIds.every((countryId) => oracleAnswer(questionId, countryId) !== null))
    .slice(0, 4);
  const at = '2026-12-01T00:00:00.000Z';
  const items: ResultItem[] = questionIds.slice(0, 2).flatMap((questionId) =>
    countryIds.flatMap((countryId) => {
      const probs = oracleAnswer(questionId, countryId);
      return probs === null
        ? []
        : [
            {
              questionId,
              countryId,
              order: 'original' as const,
              probs,
              allowedMass: 1,
              method: 'top-logprobs' as const,
              missingLabels: [],
              tokensIn: 10,
              ms: 5,
              at,
            },
          ];
    }),
  );
  const run: RunRecord = {
    id: 'shared-endpoint-run',
    name: 'Shared endpoint run',
    createdAt: at,
    updatedAt: at,
    status: 'paused',
    pauseReason: 'Paused by its author.',
    engine: {
      kind: 'openai-endpoint',
      modelId: DEFAULT_FAKE_MODEL,
      version: 'fp_fake_openai',
      settings: { baseUrl, temperature: 1, topP: 1, topLogprobs: 20, samplesWhenNoLogprobs: 20 },
    },
    promptSettings: { persona: 'person-from', language: 'en', order: 'original' },
    templateHash: 'shared',
    datasetVersion: dataset.datasetVersion,
    referenceId: builtInReference(dataset).id,
    scope: { questionIds, countryIds },
    totalItems: 12,
    doneItems: items.length,
  };
  const records = items.map((item) => ({
    ...item,
    runId: run.id,
    itemKey: `${item.questionId}|${item.countryId}|original`,
  }));
  return buildRunExport(
    run,
    records,
    { settings: run.promptSettings, hash: 'shared', text: 'shared' },
    {},
    new Date(at),
  );
}

test('an imported endpoint run asks before sending anything to its server and never sends the key of another', async ({
  page,
}) => {
  const own = await startFaultyServer({});
  const foreign = await startFaultyServer({});
  const userKey = 'sk-users-own-key-0123456789';

  // The user's own endpoint, with the key remembered in this browser; the run itself is not needed.
  await startEndpointRun(page, own.url, { apiKey: userKey, rememberKey: true });
  await expect(status(page)).toHaveText('Running…');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toContainText('Cancelled');
  expect(chatRequests(own).some((entry) => entry.headers.authorization === `Bearer ${userKey}`)).toBe(true);

  await importRun(page, pausedEndpointRunFile(foreign.url), 'shared');
  await page.goto('./#/run');
  const unfinished = page.locator('li', { hasText: 'Shared endpoint run' });
  await unfinished.getByRole('button', { name: 'Resume' }).click();

  const confirmation = page.getByTestId('resume-confirmation');
  await expect(confirmation).toContainText(`This run sends its questions to ${foreign.url}`);
  await expect(confirmation.getByRole('alert')).toContainText('an address you have not used from this browser');
  await expect(page.getByLabel(`API key for ${foreign.url}`)).toHaveValue('');
  expect(foreign.log).toEqual([]);

  await confirmation.getByRole('button', { name: 'Send requests there and resume' }).click();
  await expect(status(page)).toHaveText('Finished.', { timeout: 60_000 });
  // The six unanswered items and the engine's probe, each as one request without any key.
  expect(chatRequests(foreign)).toHaveLength(7);
  for (const entry of foreign.log) {
    expect(entry.headers.authorization).toBeUndefined();
    expect(JSON.stringify(entry.headers)).not.toContain(userKey);
  }
  const { results } = await readStore(page);
  expect(results.filter((result) => result.runId === 'shared-endpoint-run')).toHaveLength(12);
});

test('a key-protected endpoint run resumes after the tab was closed once the key is entered again', async ({
  page,
  context,
  consoleErrors,
}) => {
  const proxy = await startFaultyServer({ requireKey: 'sk-protected' }, { delayMs: 15 });
  await startEndpointRun(page, proxy.url, { apiKey: 'sk-protected' });
  await expect.poll(async () => (await readStore(page)).results.length, { timeout: 60_000 }).toBeGreaterThan(40);
  await page.close();

  const reopened = await context.newPage();
  await reopened.goto('./#/run');
  await reopened.getByRole('region', { name: 'Unfinished runs' }).getByRole('button', { name: 'Resume' }).click();
  const confirmation = reopened.getByTestId('resume-confirmation');
  await expect(confirmation).toContainText('The server refused the request: it needs an API key');
  await reopened.getByLabel(`API key for ${proxy.url}`).fill('sk-protected');
  await confirmation.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(status(reopened)).toHaveText('Finished.', { timeout: 180_000 });

  const { runs, results } = await readStore(reopened);
  expectEveryPlannedItemOnce(results, onlyRun(runs));
  expectOnlyRequestErrors(consoleErrors);
});

/** Two requests get HTTP 429 with Retry-After: 2; each prompt refused must come back no sooner than 2 s later. */
async function runThroughRateLimit(page: Page, options: Partial<FakeOpenAIOptions>): Promise<FaultyProxy> {
  const rateLimit = {
    matches: (prompt: string) => prompt.includes('a person from Kenya.'),
    times: 2,
    retryAfterSeconds: 2,
  };
  const proxy = await startFaultyServer({ rateLimit }, options);
  await startEndpointRun(page, proxy.url);
  await expect(status(page)).toHaveText('Finished.', { timeout: 180_000 });

  const limited = proxy.log.filter((entry) => entry.fault === 'rate-limited');
  expect(limited).toHaveLength(2);
  for (const refused of limited) {
    const retry = proxy.log.find(
      (entry) => entry.at >= refused.at && entry !== refused && entry.prompt === refused.prompt,
    );
    expect(retry, 'the refused prompt was asked again').toBeDefined();
    expect((retry?.at ?? 0) - refused.at).toBeGreaterThanOrEqual(1_950);
  }
  // The probe, every item once, and the two refused requests once more.
  expect(chatRequests(proxy)).toHaveLength(1 + QUICK_LOOK_ITEMS + 2);
  const { runs, results } = await readStore(page);
  expectEveryPlannedItemOnce(results, onlyRun(runs));
  return proxy;
}

test('HTTP 429 with Retry-After is waited out and retried: every item once, log-probabilities throughout', async ({
  page,
  consoleErrors,
}) => {
  await runThroughRateLimit(page, {});
  const { results } = await readStore(page);
  expect(results.every((result) => result.method === 'top-logprobs')).toBe(true);
  expectOnlyRequestErrors(consoleErrors);
});

test('HTTP 429 in sampling mode keeps sampling 20 answers per request', async ({ page, consoleErrors }) => {
  await runThroughRateLimit(page, { mode: 'no-logprobs', seed: 3 });
  const { results } = await readStore(page);
  expect(results.every((result) => result.method === 'sampling' && result.samples === 20)).toBe(true);
  expectOnlyRequestErrors(consoleErrors);
});

test('a server that stops answering pauses the run within the request timeout, saying so', async ({ page }) => {
  const proxy = await startFaultyServer({ hangFrom: 40 });
  await startEndpointRun(page, proxy.url, { timeoutSeconds: 2 });
  await expect(status(page)).toContainText('Paused', { timeout: 60_000 });
  const pausedAt = Date.now();
  const hungAt = proxy.log.find((entry) => entry.fault === 'hang')?.at ?? Number.NaN;
  // 2 s of timeout, plus the time the page and this test take to notice on a busy machine.
  expect(pausedAt - hungAt).toBeLessThan(6_000);
  await expect(status(page)).toContainText('did not answer within 2 s (the request timeout in the endpoint settings)');
  const { runs } = await readStore(page);
  expect(onlyRun(runs).status).toBe('paused');
});

test('a cut connection is reported as a lost connection, not as CORS', async ({ page, consoleErrors }) => {
  const proxy = await startFaultyServer({ cutFrom: 40 });
  await startEndpointRun(page, proxy.url);
  await expect(status(page)).toContainText('Paused', { timeout: 60_000 });
  await expect(status(page)).toContainText(
    `The connection to ${proxy.url} failed without an HTTP answer, after the server had answered earlier requests`,
  );
  await expect(status(page)).not.toContainText('CORS');
  expectOnlyRequestErrors(consoleErrors);
});

const versionOf = (result: StoredResult) => (result as StoredResult & { engineVersion?: string }).engineVersion;

test('a server update mid-run is recorded per answer, warned about, and the run resumes after a reload', async ({
  page,
  context,
}) => {
  const proxy = await startFaultyServer({ fingerprint: 'fp-old' }, { delayMs: 15 });
  await startEndpointRun(page, proxy.url);
  await expect.poll(async () => (await readStore(page)).results.length, { timeout: 60_000 }).toBeGreaterThan(40);
  proxy.faults.fingerprint = 'fp-new';
  const warning = 'The server now reports version "fp-new"; this run started with "fp-old"';
  await expect(page.getByTestId('run-warning')).toContainText(warning, { timeout: 60_000 });
  await expect
    .poll(async () => (await readStore(page)).results.filter((result) => versionOf(result) === 'fp-new').length, {
      timeout: 60_000,
    })
    .toBeGreaterThan(0);
  await page.close();

  // A new tab loads the engine again: its probe now reports fp-new, which used to make the run un-resumable.
  const reopened = await context.newPage();
  await reopened.goto('./#/run');
  await reopened.getByRole('region', { name: 'Unfinished runs' }).getByRole('button', { name: 'Resume' }).click();
  await expect(reopened.getByTestId('run-warning')).toContainText(warning);
  await expect(status(reopened)).toHaveText('Finished.', { timeout: 180_000 });

  const { runs, results } = await readStore(reopened);
  const run = onlyRun(runs);
  expect(run.engine.version).toBe('fp-old');
  expectEveryPlannedItemOnce(results, run);
  const old = results.filter((result) => versionOf(result) === 'fp-old').length;
  const updated = results.filter((result) => versionOf(result) === 'fp-new').length;
  expect(old).toBeGreaterThan(40);
  expect(updated).toBeGreaterThan(0);
  expect(old + updated).toBe(QUICK_LOOK_ITEMS);
});

test('a run with unanswered prompts says so, is not marked finished, and retrying them completes it', async ({
  page,
  context,
}) => {
  const kenya = (prompt: string) => prompt.includes('a person from Kenya.');
  const proxy = await startFaultyServer({ labelless: kenya });
  await startEndpointRun(page, proxy.url);
  await expect(status(page)).toContainText('Finished with 40 of 760 prompts unanswered', { timeout: 180_000 });
  await expect(status(page)).not.toHaveText('Finished.');
  await expect(page.getByTestId('unanswered-why')).toContainText('put no probability on any answer letter');
  const paused = await readStore(page);
  const run = onlyRun(paused.runs);
  expect(run.status).toBe('paused');
  expect(paused.results).toHaveLength(QUICK_LOOK_ITEMS - QUICK_LOOK_QUESTIONS);
  expect(paused.results.some((result) => result.countryId === 'KEN')).toBe(false);
  // Another tab's Run view lists it as unfinished, with the same reason and a Resume.
  const other = await context.newPage();
  await other.goto('./#/run');
  const unfinished = other.getByRole('region', { name: 'Unfinished runs' });
  await expect(unfinished).toContainText('Finished with 40 of 760 prompts unanswered');
  await expect(unfinished.getByRole('button', { name: 'Resume' })).toBeVisible();
  await other.close();

  proxy.faults.labelless = undefined;
  await page.getByRole('button', { name: 'Retry the 40 unanswered prompts' }).click();
  await expect(status(page)).toHaveText('Finished.', { timeout: 180_000 });
  const { runs, results } = await readStore(page);
  expect(onlyRun(runs).status).toBe('completed');
  expectEveryPlannedItemOnce(results, onlyRun(runs));
  // Only the unanswered were asked again: Kenya's 40 prompts twice, every other prompt once.
  expect(surveyPrompts(proxy).filter((entry) => kenya(entry.prompt))).toHaveLength(2 * QUICK_LOOK_QUESTIONS);
  expect(surveyPrompts(proxy)).toHaveLength(QUICK_LOOK_ITEMS + QUICK_LOOK_QUESTIONS);
});
