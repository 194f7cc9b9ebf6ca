import { cultureSpaReplyCode, oneHotOnCode, readCultureSpaEntries } from '../cultureSpaReply';
import { countryResolver, type AnswerProblem, type Catalog, type ImportedAnswer } from './answerSource';

export interface NamedText {
  name: string;
  text: string;
}

/** `wvs_result_culture_aware_USA_0.json` → "USA": CultureSPA names each persona's file by its country. */
const COUNTRY_IN_NAME = /_([A-Za-z]{3})_\d+\.json$/;

/**
 * Reads CultureSPA result files (one per country persona, the country in the file name). Replies that name no
 * answer code are counted, never guessed; anything else unusable is a problem with its entry number.
 */
export function parseCultureSpaFiles(
  files: readonly NamedText[],
  catalog: Catalog,
): { answers: ImportedAnswer[]; problems: AnswerProblem[]; unparseable: number } {
  const answers: ImportedAnswer[] = [];
  const problems: AnswerProblem[] = [];
  const resolveCountry = countryResolver(catalog);
  const codesOf = new Map(catalog.questions.map((q) => [q.id, q.options.map((option) => option.code)]));
  const seen = new Set<string>();
  let unparseable = 0;
  for (const { name, text } of files) {
    const problem = (line: number, message: string) => problems.push({ file: name, line, message });
    const countryId = resolveCountry(COUNTRY_IN_NAME.exec(name)?.[1] ?? '');
    if (countryId === undefined) {
      problem(1, 'the file name must end with the persona country\'s ISO3 code, e.g. "…_USA_0.json"');
      continue;
    }
    let entries;
    try {
      entries = readCultureSpaEntries(JSON.parse(text));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problem(Number(/entry (\d+)/.exec(message)?.[1] ?? 1), message);
      continue;
    }
    for (const [index, { questionId, reply }] of entries.entries()) {
      const codes = codesOf.get(questionId);
      const key = `${questionId}|${countryId}`;
      if (codes === undefined) problem(index + 1, `unknown question "${questionId}"`);
      else if (seen.has(key)) problem(index + 1, `a second answer for ${questionId} in ${countryId}`);
      else {
        seen.add(key);
        const code = cultureSpaReplyCode(reply, codes);
        if (code === null) unparseable++;
        else answers.push({ questionId, countryId, probs: oneHotOnCode(code, codes), samples: 1 });
      }
    }
  }
  return { answers, problems, unparseable };
}
