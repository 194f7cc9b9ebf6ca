/** Passed as the AbortSignal's reason so the runner knows whether the user paused or cancelled. */
export class RunStopRequest extends Error {
  override name = 'RunStopRequest';
  constructor(readonly kind: 'pause' | 'cancel') {
    super(kind === 'pause' ? 'Paused by you.' : 'Cancelled by you.');
  }
}
