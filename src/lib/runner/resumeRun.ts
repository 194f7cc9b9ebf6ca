import type { Engine } from '../engines/types';
import type { RunnerContext } from './executeRun';
import { RunController, type RunControllerCallbacks } from './RunController';

/**
 * Continues a stored run (after a pause or a reload) from where it stopped: the plan minus what is
 * stored. Returns the controller so the caller can pause or cancel; `done` settles with the outcome.
 */
export function resumeRun(
  runId: string,
  engine: Engine,
  context: RunnerContext,
  callbacks: RunControllerCallbacks = {},
): { controller: RunController; done: ReturnType<RunController['start']> } {
  const controller = new RunController(runId, engine, context, callbacks);
  return { controller, done: controller.start() };
}
