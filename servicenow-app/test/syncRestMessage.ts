import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { RestMessageLike, RestResponseLike } from '../src/server/verify/restMessageTransport';

/** Every request the double sent, for assertions. */
export const sentRequests: {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
}[] = [];

/**
 * A `sn_ws.RESTMessageV2` double whose `execute()` really sends the request and blocks until the
 * answer, like the platform: a child node process does the HTTP call (`execFileSync`).
 */
export class SyncRestMessage implements RestMessageLike {
  private method = 'get';
  private url = '';
  private readonly headers: Record<string, string> = {};
  private body: string | undefined;
  private timeoutMs = 60_000;

  setHttpMethod(method: string): void {
    this.method = method;
  }
  setEndpoint(url: string): void {
    this.url = url;
  }
  setRequestHeader(name: string, value: string): void {
    this.headers[name] = value;
  }
  setRequestBody(body: string): void {
    this.body = body;
  }
  setHttpTimeout(timeoutMs: number): void {
    this.timeoutMs = timeoutMs;
  }
  execute(): RestResponseLike {
    const request = {
      method: this.method.toUpperCase(),
      url: this.url,
      headers: this.headers,
      body: this.body,
      timeoutMs: this.timeoutMs,
    };
    sentRequests.push({
      method: request.method,
      url: request.url,
      headers: { ...request.headers },
      body: request.body,
    });
    const out = execFileSync(process.execPath, [join(__dirname, 'syncHttpRequest.js')], {
      input: JSON.stringify(request),
      encoding: 'utf8',
      timeout: this.timeoutMs + 5000,
    });
    const answer = JSON.parse(out) as {
      status?: number;
      headers?: Record<string, string>;
      body?: string;
      error?: string;
    };
    return {
      getStatusCode: () => answer.status ?? 0,
      getBody: () => answer.body ?? '',
      getHeaders: () => answer.headers ?? {},
      haveError: () => answer.error !== undefined || (answer.status ?? 0) >= 400,
      getErrorCode: () => (answer.error ? 1 : 0),
      getErrorMessage: () => answer.error ?? '',
    };
  }
}
