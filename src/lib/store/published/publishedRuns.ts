/**
 * The published model runs shipped with the app (public/data/published/, written by `npm run build:data`):
 * read-only examples anyone can open without a GPU and without IndexedDB.
 */
/** Relative to the dataset file (data/wvs7-dataset.json). */
export const PUBLISHED_FOLDER = 'published/';

export interface PublishedRunEntry {
  /** Run id inside the file; never the id of a run of one's own (those are UUIDs). */
  id: string;
  file: string;
  title: string;
}

export const CULTURE_AWARE_EXAMPLE_ID = 'example-culturespa-culture-aware';
export const CULTURE_UNAWARE_EXAMPLE_ID = 'example-culturespa-culture-unaware';

export const PUBLISHED_RUNS: readonly PublishedRunEntry[] = [
  {
    id: CULTURE_AWARE_EXAMPLE_ID,
    file: 'culturespa-culture-aware.json',
    title: 'Llama-3-8B-Instruct, culture-aware (18 country personas)',
  },
  {
    id: CULTURE_UNAWARE_EXAMPLE_ID,
    file: 'culturespa-culture-unaware.json',
    title: 'Llama-3-8B-Instruct, culture-unaware (no persona)',
  },
  {
    id: 'example-culturespa-self-alignment',
    file: 'culturespa-self-alignment.json',
    title: 'Llama-3-8B-Instruct, self-alignment (no persona, American examples)',
  },
  {
    id: 'example-culturespa-culture-aware-self-alignment',
    file: 'culturespa-culture-aware-self-alignment.json',
    title: 'Llama-3-8B-Instruct, culture-aware self-alignment (American persona)',
  },
  {
    id: 'example-culturespa-cross-culture-thinking',
    file: 'culturespa-cross-culture-thinking.json',
    title: 'Llama-3-8B-Instruct, cross-culture thinking with self-alignment (Canadian and American personas)',
  },
];

export function publishedRunEntry(runId: string): PublishedRunEntry | undefined {
  return PUBLISHED_RUNS.find((entry) => entry.id === runId);
}

/** What a published file says about where its answers come from, beside the run itself. */
export interface PublishedRunInfo {
  source: string;
  citation: string;
  decoding: string;
  /** Replies whose first number is not an answer code of the question: counted, not stored, never guessed. */
  unparseable: { questionId: string; countryId: string; reply: string }[];
}
