import type { LockManagerLike } from '../withRunLock';

/** Holds named locks in memory with the Web Locks `ifAvailable` semantics (null lock when taken). */
export class InMemoryLocks implements LockManagerLike {
  readonly held = new Set<string>();
  async request<T>(name: string, _options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T> {
    if (this.held.has(name)) return callback(null);
    this.held.add(name);
    try {
      return await callback({ name });
    } finally {
      this.held.delete(name);
    }
  }
}
