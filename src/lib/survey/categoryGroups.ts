import type { Category, CategoryGroup } from './types.ts';

/**
 * The 12 WorldValuesBench value categories (names exactly as in its question metadata) plus the
 * Postmaterialist section, each placed in one of the two groups of arXiv 2412.08846.
 */
export const CATEGORIES: readonly Category[] = [
  { id: 'social-values', name: 'Social Values, Norms, Stereotypes', group: 'socio-cultural-norms' },
  { id: 'happiness-wellbeing', name: 'Happiness and Wellbeing', group: 'socio-cultural-norms' },
  {
    id: 'social-capital-trust',
    name: 'Social Capital, Trust and Organizational Membership',
    group: 'socio-cultural-norms',
  },
  { id: 'religious-values', name: 'Religious Values', group: 'socio-cultural-norms' },
  { id: 'ethical-values', name: 'Ethical Values', group: 'socio-cultural-norms' },
  { id: 'migration', name: 'Perceptions of Migration', group: 'socio-cultural-norms' },
  { id: 'security', name: 'Perceptions of Security', group: 'socio-cultural-norms' },
  { id: 'economic-values', name: 'Economic Values', group: 'social-systems-progress' },
  { id: 'corruption', name: 'Perceptions of Corruption', group: 'social-systems-progress' },
  { id: 'science-technology', name: 'Perceptions about Science and Technology', group: 'social-systems-progress' },
  {
    id: 'political-interest-participation',
    name: 'Political Interest and Political Participation',
    group: 'social-systems-progress',
  },
  {
    id: 'political-culture-regimes',
    name: 'Political Culture and Political Regimes',
    group: 'social-systems-progress',
  },
  { id: 'postmaterialist-index', name: 'Postmaterialist Index', group: 'not-scored' },
];

export const CATEGORY_GROUP_NAMES: Readonly<Record<CategoryGroup, string>> = {
  'socio-cultural-norms': 'Socio-cultural norms',
  'social-systems-progress': 'Social systems and progress',
  'not-scored': 'Not scored',
};

/** Shown on the About page next to the mapping, so readers can judge it. */
export const CATEGORY_GROUP_RATIONALE =
  'The paper (arXiv 2412.08846) reports results in two groups without listing which WorldValuesBench category ' +
  'falls where, so ValueProbe places them by what the questions ask about. Socio-cultural norms: how people ' +
  'live together and what they hold right (social values, norms and stereotypes; happiness and wellbeing; social ' +
  'capital and trust; religious values; ethical values; migration; security). Social systems and progress: how ' +
  'a society is run and where it is heading (economic values; corruption; science and technology; political ' +
  'interest and participation; political culture and regimes). The Postmaterialist items (Q152–Q157) are choices ' +
  'between national aims, not positions on a scale, so they are kept but not scored.';
