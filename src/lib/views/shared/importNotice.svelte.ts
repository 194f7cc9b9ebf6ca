/**
 * The confirmation of the last run import, kept outside the component that imported it: the import opens the
 * run's Results, which shows the confirmation, so it is read on the view the person is on.
 */
class ImportNotice {
  runId = $state('');
  message = $state('');

  show(runId: string, message: string): void {
    this.runId = runId;
    this.message = message;
  }

  clear(): void {
    this.runId = '';
    this.message = '';
  }
}

export const importNotice = new ImportNotice();
