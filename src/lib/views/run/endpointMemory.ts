/**
 * What the Run view remembers of an endpoint between visits. The URL and model name are not secret and stay in
 * localStorage. The API key stays in this tab's sessionStorage by default (gone when the tab closes, but kept
 * across a reload so an interrupted run can resume), and in localStorage only when the user ticks "remember".
 */
const API_KEY = 'valueprobe.endpoint.apiKey';
const BASE_URL = 'valueprobe.endpoint.baseUrl';
const MODEL = 'valueprobe.endpoint.model';

export const DEFAULT_BASE_URL = 'http://localhost:11434/v1';

export function readApiKey(): string {
  return sessionStorage.getItem(API_KEY) ?? localStorage.getItem(API_KEY) ?? '';
}

export function isApiKeyRemembered(): boolean {
  return localStorage.getItem(API_KEY) !== null;
}

export function rememberedEndpoint(): { baseUrl: string; model: string } {
  return { baseUrl: localStorage.getItem(BASE_URL) ?? DEFAULT_BASE_URL, model: localStorage.getItem(MODEL) ?? '' };
}

export function rememberEndpoint(
  endpoint: { baseUrl: string; model: string; apiKey: string },
  rememberKey: boolean,
): void {
  localStorage.setItem(BASE_URL, endpoint.baseUrl);
  localStorage.setItem(MODEL, endpoint.model);
  sessionStorage.removeItem(API_KEY);
  localStorage.removeItem(API_KEY);
  if (endpoint.apiKey === '') return;
  (rememberKey ? localStorage : sessionStorage).setItem(API_KEY, endpoint.apiKey);
}
