import type { Dataset, Distribution } from '../../survey/types';
import type { ResultItem } from '../types';
import { parseRunExport, RunImportError, type ParsedRunExport } from './parseRunExport';
import type { RunExportFile } from './runExportFile';

/**
 * Longest encoded run payload a link may carry, in characters. Chrome, Edge and Firefox keep URLs of 1–2 million
 * characters and Safari well over 64 K; e-mail and WhatsApp (65,536 characters per message) keep such a link whole.
 * Apps with shorter messages cut it (Slack 40,000, Discord 2,000): there, share the run file. With the rounding of
 * linkItem a Quick look run (40 questions × 19 countries, 760 answers) fits; larger runs are offered as files instead.
 */
export const MAX_RUN_LINK_CHARS = 64_000;
/**
 * A link carries each probability as a whole number of millionths (full precision took twice the characters: one
 * Quick look run filled most of a link). Every figure is printed to 2 or 3 decimals, so the figures a link opens
 * on are the ones of the run it was copied from.
 */
export const LINK_GRID = 1_000_000;
/** Largest decompressed payload accepted from a link: far above what MAX_RUN_LINK_CHARS can honestly hold. */
const MAX_DECODED_BYTES = 8_000_000;
const FORMAT = 'deflate-raw';

type LinkedRun = RunExportFile<Record<string, never>>;

/**
 * The distribution on the link grid, still summing to 1: the distribution is normalised, each share rounded down
 * to whole millionths, and the millionths left over go to the shares that lost the most (largest remainder).
 */
export function toLinkGrid(probs: Distribution): Distribution {
  const total = probs.reduce((sum, p) => sum + p, 0);
  const shares = probs.map((p) => {
    const scaled = (p / total) * LINK_GRID;
    return { units: Math.floor(scaled), remainder: scaled - Math.floor(scaled) };
  });
  const leftOver = LINK_GRID - shares.reduce((sum, share) => sum + share.units, 0);
  [...shares]
    .sort((a, b) => b.remainder - a.remainder)
    .slice(0, leftOver)
    .forEach((share) => (share.units += 1));
  return shares.map((share) => share.units / LINK_GRID) as readonly number[] as Distribution;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text))
    throw new RunImportError('The link is damaged: it has characters a run link never has.');
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new RunImportError(`The link unpacks to more than ${limit} bytes; a run link is never that large.`);
    }
    chunks.push(value);
  }
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.length;
  }
  return joined;
}

function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  return new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
}

/**
 * An answer as a link carries it: probabilities on the link grid, allowed mass in millionths and the time taken to
 * 0.1 ms. Full doubles (17 digits, most of them noise) would push a Quick look past the limit.
 */
function linkItem(item: ResultItem): ResultItem {
  return {
    ...item,
    probs: toLinkGrid(item.probs),
    allowedMass: Math.round(item.allowedMass * LINK_GRID) / LINK_GRID,
    ms: Math.round(item.ms * 10) / 10,
  };
}

/**
 * The runs as a link payload (compact JSON, probabilities on the link grid, deflate-raw, base64url), or null when it
 * would be longer than MAX_RUN_LINK_CHARS. The summaries are left out: the app recomputes them from the items.
 */
export async function encodeRunLink(runs: readonly RunExportFile<unknown>[]): Promise<string | null> {
  const linked: LinkedRun[] = runs.map((run) => ({ ...run, items: run.items.map(linkItem), summary: {} }));
  const json = new TextEncoder().encode(JSON.stringify(linked));
  const compressed = await readAll(transform(json, new CompressionStream(FORMAT)), Number.POSITIVE_INFINITY);
  const encoded = toBase64Url(compressed);
  return encoded.length > MAX_RUN_LINK_CHARS ? null : encoded;
}

/**
 * Reads a link payload: untrusted input, so it is size-limited before and after decompression and every run goes
 * through the same validation as an imported file. Rejects with a RunImportError a person can act on.
 */
export async function decodeRunLink(
  payload: string,
  catalog: Pick<Dataset, 'questions' | 'countries'>,
): Promise<ParsedRunExport[]> {
  if (payload.length > MAX_RUN_LINK_CHARS) {
    throw new RunImportError(
      `The link carries ${payload.length} characters of runs, more than the ${MAX_RUN_LINK_CHARS} a run link may hold. Ask for the run file instead.`,
    );
  }
  let text: string;
  try {
    const bytes = await readAll(transform(fromBase64Url(payload), new DecompressionStream(FORMAT)), MAX_DECODED_BYTES);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof RunImportError) throw error;
    throw new RunImportError(
      'The link is damaged or cut off (was it shortened by a chat app?). Ask for the run file instead.',
    );
  }
  let files: unknown;
  try {
    files = JSON.parse(text);
  } catch {
    throw new RunImportError('The link is damaged: its runs are not readable. Ask for the run file instead.');
  }
  if (!Array.isArray(files) || files.length === 0) {
    throw new RunImportError('The link carries no runs. Ask for the run file instead.');
  }
  return files.map((file) => parseRunExport(JSON.stringify(file), catalog));
}
