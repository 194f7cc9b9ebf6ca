/** network: no HTTP answer (server down or CORS); the others follow the HTTP status or the body. */
export type EndpointErrorKind = 'network' | 'timeout' | 'auth' | 'not-found' | 'rejected' | 'server' | 'bad-response';

/** A failure talking to an endpoint, with a message that tells the user what to do. */
export class EndpointError extends Error {
  override name = 'EndpointError';
  readonly kind: EndpointErrorKind;
  readonly status: number | null;

  constructor(kind: EndpointErrorKind, message: string, status: number | null = null) {
    super(message);
    this.kind = kind;
    this.status = status;
  }

  /** Network failures, timeouts and 5xx answers may pass; a 4xx will answer the same next time. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server';
  }
}
