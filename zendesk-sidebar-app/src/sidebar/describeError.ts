import {
  ApiError,
  InvalidResponseError,
  NetworkError,
  RequestValidationError,
  TimeoutError,
  toHelpdeskVerifyError,
} from '@helpdesk-verify/core-client/client';

/** An error as the agent reads it: what happened and what to do. */
export interface ErrorMessage {
  title: string;
  detail: string;
}

/** Turns anything the client or ZAF threw into a clear message for the agent. */
export const describeError = (thrown: unknown, serviceUrl: string): ErrorMessage => {
  const error = toHelpdeskVerifyError(thrown);
  // 502/504 come from Zendesk's proxy when it cannot reach the service.
  if (
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    (error instanceof ApiError && (error.status === 502 || error.status === 504))
  ) {
    return {
      title: 'Helpdesk Verify is not reachable',
      detail: `The service at ${serviceUrl} did not answer. It may be down, or the Service URL setting may be wrong. Try again in a moment.`,
    };
  }
  if (error instanceof ApiError) {
    if (error.status === 401)
      return {
        title: 'The API key was refused',
        detail: 'Ask a Zendesk admin to check the API key in this app’s settings (it may be wrong or revoked).',
      };
    if (error.status === 403) return { title: 'The API key may not do this', detail: error.problem.detail };
    if (error.problemCode === 'employee_not_found')
      return { title: 'Requester not in the directory', detail: error.problem.detail };
    if (error.status === 429)
      return { title: 'Too many requests', detail: 'The service asked to slow down. Try again in a minute.' };
    if (error.status >= 500)
      return { title: 'Helpdesk Verify had a problem', detail: `${error.problem.detail} Try again in a moment.` };
    return { title: error.problem.title, detail: error.problem.detail };
  }
  if (error instanceof InvalidResponseError)
    return {
      title: 'Unexpected answer from the service',
      detail: `${error.message}. The app and the service may be different versions.`,
    };
  if (error instanceof RequestValidationError) return { title: 'Cannot send this request', detail: error.message };
  return { title: 'Something went wrong', detail: error.message };
};
