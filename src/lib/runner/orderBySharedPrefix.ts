import type { ScoringJob } from './groupIntoJobs';

/**
 * Puts jobs whose prompts start alike next to each other: a persona's system message names the country,
 * so jobs are grouped by country (in order of first appearance, each group in its original order). Sent
 * together, they hit the server's prefix cache (vLLM, llama.cpp) instead of evicting each other.
 */
export function orderBySharedPrefix(jobs: readonly ScoringJob[]): ScoringJob[] {
  const groups = new Map<string | null, ScoringJob[]>();
  for (const job of jobs) {
    const group = groups.get(job.countryId);
    if (group) group.push(job);
    else groups.set(job.countryId, [job]);
  }
  return [...groups.values()].flat();
}
