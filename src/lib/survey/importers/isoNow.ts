/** The current time as an ISO 8601 string (kept out of .svelte.ts files, where Date would look like reactive state). */
export const isoNow = (): string => new Date().toISOString();
