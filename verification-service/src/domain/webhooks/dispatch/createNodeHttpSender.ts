import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { HttpSender, WebhookResponse } from './HttpSender';
import { assertPublicAddress } from '../ssrf/assertPublicAddress';
import { safeLookup } from '../ssrf/safeLookup';

/** 15 s per attempt, as Svix and Standard Webhooks recommend. */
export const WEBHOOK_TIMEOUT_MS = 15_000;
/** The most of a response body read; the rest is dropped unread. */
export const MAX_RESPONSE_BYTES = 64 * 1024;

export interface NodeHttpSenderOptions {
  /** Skip the SSRF guard (the demo and the tests deliver to 127.0.0.1). */
  allowPrivate: boolean;
  timeoutMs?: number;
  maxResponseBytes?: number;
}

/**
 * The default {@link HttpSender} on node:http/https: one POST on a fresh connection, no redirects
 * followed, a deadline for the whole exchange, at most `maxResponseBytes` of the answer read. Unless
 * `allowPrivate`, a literal IP host is checked before connecting and a name is resolved through
 * {@link safeLookup}, so the address checked is the address connected to.
 */
export function createNodeHttpSender(options: NodeHttpSenderOptions): HttpSender {
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const maxResponseBytes = options.maxResponseBytes ?? MAX_RESPONSE_BYTES;

  return async ({ url, headers, body }) => {
    let target: URL;
    try {
      target = new URL(url);
      const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
      await assertPublicAddress(target, { allowPrivate: options.allowPrivate || isIP(host) === 0 });
    } catch (error) {
      return { kind: 'error', error: (error as Error).message };
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<WebhookResponse>((resolve) => {
      let settled = false;
      const finish = (result: WebhookResponse) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(result);
      };
      const req = send(target, {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: false,
        ...(options.allowPrivate ? {} : { lookup: safeLookup }),
      });
      const timer = setTimeout(() => {
        req.destroy(new Error(`timed out after ${timeoutMs / 1000} s`));
      }, timeoutMs);
      req.on('error', (error) => finish({ kind: 'error', error: error.message }));
      req.on('response', (res) => readLimited(res, maxResponseBytes, finish));
      req.end(body);
    });
  };
}

function readLimited(res: IncomingMessage, limit: number, finish: (result: WebhookResponse) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  const done = () => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(res.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
    }
    finish({
      kind: 'response',
      status: res.statusCode ?? 0,
      headers,
      body: Buffer.concat(chunks).subarray(0, limit).toString('utf8'),
    });
  };
  res.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= limit) {
      done();
      res.destroy();
    }
  });
  res.on('end', done);
  res.on('error', done);
  res.on('close', done);
}
