import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';

/** A stored record's key in the page's IndexedDB: a run or reference id, or [runId, itemKey] for an answer. */
export type StoreKey = string | [string, string];

/**
 * Changes one stored record behind the app's back, as a damaged disk, another version or another tab would:
 * `patch` fields are merged into the record as stored, or the record is deleted when `patch` is null (for a run,
 * with its answers, like an older ValueProbe deleting it without asking the runner).
 */
export async function editStoredRecord(
  page: Page,
  storeName: 'runs' | 'results' | 'references',
  key: StoreKey,
  patch: Record<string, unknown> | null,
): Promise<void> {
  await page.evaluate(
    ({ storeName, key, patch }) =>
      new Promise<void>((resolve, reject) => {
        // The app's database name (store/schema.ts DATABASE_NAME), opened at its current version.
        const request = indexedDB.open('valueprobe');
        request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const transaction = db.transaction(['runs', 'results', 'references'], 'readwrite');
          const store = transaction.objectStore(storeName);
          if (patch === null) {
            store.delete(key);
            if (storeName === 'runs') {
              const results = transaction.objectStore('results');
              const keys = results.index('by-run').getAllKeys(key);
              keys.onsuccess = () => keys.result.forEach((resultKey) => results.delete(resultKey));
            }
          } else {
            const read = store.get(key);
            read.onsuccess = () => {
              if (read.result === undefined) return reject(new Error(`no ${storeName} record ${String(key)}`));
              store.put({ ...(read.result as Record<string, unknown>), ...patch });
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        };
      }),
    { storeName, key, patch },
  );
}

/** Clicks something that downloads a file and returns the file's text. */
export async function downloadedText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync(await download.path(), 'utf8');
}

/** Every record of one object store of the page's IndexedDB, as stored. */
export async function readStoredRecords(page: Page, storeName: 'runs' | 'results' | 'references'): Promise<unknown[]> {
  return page.evaluate(
    (storeName) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open('valueprobe');
        request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(storeName).objectStore(storeName).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result);
          };
          all.onerror = () => reject(all.error ?? new Error('IndexedDB read failed'));
        };
      }),
    storeName,
  );
}
