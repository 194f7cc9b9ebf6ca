/**
 * Where an endpoint's API key lives: this tab's sessionStorage by default (gone when the tab closes, but kept
 * across a reload so an interrupted run can resume), localStorage only when the user ticks "remember".
 */
const KEY = 'valueprobe.endpoint.apiKey';

export function readApiKey(): string {
  return sessionStorage.getItem(KEY) ?? localStorage.getItem(KEY) ?? '';
}

export function keepApiKey(apiKey: string, remember: boolean): void {
  sessionStorage.removeItem(KEY);
  localStorage.removeItem(KEY);
  if (apiKey === '') return;
  (remember ? localStorage : sessionStorage).setItem(KEY, apiKey);
}

export function isApiKeyRemembered(): boolean {
  return localStorage.getItem(KEY) !== null;
}
