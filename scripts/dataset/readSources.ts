import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3';
import type { Sources } from './sources.ts';

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${(error as Error).message}. Check SHARED_DATA_DIR points at shared/data.`, {
      cause: error,
    });
  }
}

function readCsv(path: string): Sources['countriesCsv'] {
  return csvParse(readFileSync(path, 'utf8'));
}

interface TopologyWithIds {
  objects: { countries: { geometries: { id?: string }[] } };
}

/** Reads every source file; the files are trusted research artefacts, their content is checked while building. */
export function readSources(sharedDataDir: string, atlasPath: string): Sources {
  const at = (...parts: string[]) => join(sharedDataDir, ...parts);
  const atlas = readJson(atlasPath) as TopologyWithIds;
  return {
    codebook: readJson(at('worldvaluesbench', 'codebook.json')) as Sources['codebook'],
    metadata: readJson(at('worldvaluesbench', 'question_metadata.json')) as Sources['metadata'],
    adjustments: readJson(at('worldvaluesbench', 'answer_adjustment.json')) as Sources['adjustments'],
    cultureSpaQuestions: readJson(at('culturespa', 'wvs_questions.json')) as Sources['cultureSpaQuestions'],
    cultureSpaShares: readJson(at('culturespa', 'proportions_group_by_country.json')) as Sources['cultureSpaShares'],
    countriesCsv: readCsv(at('countries.csv')),
    s003Csv: readCsv(at('iw_map', 's003.csv')),
    iwCoords: readJson(at('iw_map', 'country_coords.json')) as Sources['iwCoords'],
    iwProjection: readJson(at('iw_map', 'iw_projection_final.json')) as Sources['iwProjection'],
    trustBenchCsv: readCsv(at('trustbench', 'wvs7_trustbench_clean_country_means.csv')),
    ramezaniCsv: readCsv(at('ramezani', 'wvs_w7_mcm.csv')),
    atlasIds: new Set(atlas.objects.countries.geometries.flatMap((g) => (g.id === undefined ? [] : [g.id]))),
  };
}
