/** Raw source files as parsed JSON/CSV text, before any interpretation (see ../shared/data/PROVENANCE.md). */

export interface CodebookEntry {
  question: string;
  choices: Record<string, string>;
}

export interface MetadataEntry {
  category: string;
}

export interface CultureSpaQuestion {
  Q_id: string;
  question: string;
  option_lst: string[];
}

/** ISO3 → question id → WVS code → share of the full country sample. */
export type CultureSpaShares = Record<string, Record<string, Record<string, number>>>;

/** Question id → WVS code → new value ("" = off the scale). */
export type AnswerAdjustments = Record<string, Record<string, string>>;

export interface IwProjectionFile {
  items: string[];
  center: number[];
  scale: number[];
  weights: [number, number][];
  rc1: [number, number];
  rc2: [number, number];
  groundtruth: Record<string, [number, number]>;
}

export type CsvRow = Record<string, string | undefined>;

export interface Sources {
  codebook: Record<string, CodebookEntry>;
  metadata: Record<string, MetadataEntry>;
  cultureSpaQuestions: CultureSpaQuestion[];
  cultureSpaShares: CultureSpaShares;
  adjustments: AnswerAdjustments;
  countriesCsv: CsvRow[];
  s003Csv: CsvRow[];
  iwCoords: Record<string, [number, number]>;
  iwProjection: IwProjectionFile;
  trustBenchCsv: CsvRow[];
  ramezaniCsv: CsvRow[];
  /** world-atlas countries-50m geometry ids. */
  atlasIds: Set<string>;
}
