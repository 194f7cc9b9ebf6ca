import type { Citation } from '../../src/lib/survey/types.ts';

const NO_LICENCE =
  'The repository states no licence, so by default all rights are reserved; ValueProbe uses the published aggregates for non-commercial research and teaching, with this citation and the WVS citation.';

/** Every source behind the dataset, with its terms as ../shared/data/PROVENANCE.md records them. */
export const CITATIONS: readonly Citation[] = [
  {
    id: 'wvs7',
    text: 'Haerpfer, C., Inglehart, R., Moreno, A., Welzel, C., Kizilova, K., Diez-Medrano J., M. Lagos, P. Norris, E. Ponarin & B. Puranen (eds.). 2022. World Values Survey: Round Seven – Country-Pooled Datafile Version 6.0. Madrid, Spain & Vienna, Austria: JD Systems Institute & WVSA Secretariat. doi:10.14281/18241.24',
    terms:
      'WVS data licence: non-profit use only; cite the data in every publication and send the citation to the WVS Association; do not redistribute the data files. ValueProbe ships no microdata, only country-level aggregates and question texts published by the research projects below.',
    url: 'https://doi.org/10.14281/18241.24',
  },
  {
    id: 'culturespa',
    text: 'Shaoyang Xu, Yongqi Leng, Linhao Yu, Deyi Xiong. Self-Pluralising Culture Alignment for Large Language Models. arXiv:2410.12971 (NAACL 2025). Per-country answer shares and question texts (built-in reference: 19 countries, unweighted).',
    terms: NO_LICENCE,
    url: 'https://arxiv.org/abs/2410.12971',
  },
  {
    id: 'worldvaluesbench',
    text: 'Wenlong Zhao, Debanjan Mondal, Niket Tandon, Danica Dillion, Kurt Gray, Yuling Gu. 2024. WorldValuesBench. LREC-COLING 2024, pp. 17696–17706. Codebook labels, question categories and answer adjustments.',
    terms: `${NO_LICENCE} The codebook is derived from the public WVS-7 codebook.`,
    url: null,
  },
  {
    id: 'trustbench',
    text: 'TrustBench (baihuiw/trustbench): weighted WVS-7 country means for social trust (Q57–Q63) and confidence in institutions (Q64–Q89), 66 countries. Its Q292 items (v6.0 module on politicians and government) are left out because they are not in the question bank.',
    terms: NO_LICENCE,
    url: null,
  },
  {
    id: 'ramezani-xu-2023',
    text: 'Aida Ramezani, Yang Xu. 2023. Knowledge of cultural moral norms in large language models. ACL 2023. Unweighted justifiability means (Q177–Q195), 55 countries, WVS-7 data file v2.0.',
    terms: NO_LICENCE,
    url: null,
  },
  {
    id: 'tao2024',
    text: 'Yan Tao, Olga Viberg, Ryan S. Baker, René F. Kizilcec. 2024. Cultural bias and cultural alignment of large language models. PNAS Nexus. Inglehart–Welzel projection parameters, country coordinates and cultural zones, via Project Tapestry (The-AI-Alliance/tapestry).',
    terms:
      "Data under CDLA-Permissive-2.0 (Project Tapestry); the licence text ships with the app. Tao et al.'s underlying material keeps its own terms. Coordinates come from integrated EVS+WVS data.",
    url: null,
  },
  {
    id: 'world-atlas',
    text: 'world-atlas 2.0.2 (Mike Bostock), TopoJSON from Natural Earth 1:50m admin-0 countries.',
    terms: 'world-atlas: ISC licence. Natural Earth: public domain.',
    url: 'https://www.naturalearthdata.com/',
  },
];
