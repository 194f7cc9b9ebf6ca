import { describe, expect, it } from 'vitest';
import { sampleRun } from '../../store/testing/fixtures';
import { describeBatchImport } from './batchFiles';

const run = { ...sampleRun(), name: 'Big model', totalItems: 10 };

describe('describeBatchImport', () => {
  it('confirms a complete import in one sentence pair', () => {
    const report = { imported: 10, alreadyStored: 0, unanswered: [], remaining: 0, run };
    expect(describeBatchImport(report, 'out.jsonl')).toBe(
      'Imported 10 answers from out.jsonl into "Big model". Every item of the run is answered.',
    );
  });

  it('names kept answers, unusable lines and the items still missing', () => {
    const unanswered = [{ line: 3, customId: 'Q1|USA|original', reason: 'CUDA out of memory' }];
    const report = { imported: 6, alreadyStored: 2, unanswered, remaining: 2, run };
    expect(describeBatchImport(report, 'out.jsonl')).toBe(
      'Imported 6 answers from out.jsonl into "Big model". 2 lines answered items already stored; those answers ' +
        'were kept. 1 line gave no usable answer (listed below); their items stay unanswered. 2 of 10 items still ' +
        'have no answer: import another batch output, or download the batch input for just those items.',
    );
  });
});
