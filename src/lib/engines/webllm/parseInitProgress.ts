import type { LoadProgress } from '../types';

/**
 * Overall progress is split by phase: fetching or reading weights fills the first 90 %, compiling
 * GPU shaders the rest (shader compilation takes seconds to a minute, downloads minutes).
 */
const WEIGHTS_SHARE = 0.9;
const MiB = 1024 * 1024;

/** "Fetching param cache[3/20]: 120MB fetched. 15% completed, ..." and "Loading model from cache[..]: 80MB loaded. 40% ..." */
const WEIGHTS_TEXT =
  /^(Fetching param cache|Loading model from cache)\[\d+\/\d+\]: (\d+)MB (?:fetched|loaded)\. (\d+)% completed/;
const SHADERS_TEXT = /^Loading GPU shader modules\[\d+\/\d+\]/;
const DONE_TEXT = /^Finish loading/;

/**
 * Turns WebLLM's InitProgressReport (0.2.86 texts, see tvmjs fetchTensorCache and engine.reload) into
 * ValueProbe's LoadProgress. Unknown texts (WebLLM changes them) keep the last phase and WebLLM's fraction.
 */
export function parseInitProgress(report: { progress: number; text: string }, previous?: LoadProgress): LoadProgress {
  const fraction = clamp01(report.progress);
  if (DONE_TEXT.test(report.text)) return { phase: 'ready', fraction: 1, text: report.text };
  if (SHADERS_TEXT.test(report.text))
    return { phase: 'compiling', fraction: WEIGHTS_SHARE + (1 - WEIGHTS_SHARE) * fraction, text: report.text };

  const weights = WEIGHTS_TEXT.exec(report.text);
  if (weights) {
    const loadedBytes = Number(weights[2]) * MiB;
    const percent = Number(weights[3]);
    return {
      phase: weights[1] === 'Fetching param cache' ? 'downloading' : 'from-cache',
      fraction: WEIGHTS_SHARE * fraction,
      loadedBytes,
      // WebLLM reports MB rounded up and whole percent, so the total is approximate; omitted at 0 %.
      ...(percent > 0 ? { totalBytes: Math.round((loadedBytes * 100) / percent) } : {}),
      text: report.text,
    };
  }
  return { phase: previous?.phase ?? 'downloading', fraction: previous?.fraction ?? 0, text: report.text };
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
