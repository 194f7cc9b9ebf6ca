/** network: no HTTP answer (server down, connection cut, or CORS); the others follow the HTTP status or the body. */
export type EndpointErrorKind =
  'network' | 'timeout' | 'auth' | 'not-found' | 'rate-limited' | 'rejected' | 'server' | 'bad-response';

/** A failure talking to an endpoint, with a message that tells the user what to do. */
export class EndpointError extends Error {
  override name = 'EndpointError';
  readonly kind: EndpointErrorKind;
  readonly status: number | null;
  /** How long the server asked to wait (Retry-After), if it said. */
  readonly retryAfterMs: number | null;

  constructor(
    kind: EndpointErrorKind,
    message: string,
    status: number | null = null,
    retryAfterMs: number | null = null,
  ) {
    super(message);
    this.kind = kind;
    this.status = status;
    this.retryAfterMs = retryAfterMs;
  }

  /**
   * Network failures, 429 and 5xx answers may pass; a 4xx will answer the same next time. A timeout is not
   * retried: a hung server would otherwise hold the run for several timeouts instead of one.
   */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'rate-limited' || this.kind === 'server';
  }

  /** The server said it is overloaded: fewer requests at once. */
  get overloaded(): boolean {
    return this.kind === 'rate-limited' || this.kind === 'server';
  }
}
