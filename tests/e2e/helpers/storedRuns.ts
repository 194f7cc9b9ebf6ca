import type { Page } from '@playwright/test';

/** A stored answer as the page's IndexedDB holds it (only the fields the tests check). */
export interface StoredResult {
  runId: string;
  itemKey: string;
  questionId: string;
  countryId: string;
  order: string;
  probs: number[];
  method: string;
  allowedMass: number;
  samples?: number;
}

export interface StoredRun {
  id: string;
  status: string;
  totalItems: number;
  doneItems: number;
  pauseReason?: string;
}

/** Reads runs and results straight from the page's IndexedDB, bypassing the app's code. */
export async function readStore(page: Page): Promise<{ runs: StoredRun[]; results: StoredResult[] }> {
  return page.evaluate(
    () =>
      new Promise<{ runs: StoredRun[]; results: StoredResult[] }>((resolve, reject) => {
        const request = indexedDB.open('valueprobe');
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(['runs', 'results'], 'readonly');
          const runs = transaction.objectStore('runs').getAll();
          const results = transaction.objectStore('results').getAll();
          transaction.oncomplete = () => {
            db.close();
            resolve({ runs: runs.result as StoredRun[], results: results.result as StoredResult[] });
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        };
      }),
  );
}
