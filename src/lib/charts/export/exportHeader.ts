/** The WVS citation every exported figure carries (the terms of the data require it; see README). */
export const wvsCitation =
  'Haerpfer, C., Inglehart, R., Moreno, A., Welzel, C., Kizilova, K., Diez-Medrano J., M. Lagos, P. Norris, E. Ponarin & B. Puranen (eds.). 2022. World Values Survey: Round Seven – Country-Pooled Datafile Version 6.0. doi:10.14281/18241.24';

export interface ExportHeader {
  title: string;
  subtitle: string;
  source: string;
}

/**
 * The text an exported figure carries besides the chart: its title, a subtitle saying what it shows
 * (`context`: run or model, human reference) and when it was exported, and the source line.
 */
export function exportHeader(title: string, context: string, exportedAt: Date): ExportHeader {
  const date = exportedAt.toISOString().slice(0, 10);
  return {
    title,
    subtitle: [context.trim(), `exported ${date}`].filter(Boolean).join(' · '),
    source: `Made with ValueProbe. Human answers: ${wvsCitation}`,
  };
}
