/** Jira answered a REST call with a non-2xx status. */
export class JiraRequestError extends Error {
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`Jira ${operation} failed with HTTP ${status}: ${body.slice(0, 300)}`);
    this.name = 'JiraRequestError';
  }
}
