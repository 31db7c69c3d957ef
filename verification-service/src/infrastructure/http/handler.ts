import type { z } from 'zod';
import type { ApiKeyScope } from '@helpdesk-verify/core-client/schemas';
import type { EndpointName, Endpoints } from '@helpdesk-verify/core-client/api';

/** Who acts: an integration's API key, or a person signed in to the console. */
export type Actor =
  | { type: 'api_key'; id: string; name: string }
  | { type: 'user'; id: string; email: string; role: 'admin' | 'agent' | 'auditor' };

/**
 * Who is calling: resolved from the Bearer API key, or else the console session cookie, before any
 * handler runs. A user's scopes come from their role.
 */
export interface Caller {
  orgId: string;
  scopes: readonly ApiKeyScope[];
  actor: Actor;
}

/** What a handler receives: already validated against the endpoint's schemas. */
export interface HandlerInput<K extends EndpointName> {
  params: z.output<Endpoints[K]['params']>;
  query: z.output<Endpoints[K]['query']>;
  /** The validated JSON body (`never` for endpoints without one). */
  body: z.output<NonNullable<Endpoints[K]['body']>>;
  /** The raw body when it came in one of `extraBodyTypes` (e.g. CSV), with its media type. */
  rawBody?: { contentType: string; text: string };
  caller: Caller;
  idempotencyKey: string | undefined;
  requestId: string;
}

/** A handler returns the response body; the server validates it against the endpoint's response schema. */
export type Handler<K extends EndpointName> = (input: HandlerInput<K>) => Promise<z.input<Endpoints[K]['response']>>;

/** Handlers by endpoint name; each resource folder contributes some. */
export type Handlers = { [K in EndpointName]?: Handler<K> };
