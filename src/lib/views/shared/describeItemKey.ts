import type { Dataset } from '../../survey/types';

/**
 * An item key ("Q164|DEU|original", see store/itemKey) in words a person recognises: "Q164 (Importance of God),
 * Germany (DEU), original order". Ids the dataset does not know are shown as they are.
 */
export function describeItemKey(key: string, dataset: Pick<Dataset, 'questions' | 'countries'>): string {
  const [questionId = '', countryId = '', order] = key.split('|');
  const question = dataset.questions.find((candidate) => candidate.id === questionId);
  const country = dataset.countries.find((candidate) => candidate.id === countryId);
  const questionPart = question ? `${questionId} (${question.label})` : questionId;
  const countryPart = country ? `${country.name} (${countryId})` : countryId;
  return [questionPart, countryPart, order ? `${order} order` : ''].filter(Boolean).join(', ');
}
