import type { CatalogEntry } from '../../engines/webllm/types';
import { decodeRunLink, type ParsedRunExport, type RunRecord } from '../../store';
import { findRun } from '../../store/published/runsAnywhere';
import { builtInReference, loadDataset, pageDatasetUrl } from '../../survey';
import type { Dataset, HumanReference } from '../../survey/types';
import type { RunDifferences } from '../../metrics/runDifferences';
import type { BaselineSummary, RunAnalysis } from '../analysis/analyseRun';
import { appDatabase } from '../../store/appDatabase';
import type { MetricsClient } from '../analysis/MetricsClient';
import { storedRunVersion } from '../analysis/analyseStoredRuns';
import { FULL_RESAMPLES } from '../analysis/fullResamples';
import { runDisplayNames } from '../shared/runDisplayNames';

/** One compared run: its record, analysis and catalog model (null for endpoints and baselines). */
export interface ComparedRun {
  run: RunRecord;
  label: string;
  analysis: RunAnalysis;
  model: CatalogEntry | null;
}

/**
 * Loads several runs and analyses them in the metrics workers: a fast pass for all (no intervals),
 * then the full one. Runs missing from this browser are listed in `missing`, not fatal. Runs carried by a link
 * (`linked`, validated, not stored) are sent to a worker with their answers and come after the stored ones.
 */
export class CompareState {
  dataset: Dataset | null = $state.raw(null);
  reference: HumanReference | null = $state.raw(null);
  runs: ComparedRun[] = $state.raw([]);
  /** The three baselines over the first run's items, so runs (the examples too) are read against them. */
  baselines: BaselineSummary[] = $state.raw([]);
  missing: string[] = $state.raw([]);
  /** The runs the page's link carries (not stored in this browser). */
  linked: ParsedRunExport[] = $state.raw([]);
  /** Each later run minus the first, paired two-way intervals; computed after the precise pass. */
  differences: RunDifferences[] = $state.raw([]);
  precise = $state(false);
  loading = $state(false);
  error = $state('');

  #client: MetricsClient;
  #generation = 0;
  #linkPayload = '';

  constructor(client: MetricsClient) {
    this.#client = client;
  }

  /**
   * The runs a Compare link carries (`payload`, see store/exchange/runLink) beside `runIds` it names; a damaged
   * link is an error a person can act on.
   */
  async loadLink(payload: string, runIds: readonly string[], chosenReference: HumanReference | null): Promise<void> {
    if (payload !== this.#linkPayload) {
      this.loading = true;
      try {
        this.linked = await decodeRunLink(payload, await loadDataset());
        this.#linkPayload = payload;
      } catch (error) {
        this.error = `This link's runs cannot be shown: ${error instanceof Error ? error.message : String(error)}`;
        this.loading = false;
        return;
      }
    }
    await this.load(runIds, chosenReference, this.linked);
  }

  /** `reference`: the human answers every run is compared with; the built-in ones when null. */
  async load(
    runIds: readonly string[],
    chosenReference: HumanReference | null = null,
    linked: readonly ParsedRunExport[] = [],
  ): Promise<void> {
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
      // The workers read the stored runs' answers themselves: only ids and versions cross to them.
      const runs = found.map(storedRunVersion);
      const all = [...found, ...linked.map(({ run }) => run)];
      const names = runDisplayNames(all);
      for (const resamples of [0, FULL_RESAMPLES]) {
        const analyses = [
          ...(runs.length === 0
            ? []
            : await this.#client.analyseStoredRuns({
                datasetUrl: pageDatasetUrl(),
                referenceId: reference.id,
                runs,
                resamples,
                baselinesFor: found[0]?.id,
              })),
          ...(await Promise.all(
            linked.map(({ items }) =>
              this.#client.analyse({ dataset, reference, items, resamples, withBaselines: false, rows: false }),
            ),
          )),
        ];
        if (!current()) return;
        this.runs = all.map((run, index) => ({
          run,
          label: names.get(run.id) ?? run.name,
          analysis: analyses[index]!,
          model: run.engine.kind === 'webllm' ? (catalog.findModel(run.engine.modelId) ?? null) : null,
        }));
        this.baselines = analyses[0]?.baselines ?? [];
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
