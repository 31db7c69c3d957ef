import { startFakeZendeskApi, type FakeZendeskApi } from './startFakeZendeskApi';

/** The local Zendesk server answers like Zendesk's published contract, so the app's tests cannot pass on our own reading of it. */
describe('the local Zendesk Support API', () => {
  let zendesk: FakeZendeskApi;
  const auth = `Basic ${Buffer.from('bot@acme.example/token:zd-token').toString('base64')}`;
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = { Authorization: auth },
  ) => {
    const response = await fetch(`${zendesk.url}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeEach(async () => {
    zendesk = await startFakeZendeskApi({
      email: 'bot@acme.example',
      apiToken: 'zd-token',
      tickets: [1, { id: 2, status: 'closed' }, { id: 3, tags: ['vip'] }],
    });
  });
  afterEach(() => zendesk.close());

  it('issue 11: a single-ticket update drops additional_tags / remove_tags (update_many only) with 200, as Zendesk does', async () => {
    const answer = await call('PUT', '/api/v2/tickets/1.json', {
      ticket: { additional_tags: ['identity_verified'], comment: { html_body: '<p>x</p>', public: false } },
    });
    expect(answer.status).toBe(200);
    expect(zendesk.tickets.get(1)!.tags).toEqual([]);
    expect(zendesk.tickets.get(1)!.comments).toEqual([{ body: '', html_body: '<p>x</p>', public: false }]);
    expect(zendesk.ignored).toEqual([{ path: '/api/v2/tickets/1.json', properties: ['additional_tags'] }]);
  });

  it('makes comments public unless public is false, refuses malformed updates (422) and closed tickets (422)', async () => {
    await call('PUT', '/api/v2/tickets/1', { ticket: { comment: { body: 'hello' } } });
    expect(zendesk.tickets.get(1)!.comments[0]!.public).toBe(true);
    expect((await call('PUT', '/api/v2/tickets/1.json', { ticket: { comment: { public: false } } })).status).toBe(422);
    expect((await call('PUT', '/api/v2/tickets/1.json', { ticket: { status: 'done' } })).status).toBe(422);
    expect((await call('PUT', '/api/v2/tickets/1.json', { comment: { body: 'no ticket wrapper' } })).status).toBe(400);
    expect(
      (await call('PUT', '/api/v2/tickets/2.json', { ticket: { comment: { body: 'late', public: false } } })).status,
    ).toBe(422);
    expect((await call('PUT', '/api/v2/tickets/999.json', { ticket: { status: 'open' } })).status).toBe(404);
  });

  it('adds and removes tags with the Tags API, and refuses a stale safe update with 409', async () => {
    const { ticket } = (await call('GET', '/api/v2/tickets/3.json')).body as { ticket: { updated_at: string } };
    expect(
      await call('PUT', '/api/v2/tickets/3/tags.json', {
        tags: ['identity_verified'],
        safe_update: true,
        updated_stamp: ticket.updated_at,
      }),
    ).toEqual({ status: 200, body: { tags: ['vip', 'identity_verified'] } });
    // The add moved updated_at on: the old stamp is stale now.
    expect(
      (
        await call('DELETE', '/api/v2/tickets/3/tags.json', {
          tags: ['vip'],
          safe_update: true,
          updated_stamp: ticket.updated_at,
        })
      ).status,
    ).toBe(409);
    const fresh = ((await call('GET', '/api/v2/tickets/3.json')).body as { ticket: { updated_at: string } }).ticket
      .updated_at;
    expect(
      await call('DELETE', '/api/v2/tickets/3/tags.json', { tags: ['vip'], safe_update: true, updated_stamp: fresh }),
    ).toEqual({ status: 200, body: { tags: ['identity_verified'] } });
    expect((await call('DELETE', '/api/v2/tickets/3/tags?tags=identity_verified')).body).toEqual({ tags: [] });
    expect((await call('PUT', '/api/v2/tickets/3/tags.json', {})).status).toBe(400);
    expect((await call('PUT', '/api/v2/tickets/2/tags.json', { tags: ['x'] })).status).toBe(422);
    // A safe single-ticket update with a stale stamp is a 409 too.
    expect(
      (
        await call('PUT', '/api/v2/tickets/3.json', {
          ticket: { status: 'open', safe_update: true, updated_stamp: ticket.updated_at },
        })
      ).status,
    ).toBe(409);
  });

  it('answers 401 without the agent token', async () => {
    expect((await call('GET', '/api/v2/tickets/1.json', undefined, {})).status).toBe(401);
    expect(
      (
        await call('GET', '/api/v2/tickets/1.json', undefined, {
          Authorization: `Basic ${Buffer.from('bot@acme.example/token:wrong').toString('base64')}`,
        })
      ).status,
    ).toBe(401);
  });
});
