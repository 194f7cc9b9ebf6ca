import { isObject } from '../../validate/fields';
import { DEFAULT_ENDPOINT_SETTINGS } from '../../engines/openai';

/**
 * What the Run view remembers of endpoints between visits. The URL, model name, timeout and parallel requests
 * are not secret and stay in localStorage. API keys are bound to the exact origin (scheme, host, port) they
 * were entered for and are only ever handed out for that origin: a run whose URL points elsewhere (an
 * imported file, say) never gets them. A key stays in this tab's sessionStorage by default (gone when the
 * tab closes, kept across a reload), and in localStorage only when the user ticks "remember".
 */
const KEYS_BY_ORIGIN = 'valueprobe.endpoint.apiKeys';
/** Before keys were bound to origins one key was kept for whatever endpoint was used; it is dropped unread. */
const UNBOUND_KEY = 'valueprobe.endpoint.apiKey';
const TRUSTED_ORIGINS = 'valueprobe.endpoint.trustedOrigins';
const BASE_URL = 'valueprobe.endpoint.baseUrl';
const MODEL = 'valueprobe.endpoint.model';
const TIMEOUT_SECONDS = 'valueprobe.endpoint.timeoutSeconds';
const CONCURRENCY = 'valueprobe.endpoint.concurrency';

export const DEFAULT_BASE_URL = 'http://localhost:11434/v1';

export interface RememberedEndpoint {
  baseUrl: string;
  model: string;
  timeoutSeconds: number;
  concurrency: number;
}

/** The origin requests to `url` go to, or null if it is not an http(s) URL. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

function readRecord(storage: Storage, name: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(storage.getItem(name) ?? '{}');
    if (!isObject(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

function writeKey(storage: Storage, origin: string, apiKey: string | null): void {
  const { [origin]: _old, ...others } = readRecord(storage, KEYS_BY_ORIGIN);
  storage.setItem(KEYS_BY_ORIGIN, JSON.stringify(apiKey === null ? others : { ...others, [origin]: apiKey }));
}

/** The key entered for exactly this URL's origin; '' when none (or the URL is not http(s)). */
export function apiKeyFor(url: string): string {
  sessionStorage.removeItem(UNBOUND_KEY);
  localStorage.removeItem(UNBOUND_KEY);
  const origin = originOf(url);
  if (origin === null) return '';
  return readRecord(sessionStorage, KEYS_BY_ORIGIN)[origin] ?? readRecord(localStorage, KEYS_BY_ORIGIN)[origin] ?? '';
}

export function isApiKeyRemembered(url: string): boolean {
  const origin = originOf(url);
  return origin !== null && readRecord(localStorage, KEYS_BY_ORIGIN)[origin] !== undefined;
}

/** Binds `apiKey` to the URL's origin ('' forgets it), in localStorage when `remember`, else in this tab. */
export function bindApiKey(url: string, apiKey: string, remember: boolean): void {
  const origin = originOf(url);
  if (origin === null) return;
  writeKey(sessionStorage, origin, null);
  writeKey(localStorage, origin, null);
  if (apiKey.trim() !== '') writeKey(remember ? localStorage : sessionStorage, origin, apiKey.trim());
}

/** Origins the user typed into the endpoint form or confirmed; other origins are confirmed before any request. */
export function isTrustedOrigin(url: string): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins().includes(origin);
}

export function trustOrigin(url: string): void {
  const origin = originOf(url);
  if (origin === null || trustedOrigins().includes(origin)) return;
  localStorage.setItem(TRUSTED_ORIGINS, JSON.stringify([...trustedOrigins(), origin]));
}

function trustedOrigins(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(TRUSTED_ORIGINS) ?? '[]');
    return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : [];
  } catch {
    return [];
  }
}

function readWholeNumber(name: string, fallback: number): number {
  const value = Number(localStorage.getItem(name));
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export function rememberedEndpoint(): RememberedEndpoint {
  return {
    baseUrl: localStorage.getItem(BASE_URL) ?? DEFAULT_BASE_URL,
    model: localStorage.getItem(MODEL) ?? '',
    timeoutSeconds: readWholeNumber(TIMEOUT_SECONDS, DEFAULT_ENDPOINT_SETTINGS.timeoutMs / 1000),
    concurrency: readWholeNumber(CONCURRENCY, DEFAULT_ENDPOINT_SETTINGS.concurrency),
  };
}

/** Called when the user starts a run with the endpoint form: its origin becomes trusted and gets the key. */
export function rememberEndpoint(endpoint: RememberedEndpoint & { apiKey: string }, rememberKey: boolean): void {
  localStorage.setItem(BASE_URL, endpoint.baseUrl);
  localStorage.setItem(MODEL, endpoint.model);
  localStorage.setItem(TIMEOUT_SECONDS, String(endpoint.timeoutSeconds));
  localStorage.setItem(CONCURRENCY, String(endpoint.concurrency));
  trustOrigin(endpoint.baseUrl);
  bindApiKey(endpoint.baseUrl, endpoint.apiKey, rememberKey);
}
