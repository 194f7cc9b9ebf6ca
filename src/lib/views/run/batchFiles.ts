import { downloadBlob } from '../../charts/export/downloadBlob';
import { exportFileName } from '../../charts/export/exportFileName';
import { batchInputFile, type BatchImportReport } from '../../runner';
import type { RunRecord } from '../../store';
import type { Dataset } from '../../survey/types';

/** Downloads the batch input for the run's items not stored yet; returns how many lines it holds. */
export function downloadBatchInput(
  run: RunRecord,
  dataset: Pick<Dataset, 'questions' | 'countries'>,
  storedKeys: readonly string[],
): number {
  const text = batchInputFile(run, dataset, run.engine.modelId, new Set(storedKeys));
  downloadBlob(
    new Blob([text], { type: 'application/jsonl' }),
    exportFileName(`valueprobe-batch-${run.name}`, 'jsonl'),
  );
  return text === '' ? 0 : text.split('\n').length - 1;
}

const lines = (count: number) => `${count} ${count === 1 ? 'line' : 'lines'}`;

/** The confirmation of a batch import: what was stored, what was kept, and what is still unanswered. */
export function describeBatchImport(report: BatchImportReport, fileName: string): string {
  const parts = [`Imported ${report.imported} answers from ${fileName} into "${report.run.name}".`];
  if (report.alreadyStored > 0) {
    parts.push(`${lines(report.alreadyStored)} answered items already stored; those answers were kept.`);
  }
  if (report.unanswered.length > 0) {
    parts.push(`${lines(report.unanswered.length)} gave no usable answer (listed below); their items stay unanswered.`);
  }
  parts.push(
    report.remaining === 0
      ? 'Every item of the run is answered.'
      : `${report.remaining} of ${report.run.totalItems} items still have no answer: import another batch output, or download the batch input for just those items.`,
  );
  return parts.join(' ');
}
