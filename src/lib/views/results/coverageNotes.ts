import type { Coverage } from '../../metrics';

/** One count under the headline, phrased as what it is, with a visible sentence when the count alone could mislead. */
export interface CoverageNote {
  key: 'undefined-questions' | 'undefined-countries' | 'not-asked' | 'no-human-data';
  label: string;
  value: number;
  /** Shown under the count when it is not 0; null when the label says it all. */
  note: string | null;
}

/**
 * The counts of what was not compared, worded so that none reads as a failure it is not: on a finished run, pairs
 * without a model answer are the survey's pairs outside the run's scope; on an unfinished one they may also be
 * pairs still to ask.
 */
export function coverageNotes(coverage: Coverage, runFinished: boolean): CoverageNote[] {
  const notes: CoverageNote[] = [
    {
      key: 'undefined-questions',
      label: 'Questions without a per-question r',
      value: coverage.questionsWithUndefinedPearson,
      note: 'People answer them alike in every compared country, or fewer than 3 countries were compared: there is nothing to correlate.',
    },
    {
      key: 'undefined-countries',
      label: 'Countries without a per-country r',
      value: coverage.countriesWithUndefinedPearson,
      note: 'Too few of their questions were compared to correlate.',
    },
    {
      key: 'not-asked',
      label: runFinished ? 'Survey pairs outside this run' : 'Survey pairs not asked (yet)',
      value: coverage.pairsWithoutModelAnswer,
      note: runFinished
        ? 'Question × country pairs with people’s answers that this run did not include (its scope is a choice of questions and countries): not compared, not failures.'
        : 'Question × country pairs with people’s answers that this run has not asked yet or does not include.',
    },
    {
      key: 'no-human-data',
      label: 'Answers without people’s data',
      value: coverage.pairsWithoutReference,
      note: 'The model answered, but the human reference has no answers for that question in that country: nothing to compare with.',
    },
  ];
  return notes.map((entry) => (entry.value === 0 ? { ...entry, note: null } : entry));
}
