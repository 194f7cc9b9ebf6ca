import type { ValueProbeDb } from './schema';
import type { SettingValue } from './types';
import { guardQuota } from './errors';

/** Settings are free-form JSON values; each caller validates the one it reads. */
export async function getSetting(db: ValueProbeDb, key: string): Promise<unknown> {
  return db.get('settings', key);
}

export async function setSetting(db: ValueProbeDb, key: string, value: SettingValue): Promise<void> {
  await guardQuota(db.put('settings', value, key));
}

export async function deleteSetting(db: ValueProbeDb, key: string): Promise<void> {
  await db.delete('settings', key);
}
