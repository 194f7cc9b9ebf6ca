import { describe, expect, it } from 'vitest';
import { softwareAdapterName } from './softwareAdapter';

describe('softwareAdapterName', () => {
  it("names Chrome's SwiftShader from its vendor and architecture, or its description", () => {
    expect(softwareAdapterName({ vendor: 'google', architecture: 'swiftshader' })).toBe('SwiftShader');
    expect(softwareAdapterName({ description: 'SwiftShader Device (Subzero)' })).toBe('SwiftShader');
  });

  it('names the other CPU renderers', () => {
    expect(softwareAdapterName({ vendor: 'mesa', device: 'llvmpipe (LLVM 15.0.6, 256 bits)' })).toBe('llvmpipe');
    expect(softwareAdapterName({ description: 'Microsoft Basic Render Driver' })).toBe(
      'Microsoft Basic Render Driver (WARP)',
    );
    expect(softwareAdapterName({ description: 'Some Software Rasterizer' })).toBe('a software renderer');
  });

  it("trusts the browser's fallback flag when the names say nothing", () => {
    expect(softwareAdapterName({ vendor: '', isFallbackAdapter: true })).toBe('a fallback (software) adapter');
  });

  it('leaves hardware GPUs alone, including names that merely contain the letters', () => {
    expect(
      softwareAdapterName({ vendor: 'nvidia', architecture: 'ampere', description: 'NVIDIA GeForce RTX 3060' }),
    ).toBeNull();
    expect(softwareAdapterName({ vendor: 'apple', architecture: 'metal-3', isFallbackAdapter: false })).toBeNull();
    expect(softwareAdapterName({ vendor: 'intel', description: 'Intel(R) UHD Graphics (Warpath)' })).toBeNull();
    expect(softwareAdapterName({})).toBeNull();
  });
});
