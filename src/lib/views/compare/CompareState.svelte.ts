import type { CatalogEntry } from '../../engines/webllm/types';
import type { RunRecord } from '../../store';
import { findRun } from '../../store/published/runsAnywhere';
import { builtInReference, loadDataset, pageDatasetUrl } from '../../survey';
import type { Dataset, HumanReference } from '../../survey/types';
import type { RunDifferences } from '../../metrics/runDifferences';
import type { RunAnalysis } from '../results/analyseRun';
import { appDatabase } from '../../store/appDatabase';
import type { MetricsClient } from '../results/MetricsClient';
import { storedRunVersion } from '../results/analyseStoredRuns';
import { FULL_RESAMPLES } from '../results/RunAnalysisState.svelte';

/** One compared run: its record, analysis and catalog model (null for endpoints and baselines). */
export interface ComparedRun {
  run: RunRecord;
  label: string;
  analysis: RunAnalysis;
  model: CatalogEntry | null;
}

/**
 * Loads several runs and analyses them in the metrics workers: a fast pass for all (no intervals),
 * then the full one. Runs missing from this browser are listed in `missing`, not fatal.
 */
export class CompareState {
  dataset: Dataset | null = $state.raw(null);
  reference: HumanReference | null = $state.raw(null);
  runs: ComparedRun[] = $state.raw([]);
  missing: string[] = $state.raw([]);
  /** Each later run minus the first, paired two-way intervals; computed after the precise pass. */
  differences: RunDifferences[] = $state.raw([]);
  precise = $state(false);
  loading = $state(false);
  error = $state('');

  #client: MetricsClient;
  #generation = 0;

  constructor(client: MetricsClient) {
    this.#client = client;
  }

  /** `reference`: the human answers every run is compared with; the built-in ones when null. */
  async load(runIds: readonly string[], chosenReference: HumanReference | null = null): Promise<void> {
    const generation = ++this.#generation;
    const current = () => generation === this.#generation;
    this.loading = true;
    this.error = '';
    this.precise = false;
    this.differences = [];
    try {
      const [dataset, db, catalog] = await Promise.all([
        loadDataset(),
        appDatabase(),
        import('../../engines/webllm/catalog'),
      ]);
      const reference = chosenReference ?? builtInReference(dataset);
      const sources = { db, catalog: dataset, datasetUrl: pageDatasetUrl() };
      const records = await Promise.all(runIds.map((id) => findRun(sources, id)));
      const found = records.filter((run): run is RunRecord => run !== undefined);
      if (!current()) return;
      this.dataset = dataset;
      this.reference = reference;
      this.missing = runIds.filter((_id, index) => records[index] === undefined);
      // The workers read the runs' answers themselves: only ids and versions cross to them.
      const runs = found.map(storedRunVersion);
      for (const resamples of [0, FULL_RESAMPLES]) {
        const analyses = await this.#client.analyseStoredRuns({
          datasetUrl: pageDatasetUrl(),
          referenceId: reference.id,
          runs,
          resamples,
        });
        if (!current()) return;
        this.runs = found.map((run, index) => ({
          run,
          label: run.name || run.engine.modelId,
          analysis: analyses[index]!,
          model: run.engine.kind === 'webllm' ? (catalog.findModel(run.engine.modelId) ?? null) : null,
        }));
        this.loading = false;
      }
      this.precise = true;
      const differences = await this.#client.storedRunDifferences({
        datasetUrl: pageDatasetUrl(),
        referenceId: reference.id,
        runs,
        resamples: FULL_RESAMPLES,
      });
      if (current()) this.differences = differences;
    } catch (error) {
      if (current()) this.error = error instanceof Error ? error.message : String(error);
    } finally {
      if (current()) this.loading = false;
    }
  }
}
