export {
  resolveEndpointConfig,
  DEFAULT_ENDPOINT_SETTINGS,
  MAX_CONCURRENCY,
  type OpenAIEndpointConfig,
  type EndpointConfigInput,
} from './config';
export { createOpenAIEngine, type OpenAIEngineDeps } from './createOpenAIEngine';
export { testConnection, type ConnectionReport } from './testConnection';
export { EndpointError, type EndpointErrorKind } from './endpointError';
export { AUTH_FAILURE_PHRASE } from './describeFailure';
export type { EndpointDeps, FetchFunction, SleepFunction } from './requestJson';
export { chatRequestBody, TOP_LOGPROBS } from './postChat';
export { parseChatCompletion, type ParsedCompletion } from './parseChatCompletion';
