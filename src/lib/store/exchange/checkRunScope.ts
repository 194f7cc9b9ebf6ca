import type { Dataset } from '../../survey/types';
import type { RunRecord } from '../types';
import { InvalidInputError } from '../../validate/fields';

/**
 * Checks an imported run's scope against the dataset like its items: not empty, every id known, none listed twice.
 * An unknown id gives a run that can never finish; a repeated one plans items twice, so the run claims completion
 * with fewer answers than it planned.
 */
export function checkRunScope(run: RunRecord, catalog: Pick<Dataset, 'questions' | 'countries'>): void {
  const where = `run "${run.id}" scope`;
  const lists = [
    { kind: 'question', ids: run.scope.questionIds, known: new Set(catalog.questions.map((question) => question.id)) },
    { kind: 'country', ids: run.scope.countryIds, known: new Set(catalog.countries.map((country) => country.id)) },
  ];
  for (const { kind, ids, known } of lists) {
    if (ids.length === 0)
      throw new InvalidInputError(`${where}: it lists no ${kind === 'country' ? 'countries' : 'questions'}`);
    const seen = new Set<string>();
    for (const id of ids) {
      if (!known.has(id)) {
        throw new InvalidInputError(
          `${where}: unknown ${kind} id "${id}"; the file may come from another dataset version`,
        );
      }
      if (seen.has(id)) throw new InvalidInputError(`${where}: ${kind} "${id}" is listed twice`);
      seen.add(id);
    }
  }
}
