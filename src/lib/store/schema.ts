import type { DBSchema, IDBPDatabase } from 'idb';
import type { ResultRecord, RunRecord, StoredReference } from './types';

/** WebLLM keeps its caches in databases named `webllm/*`; ours must not collide with them. */
export const DATABASE_NAME = 'valueprobe';

export interface ValueProbeSchema extends DBSchema {
  runs: { key: string; value: RunRecord };
  results: { key: [string, string]; value: ResultRecord; indexes: { 'by-run': string } };
  references: { key: string; value: StoredReference };
}

export type ValueProbeDb = IDBPDatabase<ValueProbeSchema>;
