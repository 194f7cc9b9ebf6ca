/** A button's action in progress and its error message, for views that run one action at a time. */
export class BusyAction {
  busy = $state(false);
  error = $state('');

  async run(action: () => Promise<void>): Promise<void> {
    this.busy = true;
    this.error = '';
    try {
      await action();
    } catch (caught) {
      this.error = caught instanceof Error ? caught.message : String(caught);
    } finally {
      this.busy = false;
    }
  }
}
