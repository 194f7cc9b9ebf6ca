import { describe, expect, it } from 'vitest';
import { sampleResult } from '../testing/fixtures';
import { exportRunCsv } from './exportRunCsv';

const HEADER = 'run_id,question_id,country_id,order,method,allowed_mass,missing_labels,tokens_in,ms,samples,probs';

describe('exportRunCsv', () => {
  it('writes only the header for a run without results', () => {
    expect(exportRunCsv([])).toBe(HEADER);
  });

  it('writes one row per item, sorted by key, probabilities ;-joined in option order', () => {
    const sampled = {
      ...sampleResult('Q2', 'USA', [0.25, 0.75]),
      method: 'sampling' as const,
      samples: 20,
      missingLabels: ['A', 'B'],
    };
    const csv = exportRunCsv([sampled, sampleResult('Q1', 'USA', [0.1, 0.2, 0.3, 0.4])]);
    expect(csv.split('\n')).toEqual([
      HEADER,
      'run-1,Q1,USA,original,full-logits,0.9,,42,12.5,,0.1;0.2;0.3;0.4',
      'run-1,Q2,USA,original,sampling,0.9,A;B,42,12.5,20,0.25;0.75',
    ]);
  });

  it('quotes fields that contain commas', () => {
    const csv = exportRunCsv([sampleResult('Q1', 'USA', [1, 0, 0, 0], 'run, with comma')]);
    expect(csv.split('\n')[1]).toBe('"run, with comma",Q1,USA,original,full-logits,0.9,,42,12.5,,1;0;0;0');
  });

  it('writes a run id and missing labels that start like a formula as text', () => {
    const result = { ...sampleResult('Q1', 'USA', [1, 0, 0, 0], '@run'), missingLabels: ['=A', 'B'] };
    expect(exportRunCsv([result]).split('\n')[1]).toBe("'@run,Q1,USA,original,full-logits,0.9,'=A;B,42,12.5,,1;0;0;0");
  });
});
