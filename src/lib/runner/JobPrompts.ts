import { buildPrompt } from '../prompt/buildPrompt';
import type { Prompt } from '../prompt/types';
import type { RunRecord } from '../store/types';
import type { Country, Dataset, Question } from '../survey/types';
import type { ScoringJob } from './groupIntoJobs';

/** Builds each job's prompt from the dataset, with id lookups prepared once per run. */
export class JobPrompts {
  readonly #questions: Map<string, Question>;
  readonly #countries: Map<string, Country>;

  constructor(dataset: Pick<Dataset, 'questions' | 'countries'>) {
    this.#questions = new Map(dataset.questions.map((question) => [question.id, question]));
    this.#countries = new Map(dataset.countries.map((country) => [country.id, country]));
  }

  /** Fails with a message naming the id the dataset lacks (a run made with another dataset version). */
  build(job: ScoringJob, run: RunRecord): Prompt {
    const question = this.#questions.get(job.questionId);
    if (!question)
      throw new Error(`question ${job.questionId} is not in this dataset; the run needs dataset ${run.datasetVersion}`);
    const country = job.countryId === null ? null : this.#countries.get(job.countryId);
    if (country === undefined)
      throw new Error(`country ${job.countryId} is not in this dataset; the run needs dataset ${run.datasetVersion}`);
    return buildPrompt(question, country, run.promptSettings, job.order);
  }
}
