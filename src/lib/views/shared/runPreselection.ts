import type { BaselineKind } from '../../engines/baselines';
import type { EngineDescriptor } from '../../engines/types';
import type { CategoryId, Dataset } from '../../survey/types';

/** The engine tabs and scope presets a link can name (a subset of EngineChooser's and ScopeChooser's). */
export type LinkedEngineTab = 'webllm' | 'openai-endpoint' | 'baseline';
export type LinkedPreset = 'quick-look' | 'category' | 'all' | 'cultural-map';

/**
 * What a link into the Run view preselects, e.g. `#/run?engine=baseline&baseline=uniform&scope=quick-look` from a
 * figure that needs a Quick look, or `scope=category&topic=religious-values`. Unknown values are ignored: the view
 * then keeps its own default.
 */
export interface RunPreselection {
  tab?: LinkedEngineTab;
  baseline?: BaselineKind;
  presetKind?: LinkedPreset;
  category?: CategoryId;
}

const TABS: Record<string, LinkedEngineTab> = { webllm: 'webllm', endpoint: 'openai-endpoint', baseline: 'baseline' };
const BASELINES: readonly BaselineKind[] = ['uniform', 'world-average', 'country'];
const PRESETS: readonly LinkedPreset[] = ['quick-look', 'category', 'all', 'cultural-map'];

export function runPreselection(params: URLSearchParams, dataset: Pick<Dataset, 'categories'>): RunPreselection {
  const chosen: RunPreselection = {};
  const tab = TABS[params.get('engine') ?? ''];
  if (tab) chosen.tab = tab;
  const baseline = BASELINES.find((kind) => kind === params.get('baseline'));
  if (baseline) chosen.baseline = baseline;
  const preset = PRESETS.find((kind) => kind === params.get('scope'));
  const topic = dataset.categories.find(
    (category) => category.id === params.get('topic') && category.group !== 'not-scored',
  );
  if (preset === 'category') {
    if (topic) Object.assign(chosen, { presetKind: preset, category: topic.id });
  } else if (preset) chosen.presetKind = preset;
  return chosen;
}

/** The link that opens the Run view with these choices made. */
export function runLink(choice: {
  engine?: 'webllm' | 'endpoint' | 'baseline';
  baseline?: BaselineKind | undefined;
  scope?: LinkedPreset;
  topic?: CategoryId | undefined;
}): string {
  const params = new URLSearchParams();
  if (choice.engine) params.set('engine', choice.engine);
  if (choice.baseline) params.set('baseline', choice.baseline);
  if (choice.scope) params.set('scope', choice.scope);
  if (choice.topic) params.set('topic', choice.topic);
  const query = params.toString();
  return `#/run${query ? `?${query}` : ''}`;
}

/** The link that runs `scope` with the engine of an existing run (baselines keep their kind); imported runs name none. */
export function runLinkFor(
  engine: Pick<EngineDescriptor, 'kind' | 'settings'>,
  scope: LinkedPreset,
  topic?: CategoryId,
): string {
  const baseline = BASELINES.find((kind) => kind === engine.settings.baseline);
  switch (engine.kind) {
    case 'webllm':
      return runLink({ engine: 'webllm', scope, topic });
    case 'openai-endpoint':
      return runLink({ engine: 'endpoint', scope, topic });
    case 'baseline':
      return runLink({ engine: 'baseline', baseline, scope, topic });
    case 'imported':
      return runLink({ scope, topic });
  }
}
