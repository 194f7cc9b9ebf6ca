import { appendResults } from '../runs';
import type { ValueProbeDb } from '../schema';
import type { PublishedRun } from './loadPublishedRun';

/**
 * Stores a published run as a run of one's own (renamable, deletable, exportable like any other), under a new
 * id, in one transaction. Returns the new id.
 */
export async function copyPublishedRun(
  db: ValueProbeDb,
  published: Pick<PublishedRun, 'run' | 'results'>,
  now: Date = new Date(),
  newId: () => string = () => crypto.randomUUID(),
): Promise<string> {
  const id = newId();
  const at = now.toISOString();
  const run = { ...published.run, id, name: `${published.run.name} (copy)`, createdAt: at, updatedAt: at };
  await appendResults(
    db,
    run,
    published.results.map((result) => ({ ...result, runId: id })),
  );
  return id;
}
