/**
 * In-browser models through WebLLM. WebLLM itself is only ever loaded inside webllm.worker.ts.
 * The engine class lives in './client' and is meant to be imported lazily (`await import(...)`),
 * so that pages which never run a model do not carry it.
 */
export type { CatalogEntry, DeviceCapabilities, LadderId, ModelVerdict } from './types';
export { catalog, catalogWebllmVersion, findModel, groupByFamily, type FamilyGroup } from './catalog';
export { defaultModelId, verdictFor, vramBudgetMB } from './capability';
export { deviceCapabilities } from './deviceCapabilities';
export { detectBrowser, webGpuGuidance, type WebGpuGuidance } from './browserGuidance';
export { explainWebllmError, WebllmError, type WebllmErrorKind, type WebllmProblem } from './errors';
export { LADDERS, PAPER_FAMILIES } from './ladders';
export {
  browserModelCache,
  deleteFromModelCache,
  readModelCacheInventory,
  type CachedModel,
} from './modelCacheInventory';
