import { endpoints, type EndpointName } from '@helpdesk-verify/core-client/api';
import type { z } from 'zod';
import type { Caller, Handler, HandlerInput, Handlers } from '../src/infrastructure/http/handler';

/**
 * Calls a handler the way the server does: inputs parsed by the endpoint's schemas (or a raw body
 * such as CSV passed through), the answer checked by its response schema.
 */
export async function callHandler<K extends EndpointName>(
  handlers: Handlers,
  name: K,
  caller: Caller,
  raw: { params?: unknown; query?: unknown; body?: unknown; rawBody?: { contentType: string; text: string } } = {},
): Promise<z.output<(typeof endpoints)[K]['response']>> {
  const endpoint = endpoints[name];
  const input = {
    params: endpoint.params.parse(raw.params ?? {}),
    query: endpoint.query.parse(raw.query ?? {}),
    body: endpoint.body && !raw.rawBody ? endpoint.body.parse(raw.body) : undefined,
    ...(raw.rawBody ? { rawBody: raw.rawBody } : {}),
    caller,
    idempotencyKey: undefined,
    requestId: 'req_test',
  } as HandlerInput<K>;
  const handler = handlers[name] as Handler<K> | undefined;
  if (!handler) throw new Error(`no handler for ${name}`);
  return endpoint.response.parse(await handler(input)) as z.output<(typeof endpoints)[K]['response']>;
}
