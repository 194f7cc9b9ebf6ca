import type { Country, CountryId, Dataset, Question, QuestionId } from './types.ts';

/** The question with this id; throws when the dataset has none, since ids come from the dataset itself. */
export function questionById(dataset: Dataset, id: QuestionId): Question {
  const question = dataset.questions.find((q) => q.id === id);
  if (question === undefined) throw new Error(`Question "${id}" is not in dataset ${dataset.datasetVersion}.`);
  return question;
}

export function countryById(dataset: Dataset, id: CountryId): Country {
  const country = dataset.countries.find((c) => c.id === id);
  if (country === undefined) throw new Error(`Country "${id}" is not in dataset ${dataset.datasetVersion}.`);
  return country;
}

/** The default question set: everything not flagged as postmaterialist or knowledge. */
export function valueQuestions(dataset: Dataset): Question[] {
  return dataset.questions.filter((question) => question.flags.length === 0);
}
