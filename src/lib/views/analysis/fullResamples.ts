/**
 * Bootstrap resamples of a full analysis, the same for Results, Compare and exported summaries; a first pass
 * skips the bootstrap so figures appear at once.
 */
export const FULL_RESAMPLES = 1000;
