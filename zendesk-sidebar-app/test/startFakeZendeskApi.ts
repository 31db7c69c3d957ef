import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A ticket as the fake keeps it. */
export interface FakeTicket {
  id: number;
  tags: string[];
  comments: { body: string; html_body: string | null; public: boolean }[];
  custom_fields: { id: number; value: unknown }[];
}

/** A request the fake refused, and why. */
export interface RefusedRequest {
  method: string;
  path: string;
  status: number;
  error: string;
}

const TICKET_PATH = /^\/api\/v2\/tickets\/(\d+)\.json$/;
const ALLOWED_TICKET_KEYS = new Set(['comment', 'additional_tags', 'remove_tags', 'custom_fields', 'status', 'tags']);

/**
 * A local server that enforces the part of the Zendesk Tickets API the connector uses:
 * `PUT /api/v2/tickets/{id}.json` with `Authorization` Basic `{email}/token:{token}` or Bearer,
 * `Content-Type: application/json`, a `{ ticket: … }` body whose comment has `body` or `html_body`
 * and an explicit boolean `public` (Zendesk makes comments public by default), tags as string
 * arrays and `custom_fields` as `{ id: number, value }`. Answers like Zendesk: 401, 404, 422, 200.
 */
export async function startFakeZendeskApi(options: { email: string; apiToken?: string; oauthToken?: string; ticketIds: number[] }) {
  const tickets = new Map<number, FakeTicket>(options.ticketIds.map((id) => [id, { id, tags: [], comments: [], custom_fields: [] }]));
  const refused: RefusedRequest[] = [];
  let accepted = 0;
  let outage: number | null = null;
  const basic = options.apiToken ? `Basic ${Buffer.from(`${options.email}/token:${options.apiToken}`).toString('base64')}` : null;
  const bearer = options.oauthToken ? `Bearer ${options.oauthToken}` : null;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const answer = (status: number, body: unknown, error?: string) => {
        if (error) refused.push({ method: req.method ?? '', path, status, error });
        res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(body));
      };
      if (outage !== null) return answer(outage, { error: 'ServiceUnavailable' }, 'outage');
      const auth = req.headers.authorization;
      if (!auth || (auth !== basic && auth !== bearer)) return answer(401, { error: "Couldn't authenticate you" }, 'bad credentials');
      const match = TICKET_PATH.exec(path);
      if (!match) return answer(404, { error: 'InvalidEndpoint' }, `no such endpoint ${path}`);
      if (req.method !== 'PUT') return answer(405, { error: 'MethodNotAllowed' }, `${req.method} not allowed`);
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return answer(415, { error: 'UnsupportedMediaType' }, 'not JSON');
      const ticket = tickets.get(Number(match[1]));
      if (!ticket) return answer(404, { error: 'RecordNotFound', description: 'Not found' }, 'unknown ticket');
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return answer(400, { error: 'Unprocessable Entity' }, 'body is not JSON');
      }
      const problem = contractProblem(body);
      if (problem) return answer(422, { error: 'RecordInvalid', description: problem }, problem);
      const update = (body as { ticket: Record<string, unknown> }).ticket;
      const comment = update.comment as { body?: string; html_body?: string; public: boolean } | undefined;
      if (comment) ticket.comments.push({ body: comment.body ?? '', html_body: comment.html_body ?? null, public: comment.public });
      const remove = new Set((update.remove_tags as string[] | undefined) ?? []);
      ticket.tags = [...new Set([...ticket.tags.filter((t) => !remove.has(t)), ...((update.additional_tags as string[] | undefined) ?? [])])];
      for (const field of (update.custom_fields as { id: number; value: unknown }[] | undefined) ?? []) {
        ticket.custom_fields = [...ticket.custom_fields.filter((f) => f.id !== field.id), field];
      }
      accepted += 1;
      answer(200, { ticket: { id: ticket.id, tags: ticket.tags, custom_fields: ticket.custom_fields }, audit: { events: [] } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    tickets,
    refused,
    accepted: () => accepted,
    /** Every request answers `status` until called with null. */
    setOutage(status: number | null) {
      outage = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type FakeZendeskApi = Awaited<ReturnType<typeof startFakeZendeskApi>>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown) => Array.isArray(v) && v.every((t) => typeof t === 'string' && /^[^\s,]+$/.test(t));

const contractProblem = (body: unknown): string | null => {
  if (!isRecord(body) || !isRecord(body.ticket)) return 'body must be { ticket: { … } }';
  const ticket = body.ticket;
  const unknown = Object.keys(ticket).filter((k) => !ALLOWED_TICKET_KEYS.has(k));
  if (unknown.length > 0) return `unknown ticket properties: ${unknown.join(', ')}`;
  if (ticket.comment !== undefined) {
    const c = ticket.comment;
    if (!isRecord(c)) return 'comment must be an object';
    const text = typeof c.html_body === 'string' ? c.html_body : c.body;
    if (typeof text !== 'string' || text.trim() === '') return 'comment needs body or html_body';
    if (typeof c.public !== 'boolean') return 'comment.public must be given (comments are public by default)';
  }
  for (const key of ['additional_tags', 'remove_tags', 'tags'] as const) {
    if (ticket[key] !== undefined && !isStringArray(ticket[key])) return `${key} must be an array of tags`;
  }
  if (ticket.custom_fields !== undefined) {
    const ok = Array.isArray(ticket.custom_fields) && ticket.custom_fields.every((f) => isRecord(f) && Number.isInteger(f.id) && 'value' in f);
    if (!ok) return 'custom_fields must be [{ id: number, value }]';
  }
  return null;
};
