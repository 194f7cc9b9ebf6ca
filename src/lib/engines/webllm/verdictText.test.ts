import { describe, expect, it } from 'vitest';
import { verdictText } from './verdictText';

describe('verdictText', () => {
  it('describes each verdict in one sentence', () => {
    expect(verdictText({ kind: 'runs-here' })).toBe('Runs here');
    expect(verdictText({ kind: 'no-webgpu' })).toBe('No WebGPU in this browser');
    expect(verdictText({ kind: 'needs-shader-f16', alternative: 'X-q4f32_1-MLC' })).toBe(
      'Needs shader-f16, which this GPU lacks: use the q4f32 build',
    );
    expect(verdictText({ kind: 'needs-shader-f16', alternative: null })).toBe('Needs shader-f16, which this GPU lacks');
    // 5000 MB → 5.0e9 B → "5 GB"; 4096 MB → 4.1e9 B → "4.1 GB"
    expect(verdictText({ kind: 'too-large', needMB: 5000, budgetMB: 4096 })).toBe(
      'Probably too large: needs ≈5 GB of GPU memory, this device ≈4.1 GB',
    );
    expect(verdictText({ kind: 'not-enough-storage', needBytes: 625e6, freeBytes: 5e8 })).toBe(
      'Not enough storage: ≈630 MB needed, 500 MB free',
    );
  });
});
