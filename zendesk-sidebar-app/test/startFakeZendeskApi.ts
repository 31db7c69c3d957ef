import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkTicketUpdate } from './fakeZendesk/checkTicketUpdate';
import {
  firedNotifications,
  installRequirements,
  type InstalledTrigger,
  type InstalledWebhook,
} from './fakeZendesk/installRequirements';
import { signZendeskWebhook } from './fakeZendesk/signZendeskWebhook';

/** A ticket as the fake keeps it. */
export interface FakeTicket {
  id: number;
  status: string;
  tags: string[];
  comments: { body: string; html_body: string | null; public: boolean }[];
  custom_fields: { id: number; value: unknown }[];
  requester_id: number;
  /** ISO 8601 to the second, like Zendesk; every change moves it on by one second. */
  updated_at: string;
}

/** A request the fake refused, and why. */
export interface RefusedRequest {
  method: string;
  path: string;
  status: number;
  error: string;
}

/** A webhook request the fake sent for a trigger, and the answer it got. */
export interface WebhookDelivery {
  webhook: string;
  body: string;
  status: number | null;
}

type TicketSeed = number | { id: number; status?: string; tags?: string[]; requesterId?: number };

const TICKET = /^\/api\/v2\/tickets\/(\d+)(\.json)?$/;
const TICKET_TAGS = /^\/api\/v2\/tickets\/(\d+)\/tags(\.json)?$/;
const USER = /^\/api\/v2\/users\/(\d+)(\.json)?$/;

/**
 * A local Zendesk Support API enforcing the shapes of Zendesk's published OpenAPI document for the
 * calls the app makes (see README, "Checked against Zendesk's contract"):
 * - `GET|PUT /api/v2/tickets/{id}[.json]` (`ShowTicket`, `UpdateTicket` with `TicketUpdateRequest`):
 *   unknown and read-only ticket properties (`additional_tags`, `remove_tags`, …) are answered 200 and
 *   not applied; comments are public unless `public: false`; `safe_update` with a stale
 *   `updated_stamp` is 409; a closed ticket cannot be updated (422).
 * - `PUT|DELETE /api/v2/tickets/{id}/tags[.json]` (`PutTagsTicket`, `DeleteTagsTicket`): `{ tags }`
 *   (DELETE also `?tags=a,b`), safe update against `updated_at` (409), not on closed tickets (422).
 * - `GET /api/v2/users/{id}[.json]`; Basic `{email}/token:{token}` or Bearer auth (401 otherwise).
 * - `install(requirements)`: the webhooks and triggers of `requirements.json`; a ticket update that
 *   fires a trigger sends the signed webhook request (`X-Zendesk-Webhook-Signature`).
 */
