import type { Distribution, Question, QuestionId } from '../survey/types';

/**
 * How each IVS item of the Inglehart–Welzel projection is computed from WVS-7 answer distributions, in the
 * projection's coding (raw WVS codes):
 * - mean items: the expected WVS code over the on-scale options (Q254 code 5 "not a citizen" is off scale).
 * - y002 post-materialism (Q154 first aim, Q155 second aim): 1 materialist (both aims in {1,3}), 3 post-materialist
 *   (both in {2,4}), 2 mixed. Only each choice's marginal distribution is known, so the two choices are taken as
 *   independent: E = 1·a₁a₂ + 3·b₁b₂ + 2·(1 − a₁a₂ − b₁b₂), a = P(aim ∈ {1,3}), b = 1 − a.
 * - y003 autonomy: Tao et al.'s scoring (Tapestry iw_score.py) on the raw codes 1 = mentioned, 2 = not:
 *   (Q15 faith + Q17 obedience) − (Q8 independence + Q14 determination). With E[code] = 2 − P(mentioned) this is
 *   P(independence) + P(determination) − P(faith) − P(obedience): high = autonomy, matching the item's positive
 *   loading on RC2 (traditional → secular) and the IVS Y003 coding (range −2 … 2, −2 = obedience/faith).
 *   Note it is NOT (faith + obedience) − (independence + determination) on 1/0 mention indicators: that flips the sign.
 */
type ItemRecipe =
  | { kind: 'mean'; question: QuestionId }
  | { kind: 'postmaterialism'; first: QuestionId; second: QuestionId }
  | { kind: 'autonomy'; autonomy: [QuestionId, QuestionId]; tradition: [QuestionId, QuestionId] };

const RECIPES: Record<string, ItemRecipe> = {
  a008: { kind: 'mean', question: 'Q46' },
  a165: { kind: 'mean', question: 'Q57' },
  e018: { kind: 'mean', question: 'Q45' },
  e025: { kind: 'mean', question: 'Q209' },
  f063: { kind: 'mean', question: 'Q164' },
  f118: { kind: 'mean', question: 'Q182' },
  f120: { kind: 'mean', question: 'Q184' },
  g006: { kind: 'mean', question: 'Q254' },
  y002: { kind: 'postmaterialism', first: 'Q154', second: 'Q155' },
  y003: { kind: 'autonomy', autonomy: ['Q8', 'Q14'], tradition: ['Q15', 'Q17'] },
};

const MATERIALIST_AIMS = new Set([1, 3]);
const POSTMATERIALIST_AIMS = new Set([2, 4]);
const MENTIONED = 1;
const NOT_MENTIONED = 2;

/** A question's answers for one country, or undefined when there are none. */
export type DistributionLookup = (questionId: QuestionId) => Distribution | undefined;

export type IwRawVector = { vector: number[]; missing: [] } | { vector: null; missing: string[] };

/**
 * The raw item vector of one respondent group (a country's humans or the model answering as that country),
 * in `items` order. When an item cannot be computed the vector is null and `missing` lists the items with their
 * WVS questions, e.g. "y002 (Q154, Q155)", so the user sees what to run.
 */
export function iwRawVector(
  items: readonly string[],
  questions: ReadonlyMap<QuestionId, Question>,
  distributionOf: DistributionLookup,
): IwRawVector {
  const vector: number[] = [];
  const missing: string[] = [];
  for (const item of items) {
    const recipe = RECIPES[item];
    const value =
      recipe === undefined ? null : computeItem(recipe, (id) => codeShares(questions.get(id), distributionOf(id)));
    if (value === null)
      missing.push(`${item} (${recipe === undefined ? 'no WVS-7 mapping' : questionsOf(recipe).join(', ')})`);
    else vector.push(value);
  }
  return missing.length === 0 ? { vector, missing: [] } : { vector: null, missing };
}

/** Probability per WVS code over the on-scale options, renormalised over them; null without such mass. */
type CodeShares = Map<number, number> | null;

function computeItem(recipe: ItemRecipe, sharesOf: (id: QuestionId) => CodeShares): number | null {
  switch (recipe.kind) {
    case 'mean': {
      const shares = sharesOf(recipe.question);
      if (shares === null) return null;
      let total = 0;
      for (const [code, share] of shares) total += code * share;
      return total;
    }
    case 'postmaterialism': {
      const first = sharesOf(recipe.first);
      const second = sharesOf(recipe.second);
      if (first === null || second === null) return null;
      const materialist = shareOf(first, MATERIALIST_AIMS) * shareOf(second, MATERIALIST_AIMS);
      const postmaterialist = shareOf(first, POSTMATERIALIST_AIMS) * shareOf(second, POSTMATERIALIST_AIMS);
      return 1 * materialist + 3 * postmaterialist + 2 * (1 - materialist - postmaterialist);
    }
    case 'autonomy': {
      const codes = [...recipe.tradition, ...recipe.autonomy].map((id) => expectedMentionCode(sharesOf(id)));
      const [faith, obedience, independence, determination] = codes;
      if (faith == null || obedience == null || independence == null || determination == null) return null;
      return faith + obedience - (independence + determination);
    }
  }
}

function questionsOf(recipe: ItemRecipe): QuestionId[] {
  switch (recipe.kind) {
    case 'mean':
      return [recipe.question];
    case 'postmaterialism':
      return [recipe.first, recipe.second];
    case 'autonomy':
      return [recipe.autonomy[0], recipe.autonomy[1], recipe.tradition[0], recipe.tradition[1]];
  }
}

function codeShares(question: Question | undefined, distribution: Distribution | undefined): CodeShares {
  if (question === undefined || distribution === undefined) return null;
  const shares = new Map<number, number>();
  let mass = 0;
  question.options.forEach((option, index) => {
    // Nominal questions (Q154/Q155) have no scale to fall off: every option counts.
    if (option.value === null && question.scaleType !== 'nominal') return;
    const p = distribution[index] ?? 0;
    shares.set(option.code, (shares.get(option.code) ?? 0) + p);
    mass += p;
  });
  if (!(mass > 0)) return null;
  for (const [code, share] of shares) shares.set(code, share / mass);
  return shares;
}

function shareOf(shares: Map<number, number>, codes: ReadonlySet<number>): number {
  let total = 0;
  for (const [code, share] of shares) if (codes.has(code)) total += share;
  return total;
}

/** E[code] on the 1 = mentioned / 2 = not mentioned coding, over those two codes only. */
function expectedMentionCode(shares: CodeShares): number | null {
  if (shares === null) return null;
  const mentioned = shares.get(MENTIONED) ?? 0;
  const notMentioned = shares.get(NOT_MENTIONED) ?? 0;
  const mass = mentioned + notMentioned;
  return mass > 0 ? (MENTIONED * mentioned + NOT_MENTIONED * notMentioned) / mass : null;
}
