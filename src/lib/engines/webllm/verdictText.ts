import { formatBytes } from './formatBytes';
import type { ModelVerdict } from './types';

/** One short sentence per verdict, for the model list. */
export function verdictText(verdict: ModelVerdict): string {
  switch (verdict.kind) {
    case 'runs-here':
      return 'Runs here';
    case 'needs-shader-f16':
      return verdict.alternative
        ? 'Needs shader-f16, which this GPU lacks: use the q4f32 build'
        : 'Needs shader-f16, which this GPU lacks';
    case 'too-large':
      return `Probably too large: needs ≈${formatBytes(verdict.needMB * 1e6)} of GPU memory, this device ≈${formatBytes(verdict.budgetMB * 1e6)}`;
    case 'not-enough-storage':
      return `Not enough storage: ≈${formatBytes(verdict.needBytes)} needed, ${formatBytes(verdict.freeBytes)} free`;
    case 'no-webgpu':
      return 'No WebGPU in this browser';
  }
}
