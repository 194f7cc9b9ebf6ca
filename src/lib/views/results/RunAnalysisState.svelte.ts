import {
  getRun,
  readRunResults,
  resultRecordOf,
  type DamagedRecord,
  type ParsedRunExport,
  type ResultRecord,
  type RunRecord,
} from '../../store';
import { builtInReference, loadDataset, pageDatasetUrl } from '../../survey';
import { loadPublishedRun } from '../../store/published/loadPublishedRun';
import { publishedRunEntry, type PublishedRunInfo } from '../../store/published/publishedRuns';
import type { PromptTemplateInfo } from '../../store/exchange/runExportFile';
import type { Dataset, HumanReference } from '../../survey/types';
import type { RunAnalysis } from '../analysis/analyseRun';
import { appDatabase } from '../../store/appDatabase';
import { FULL_RESAMPLES } from '../analysis/fullResamples';
import { MetricsClient } from '../analysis/MetricsClient';

type PublishedSource = { info: PublishedRunInfo; promptTemplate: PromptTemplateInfo };
type ReadRun = {
  run: RunRecord;
  results: ResultRecord[];
  /** Stored answers this version cannot read: left out of the figures and exports, named to the user. */
  damaged: DamagedRecord[];
  published: PublishedSource | null;
};

/**
 * One run's data and analysis for a view: loads the dataset, the run and its answers, then asks the
 * metrics worker for a fast pass (no intervals) and the full one (1000 resamples). `precise` tells
 * the view whether intervals are final. A later `load` supersedes an earlier one.
 */
export class RunAnalysisState {
  dataset: Dataset | null = $state.raw(null);
  reference: HumanReference | null = $state.raw(null);
  run: RunRecord | null = $state.raw(null);
  results: ResultRecord[] = $state.raw([]);
  damaged: DamagedRecord[] = $state.raw([]);
  /** Set for a published example run (read-only, fetched from the site): where its answers come from. */
  published: PublishedSource | null = $state.raw(null);
  analysis: RunAnalysis | null = $state.raw(null);
  precise = $state(false);
  loading = $state(false);
  error = $state('');

  #client: MetricsClient;
  #withBaselines: boolean;
  #generation = 0;

  constructor(client: MetricsClient, withBaselines: boolean) {
    this.#client = client;
    this.#withBaselines = withBaselines;
  }

  /**
   * `reference`: the human answers to compare with; the built-in ones when null. `allowedMassThreshold`: answers
   * below it are left out of the figures and counted.
   */
  async load(runId: string, reference: HumanReference | null = null, allowedMassThreshold?: number): Promise<void> {
    await this.#analyse(reference, allowedMassThreshold, (dataset) => readRun(runId, dataset));
  }

  /** Analyses a run that is not stored (one carried by a link), already validated. */
  async show(
    shared: ParsedRunExport,
    reference: HumanReference | null = null,
    allowedMassThreshold?: number,
  ): Promise<void> {
    const results = shared.items.map((item) => resultRecordOf(item, shared.run.id));
    await this.#analyse(reference, allowedMassThreshold, async () => ({
      run: shared.run,
      results,
      damaged: [],
      published: null,
    }));
  }

  async #analyse(
    reference: HumanReference | null,
    allowedMassThreshold: number | undefined,
    read: (dataset: Dataset) => Promise<ReadRun>,
  ): Promise<void> {
    const generation = ++this.#generation;
    const current = () => generation === this.#generation;
    this.loading = true;
    this.error = '';
    this.analysis = null;
    this.precise = false;
    try {
      const dataset = await loadDataset();
      const { run, results, damaged, published } = await read(dataset);
      if (!current()) return;
      const comparedWith = reference ?? builtInReference(dataset);
      Object.assign(this, { dataset, reference: comparedWith, run, results, damaged, published });
      const input = {
        dataset,
        reference: comparedWith,
        items: results,
        withBaselines: this.#withBaselines,
        allowedMassThreshold,
      };
      const quick = await this.#client.analyse({ ...input, resamples: 0 });
      if (!current()) return;
      this.analysis = quick;
      this.loading = false;
      const full = await this.#client.analyse({ ...input, resamples: FULL_RESAMPLES });
      if (!current()) return;
      this.analysis = full;
      this.precise = true;
    } catch (error) {
      if (!current()) return;
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (current()) this.loading = false;
    }
  }
}

/** A published example comes from the site, never from IndexedDB; a run of one's own from IndexedDB. */
async function readRun(runId: string, dataset: Dataset): Promise<ReadRun> {
  if (publishedRunEntry(runId) !== undefined) {
    const example = await loadPublishedRun(runId, dataset, pageDatasetUrl());
    return {
      run: example.run,
      results: example.results,
      damaged: [],
      published: { info: example.info, promptTemplate: example.promptTemplate },
    };
  }
  const db = await appDatabase();
  const run = await getRun(db, runId);
  if (!run)
    throw new Error(
      `No run with id "${runId}" in this browser. Import its file (Manage → Runs) or pick a run from the list.`,
    );
  const { valid, damaged } = await readRunResults(db, runId);
  return { run, results: valid, damaged, published: null };
}
