/** The admin has not set what this operation needs (service URL, API key or webhook secret). */
export class NotConfiguredError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(`Helpdesk Verify is not configured: set ${missing.join(', ')} on the app's admin page`);
    this.name = 'NotConfiguredError';
  }
}
