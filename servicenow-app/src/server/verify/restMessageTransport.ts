import type { HttpRequest, HttpResponse } from '@helpdesk-verify/core-client/client';

/** The part of `sn_ws.RESTResponseV2` the transport reads. */
export interface RestResponseLike {
  getStatusCode(): number;
  getBody(): string;
  getHeaders(): { [name: string]: unknown };
  haveError(): boolean;
  getErrorCode(): number;
  getErrorMessage(): string;
}

/** The part of `sn_ws.RESTMessageV2` the transport drives. */
export interface RestMessageLike {
  setHttpMethod(method: string): void;
  setEndpoint(url: string): void;
  setRequestHeader(name: string, value: string): void;
  setRequestBody(body: string): void;
  setHttpTimeout(timeoutMs: number): void;
  execute(): RestResponseLike;
}

/** An HTTP answer (any status), or why none came. */
export type TransportResult =
  { answered: true; response: HttpResponse } | { answered: false; timedOut: boolean; message: string };

/** A synchronous transport: ServiceNow has no event loop, so `execute()` blocks. */
export type SyncTransport = (request: HttpRequest) => TransportResult;

/**
 * A transport over `sn_ws.RESTMessageV2` (one fresh message per request, made by `createMessage`).
 * Any HTTP status comes back as an answer; when none arrived (status 0 with an error) the result
 * says whether it timed out. No exceptions and no classes: the platform engine runs it as is.
 */
export const restMessageTransport =
  (createMessage: () => RestMessageLike): SyncTransport =>
  (request) => {
    const message = createMessage();
    message.setHttpMethod(request.method.toLowerCase());
    message.setEndpoint(request.url);
    const names = Object.keys(request.headers);
    for (let i = 0; i < names.length; i += 1) {
      const name = names[i] as string;
      message.setRequestHeader(name, request.headers[name] as string);
    }
    if (request.body !== undefined) message.setRequestBody(request.body);
    message.setHttpTimeout(request.timeoutMs);
    const response = message.execute();
    const status = Number(response.getStatusCode());
    if (!(status >= 100) && response.haveError()) {
      const detail = String(response.getErrorMessage());
      return {
        answered: false,
        timedOut: /time[d ]?\s*out/i.test(detail),
        message: 'No answer from ' + request.url + ': ' + detail + ' (code ' + String(response.getErrorCode()) + ')',
      };
    }
    const headers: { [name: string]: string } = {};
    const received = response.getHeaders() ?? {};
    const receivedNames = Object.keys(received);
    for (let i = 0; i < receivedNames.length; i += 1) {
      const name = receivedNames[i] as string;
      headers[name.toLowerCase()] = String(received[name]);
    }
    return { answered: true, response: { status, headers, body: String(response.getBody() ?? '') } };
  };
