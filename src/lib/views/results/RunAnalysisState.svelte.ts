import { getRun, itemKey, listResults, type ParsedRunExport, type ResultRecord, type RunRecord } from '../../store';
import { builtInReference, loadDataset } from '../../survey';
import type { Dataset, HumanReference } from '../../survey/types';
import type { RunAnalysis } from './analyseRun';
import { appDatabase } from '../../store/appDatabase';
import { MetricsClient } from './MetricsClient';

/** Bootstrap resamples of the full pass; the first pass skips the bootstrap so figures appear at once. */
export const FULL_RESAMPLES = 1000;

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

  /** `reference`: the human answers to compare with; the built-in ones when null. */
  async load(runId: string, reference: HumanReference | null = null): Promise<void> {
    await this.#analyse(reference, async () => {
      const run = await getRun(await appDatabase(), runId);
      if (!run)
        throw new Error(
          `No run with id "${runId}" in this browser. Import its file (Manage → Runs) or pick a run from the list.`,
        );
      return { run, results: await listResults(await appDatabase(), runId) };
    });
  }

  /** Analyses a run that is not stored (one carried by a link), already validated. */
  async show(shared: ParsedRunExport, reference: HumanReference | null = null): Promise<void> {
    const results = shared.items.map((item): ResultRecord => ({
      ...item,
      runId: shared.run.id,
      itemKey: itemKey(item.questionId, item.countryId, item.order),
    }));
    await this.#analyse(reference, async () => ({ run: shared.run, results }));
  }

  async #analyse(
    reference: HumanReference | null,
    read: () => Promise<{ run: RunRecord; results: ResultRecord[] }>,
  ): Promise<void> {
    const generation = ++this.#generation;
    const current = () => generation === this.#generation;
    this.loading = true;
    this.error = '';
    this.analysis = null;
    this.precise = false;
    try {
      const dataset = await loadDataset();
      const { run, results } = await read();
      if (!current()) return;
      const comparedWith = reference ?? builtInReference(dataset);
      Object.assign(this, { dataset, reference: comparedWith, run, results });
      const input = { dataset, reference: comparedWith, items: results, withBaselines: this.#withBaselines };
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
