import { startFakeZendeskApi, type FakeZendeskApi } from '../../test/startFakeZendeskApi';
import { changeTicketTags, TAG_CHANGE_ATTEMPTS } from './changeTicketTags';
import type { ZendeskApiOptions } from './ZendeskApiOptions';
import { ZendeskUnavailableError } from './ZendeskUnavailableError';

describe('changeTicketTags (Tags API with safe updates)', () => {
  let zendesk: FakeZendeskApi;
  let options: ZendeskApiOptions;
  beforeEach(async () => {
    zendesk = await startFakeZendeskApi({
      email: 'bot@acme.example',
      oauthToken: 'zd-oauth',
      tickets: [
        { id: 1, tags: ['vip', 'old'] },
        { id: 2, status: 'closed' },
      ],
    });
    options = { baseUrl: zendesk.url, auth: { kind: 'oauth', accessToken: 'zd-oauth' } };
  });
  afterEach(() => zendesk.close());

  it('adds what is missing and removes what is there, and sends nothing when the tags are already right', async () => {
    expect(await changeTicketTags(options, '1', { add: ['new', 'vip'], remove: ['old', 'absent'] })).toEqual({
      ok: true,
      tags: ['vip', 'new'],
    });
    const calls = zendesk.accepted();
    expect(await changeTicketTags(options, '1', { add: ['new'], remove: ['old'] })).toEqual({
      ok: true,
      tags: ['vip', 'new'],
    });
    expect(zendesk.accepted()).toBe(calls);
  });

  it('gives up with ZendeskUnavailableError (retry later) when every attempt collides with another update', async () => {
    const colliding: typeof fetch = async (input, init) => {
      if (String(input).includes('/tags')) zendesk.touch(1);
      return fetch(input, init);
    };
    const failure = await changeTicketTags({ ...options, fetch: colliding }, '1', { add: ['new'], remove: [] }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ZendeskUnavailableError);
    expect(zendesk.refused.filter((r) => r.status === 409)).toHaveLength(TAG_CHANGE_ATTEMPTS);
  });

  it('returns Zendesk’s final refusal for a closed (422) or missing (404) ticket', async () => {
    expect(await changeTicketTags(options, '2', { add: ['new'], remove: [] })).toMatchObject({
      ok: false,
      status: 422,
    });
    expect(await changeTicketTags(options, '3', { add: ['new'], remove: [] })).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});
