import { probeDevice } from './probeDevice';
import type { DeviceCapabilities } from './types';

let probe: Promise<DeviceCapabilities> | undefined;

/** The device probe, run once per page; `refresh` re-reads it (e.g. storage after a download or delete). */
export function deviceCapabilities(refresh = false): Promise<DeviceCapabilities> {
  if (!probe || refresh) probe = probeDevice();
  return probe;
}
