/** What a WebGPU adapter says about itself (GPUAdapterInfo, plus the older adapter-level fallback flag). */
export interface AdapterIdentity {
  vendor?: string;
  architecture?: string;
  device?: string;
  description?: string;
  /** GPUAdapterInfo.isFallbackAdapter (or the older GPUAdapter.isFallbackAdapter): the browser's own answer. */
  isFallbackAdapter?: boolean;
}

/**
 * Renderers that run WebGPU shaders on the CPU: Chrome's SwiftShader, Mesa's llvmpipe and lavapipe, Windows' WARP
 * ("Microsoft Basic Render Driver"). Chrome reports SwiftShader as vendor "google", architecture "swiftshader".
 */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|lavapipe|softpipe|basic render driver|\bwarp\b|\bsoftware\b/i;

/** The software renderer's name for display, e.g. "SwiftShader"; null for a hardware GPU. */
export function softwareAdapterName(identity: AdapterIdentity): string | null {
  const text = [identity.vendor, identity.architecture, identity.device, identity.description]
    .filter(Boolean)
    .join(' ');
  const match = SOFTWARE_RENDERERS.exec(text);
  if (match) return RENDERER_NAMES[match[0].toLowerCase()] ?? match[0];
  return identity.isFallbackAdapter === true ? 'a fallback (software) adapter' : null;
}

const RENDERER_NAMES: Record<string, string> = {
  swiftshader: 'SwiftShader',
  llvmpipe: 'llvmpipe',
  lavapipe: 'lavapipe',
  softpipe: 'softpipe',
  'basic render driver': 'Microsoft Basic Render Driver (WARP)',
  warp: 'WARP',
  software: 'a software renderer',
};