export async function startFakeZendeskApi(options: {
  email: string;
  apiToken?: string;
  oauthToken?: string;
  ticketIds?: number[];
  tickets?: TicketSeed[];
  users?: { id: number; name: string; email: string }[];
}) {
  let clock = Date.parse('2026-01-15T09:00:00Z');
  const tick = () => new Date((clock += 1000)).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const seeds = [...(options.ticketIds ?? []), ...(options.tickets ?? [])].map((s) =>
    typeof s === 'number' ? { id: s } : s,
  );
  const tickets = new Map<number, FakeTicket>(
    seeds.map((s) => [
      s.id,
      {
        id: s.id,
        status: s.status ?? 'open',
        tags: [...(s.tags ?? [])],
        comments: [],
        custom_fields: [],
        requester_id: s.requesterId ?? 9001,
        updated_at: tick(),
      },
    ]),
  );
  const users = new Map((options.users ?? []).map((u) => [u.id, u]));
  const refused: RefusedRequest[] = [];
  const ignored: { path: string; properties: string[] }[] = [];
  const deliveries: WebhookDelivery[] = [];
  const pending = new Set<Promise<void>>();
  let webhooks = new Map<string, InstalledWebhook>();
  let triggers: InstalledTrigger[] = [];
  let accepted = 0;
  let outage: number | null = null;
  const failures: number[] = [];
  const collideNext = new Set<number>();
  const basic = options.apiToken
    ? `Basic ${Buffer.from(`${options.email}/token:${options.apiToken}`).toString('base64')}`
    : null;
  const bearer = options.oauthToken ? `Bearer ${options.oauthToken}` : null;

  const view = (t: FakeTicket) => ({
    id: t.id,
    status: t.status,
    tags: t.tags,
    custom_fields: t.custom_fields,
    requester_id: t.requester_id,
    updated_at: t.updated_at,
  });

  /** Safe update: a stale `updated_stamp` is a 409; a collision arranged by the test moves `updated_at` first. */
  const stale = (ticket: FakeTicket, body: Record<string, unknown>): boolean => {
    if (collideNext.delete(ticket.id)) ticket.updated_at = tick();
    return body.safe_update !== undefined && body.updated_stamp !== ticket.updated_at;
  };

  const notify = (ticket: FakeTicket, statusBefore: string) => {
    for (const fired of firedNotifications(triggers, {
      id: ticket.id,
      statusBefore,
      status: ticket.status,
      tags: ticket.tags,
    })) {
      const webhook = webhooks.get(fired.webhook)!;
      const timestamp = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
      const delivery: WebhookDelivery = { webhook: fired.webhook, body: fired.body, status: null };
      deliveries.push(delivery);
      const sent = fetch(webhook.endpoint, {
        method: webhook.httpMethod,
        headers: {
          'Content-Type': 'application/json',
          'X-Zendesk-Webhook-Id': fired.webhook,
          'X-Zendesk-Webhook-Signature-Timestamp': timestamp,
          'X-Zendesk-Webhook-Signature': signZendeskWebhook({
            secret: webhook.signingSecret,
            timestamp,
            body: fired.body,
          }),
        },
        body: fired.body,
      }).then(
        async (r) => {
          delivery.status = r.status;
          await r.arrayBuffer();
        },
        () => {
          delivery.status = null;
        },
      );
      pending.add(sent);
      void sent.finally(() => pending.delete(sent));
    }
  };

  const handle = (
    req: IncomingMessage,
    raw: string,
    answer: (status: number, body: unknown, error?: string) => void,
  ) => {
    const url = new URL(req.url ?? '/', 'http://zendesk');
    const path = url.pathname;
    if (outage !== null) return answer(outage, { error: 'ServiceUnavailable' }, 'outage');
    const failure = failures.shift();
    if (failure !== undefined) return answer(failure, { error: 'ServiceUnavailable' }, 'failure arranged by the test');
    const auth = req.headers.authorization;
    if (!auth || (auth !== basic && auth !== bearer))
      return answer(401, { error: "Couldn't authenticate you" }, 'bad credentials');
    const parse = (): { ok: true; body: Record<string, unknown> } | { ok: false } => {
      if (raw === '') return { ok: true, body: {} };
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return { ok: false };
      try {
        const body: unknown = JSON.parse(raw);
        return typeof body === 'object' && body !== null && !Array.isArray(body)
          ? { ok: true, body: body as Record<string, unknown> }
          : { ok: false };
      } catch {
        return { ok: false };
      }
    };

    const user = USER.exec(path);
    if (user && req.method === 'GET') {
      const found = users.get(Number(user[1]));
      return found
        ? answer(200, { user: found })
        : answer(404, { error: 'RecordNotFound', description: 'Not found' }, 'unknown user');
    }

    const tagsMatch = TICKET_TAGS.exec(path);
    const ticketMatch = TICKET.exec(path);
    const ticket = tickets.get(Number((tagsMatch ?? ticketMatch)?.[1]));
    if (!tagsMatch && !ticketMatch)
      return answer(404, { error: 'InvalidEndpoint' }, `no such endpoint ${req.method} ${path}`);
    if (!ticket) return answer(404, { error: 'RecordNotFound', description: 'Not found' }, 'unknown ticket');

    if (tagsMatch) {
      if (req.method === 'GET') return answer(200, { tags: ticket.tags });
      if (req.method !== 'PUT' && req.method !== 'DELETE')
        return answer(405, { error: 'MethodNotAllowed' }, `${req.method} tags is not used by the app`);
      const parsed = parse();
      if (!parsed.ok) return answer(400, { error: 'Unprocessable Entity' }, 'body is not a JSON object');
      const fromQuery =
        req.method === 'DELETE'
          ? url.searchParams
              .get('tags')
              ?.split(',')
              .filter((t) => t !== '')
          : undefined;
      const tags = parsed.body.tags ?? fromQuery;
      if (
        !Array.isArray(tags) ||
        tags.length === 0 ||
        !tags.every((t) => typeof t === 'string' && /^[^\s,]+$/.test(t))
      ) {
        return answer(
          400,
          { error: 'InvalidValue', description: 'tags must be a non-empty array of tags' },
          'tags missing',
        );
      }
      if (ticket.status === 'closed')
        return answer(
          422,
          { error: 'RecordInvalid', description: 'Tags of a closed ticket cannot be changed with the Tags API' },
          'closed ticket',
        );
      if (parsed.body.safe_update !== undefined && typeof parsed.body.updated_stamp !== 'string')
        return answer(
          400,
          { error: 'InvalidValue', description: 'safe_update needs updated_stamp' },
          'no updated_stamp',
        );
      if (stale(ticket, parsed.body))
        return answer(
          409,
          { error: 'UpdateConflict', description: 'The ticket was updated since updated_stamp' },
          'stale updated_stamp',
        );
      const before = ticket.tags.join(' ');
      ticket.tags =
        req.method === 'PUT'
          ? [...new Set([...ticket.tags, ...(tags as string[])])]
          : ticket.tags.filter((t) => !(tags as string[]).includes(t));
      if (ticket.tags.join(' ') !== before) ticket.updated_at = tick();
      accepted += 1;
      return answer(200, { tags: ticket.tags });
    }

    if (req.method === 'GET') return answer(200, { ticket: view(ticket) });
    if (req.method !== 'PUT') return answer(405, { error: 'MethodNotAllowed' }, `${req.method} not allowed`);
    const parsed = parse();
    if (!parsed.ok) return answer(400, { error: 'Unprocessable Entity' }, 'body is not a JSON object');
    const checked = checkTicketUpdate(parsed.body);
    if (!checked.ok)
      return answer(checked.status, { error: 'RecordInvalid', description: checked.problem }, checked.problem);
    if (checked.ignored.length > 0) ignored.push({ path, properties: checked.ignored });
    if (ticket.status === 'closed')
      return answer(
        422,
        { error: 'RecordInvalid', description: 'Status: closed prevents ticket update' },
        'closed ticket',
      );
    const update = checked.ticket;
    if (stale(ticket, update))
      return answer(
        409,
        { error: 'UpdateConflict', description: 'The ticket was updated since updated_stamp' },
        'stale updated_stamp',
      );
    const statusBefore = ticket.status;
    const comment = update.comment as { body?: string; html_body?: string; public?: boolean } | undefined;
    if (comment)
      ticket.comments.push({
        body: comment.body ?? '',
        html_body: comment.html_body ?? null,
        public: comment.public ?? true,
      });
    if (typeof update.status === 'string') ticket.status = update.status;
    if (Array.isArray(update.tags)) ticket.tags = [...new Set(update.tags as string[])];
    for (const field of (update.custom_fields as { id: number; value: unknown }[] | undefined) ?? []) {
      ticket.custom_fields = [...ticket.custom_fields.filter((f) => f.id !== field.id), field];
    }
    ticket.updated_at = tick();
    accepted += 1;
    answer(200, { ticket: view(ticket), audit: { events: [] } });
    notify(ticket, statusBefore);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      handle(req, Buffer.concat(chunks).toString('utf8'), (status, body, error) => {
        if (error) refused.push({ method: req.method ?? '', path: req.url ?? '/', status, error });
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tickets,
    refused,
    /** Ticket properties sent on a single-ticket update that Zendesk would drop (200, nothing applied). */
    ignored,
    accepted: () => accepted,
    /** Every request answers `status` until called with null. */
    setOutage(status: number | null) {
      outage = status;
    },
    /** The next request answers `status` (default 503), once. */
    failNext(status = 503) {
      failures.push(status);
    },
    /** Someone else edits the ticket: `updated_at` moves on, so a safe update with the old stamp gets 409. */
    touch(ticketId: number) {
      tickets.get(ticketId)!.updated_at = tick();
    },
    /** The next safe update of this ticket collides with another edit made just before it. */
    collideNext(ticketId: number) {
      collideNext.add(ticketId);
    },
    /** An agent's update in the Zendesk UI (status, tags), which runs the triggers like any update. */
    agentUpdate(ticketId: number, change: { status?: string; tags?: string[] }) {
      const ticket = tickets.get(ticketId)!;
      const statusBefore = ticket.status;
      if (change.status) ticket.status = change.status;
      if (change.tags) ticket.tags = [...change.tags];
      ticket.updated_at = tick();
      notify(ticket, statusBefore);
    },
    /** Creates the webhooks and triggers of a `requirements.json`, as installing the app does. */
    install(requirements: unknown): Map<string, InstalledWebhook> {
      ({ webhooks, triggers } = installRequirements(requirements));
      return webhooks;
    },
    deliveries,
    /** Waits for every webhook request sent so far to be answered. */
    async settle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    close: async () => {
      await Promise.all([...pending]);
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

export type FakeZendeskApi = Awaited<ReturnType<typeof startFakeZendeskApi>>;
