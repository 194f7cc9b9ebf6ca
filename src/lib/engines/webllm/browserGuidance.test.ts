import { describe, expect, it } from 'vitest';
import { detectBrowser, webGpuGuidance } from './browserGuidance';

const UA = {
  chromeLinux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36 Edg/140.0.0.0',
  safari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Safari/605.1.15',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0',
};

describe('detectBrowser', () => {
  it('tells Linux desktop Chrome apart from other Chromium browsers', () => {
    expect(detectBrowser(UA.chromeLinux)).toBe('chrome-linux');
    expect(detectBrowser(UA.chromeAndroid)).toBe('chromium');
    expect(detectBrowser(UA.edgeWindows)).toBe('chromium');
  });

  it('recognises Safari and Firefox, and falls back to other for empty or unknown agents', () => {
    expect(detectBrowser(UA.safari)).toBe('safari');
    expect(detectBrowser(UA.firefox)).toBe('firefox');
    expect(detectBrowser('')).toBe('other');
    expect(detectBrowser('curl/8.0')).toBe('other');
  });
});

describe('webGpuGuidance', () => {
  it('gives the Linux Chrome flags and both ways to go on without WebGPU', () => {
    const guidance = webGpuGuidance('chrome-linux');
    expect(guidance.steps.join(' ')).toContain('--enable-unsafe-webgpu');
    expect(guidance.steps.join(' ')).toContain('Vulkan');
    expect(guidance.alternatives).toHaveLength(2);
    expect(guidance.alternatives[0]).toContain('OpenAI-compatible endpoint');
    expect(guidance.alternatives[1]).toContain('baselines');
  });

  it('points Safari users to version 26 and Firefox users to Nightly or the flag', () => {
    expect(webGpuGuidance('safari').steps[0]).toContain('Safari 26');
    expect(webGpuGuidance('firefox').steps[0]).toContain('dom.webgpu.enabled');
  });
});
