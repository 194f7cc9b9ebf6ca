import { catalog } from '../../engines/webllm/catalog';
import { groupCachedFiles } from '../../engines/webllm/groupCachedFiles';
import { readCachedFiles } from '../../engines/webllm/readModelCache';

/** The catalog models whose files are in this browser's WebLLM cache; none when the cache cannot be read. */
export async function cachedModelIds(): Promise<ReadonlySet<string>> {
  try {
    return new Set(groupCachedFiles(await readCachedFiles(), catalog).flatMap((group) => group.modelIds));
  } catch {
    return new Set();
  }
}
