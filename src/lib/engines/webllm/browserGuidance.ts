import type { BrowserKind } from './types';

/** Just enough user-agent reading to give the right WebGPU advice; not used for anything else. */
export function detectBrowser(userAgent: string): BrowserKind {
  if (/Firefox\//.test(userAgent)) return 'firefox';
  if (/Chrome\/|Chromium\/|Edg\//.test(userAgent))
    return /Linux/.test(userAgent) && !/Android/.test(userAgent) ? 'chrome-linux' : 'chromium';
  if (/Safari\//.test(userAgent)) return 'safari';
  return 'other';
}

export interface WebGpuGuidance {
  /** What to do in this browser to get WebGPU. */
  steps: string[];
  /** How to go on without WebGPU. */
  alternatives: string[];
}

const ALTERNATIVES = [
  'Use a model on your own computer through a local OpenAI-compatible endpoint (Ollama, llama.cpp server, LM Studio, vLLM).',
  'Look at the baselines (uniform answers, world average, one country for all) and the human data, which need no model.',
];

const STEPS: Record<BrowserKind, string[]> = {
  chromium: [
    'Update Chrome or Edge to the latest version (WebGPU is on by default since version 113).',
    'If it is still missing, open chrome://gpu and check "WebGPU"; make sure hardware acceleration is on in the browser settings.',
  ],
  'chrome-linux': [
    'On Linux, Chrome does not enable WebGPU by default: start it with --enable-unsafe-webgpu --enable-features=Vulkan (or turn on chrome://flags/#enable-unsafe-webgpu and #enable-vulkan).',
    'Check chrome://gpu afterwards: "WebGPU: Hardware accelerated" means it worked.',
  ],
  safari: ['Update to Safari 26 or later (macOS 26 / iOS 26), where WebGPU is on by default.'],
  firefox: [
    'Firefox ships WebGPU on Windows (version 141+); elsewhere use Firefox Nightly or set dom.webgpu.enabled to true in about:config.',
  ],
  other: ['Use a current Chrome, Edge or Safari 26+, which support WebGPU.'],
};

export function webGpuGuidance(browser: BrowserKind): WebGpuGuidance {
  return { steps: STEPS[browser], alternatives: ALTERNATIVES };
}
