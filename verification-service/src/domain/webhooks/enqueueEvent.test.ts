import { createOrganization } from '../organizations/createOrganization';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { createTestContext, type TestContext } from '../../../test/testContext';
import { createWebhookEndpoint } from './endpoints/createWebhookEndpoint';
import { updateWebhookEndpoint } from './endpoints/updateWebhookEndpoint';
import { enqueueEvent } from './enqueueEvent';
import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import type { EventType } from '@helpdesk-verify/core-client/schemas';

describe.each(DATABASE_KINDS)('enqueueEvent on %s', (kind) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext(kind);
  });
  afterAll(() => ctx.db.close());

  const newOrg = async () => (await createOrganization(ctx, { name: 'Org' })).id;
  const endpoint = (orgId: string, eventTypes: EventType[] = []) =>
    createWebhookEndpoint(ctx, {
      orgId,
      body: { url: 'http://127.0.0.1:9/hook', description: '', event_types: eventTypes },
    });
  const enqueue = (orgId: string, eventType: EventType) =>
    ctx.db.transaction((tx) =>
      enqueueEvent(ctx, {
        tx,
        orgId,
        eventType,
        verificationId: 'ver_0123456789abcdef',
        payload: sampleTrustCheckEvent(eventType),
      }),
    );
  const deliveriesOf = (messageId: string) =>
    ctx.db.query<{ endpoint_id: string; status: string; next_attempt_at: Date; org_id: string; id: string }>(
      'SELECT * FROM webhook_deliveries WHERE message_id = $1 ORDER BY endpoint_id',
      [messageId],
    );

  it('records the message and one pending delivery, due now, per subscribed enabled endpoint', async () => {
    const orgId = await newOrg();
    const all = await endpoint(orgId);
    const failedOnly = await endpoint(orgId, ['trust_check.failed']);
    const completedOnly = await endpoint(orgId, ['trust_check.completed', 'trust_check.expired']);
    const disabled = await endpoint(orgId);
    await updateWebhookEndpoint(ctx, { orgId, id: disabled.id, body: { enabled: false } });

    const messageId = await enqueue(orgId, 'trust_check.completed');
    expect(messageId).toMatch(/^msg_[0-9A-Za-z]{24}$/);
    const [message] = await ctx.db.query('SELECT * FROM webhook_messages WHERE id = $1', [messageId]);
    expect(message).toMatchObject({
      org_id: orgId,
      event_type: 'trust_check.completed',
      verification_id: 'ver_0123456789abcdef',
    });
    expect(message?.payload).toEqual(sampleTrustCheckEvent('trust_check.completed'));

    const deliveries = await deliveriesOf(messageId);
    expect(deliveries.map((d) => d.endpoint_id).sort()).toEqual([all.id, completedOnly.id].sort());
    for (const d of deliveries) {
      expect(d).toMatchObject({ org_id: orgId, status: 'pending', next_attempt_at: ctx.clock.now() });
      expect(d.id).toMatch(/^dlv_/);
    }

    const failedMessage = await enqueue(orgId, 'trust_check.failed');
    expect((await deliveriesOf(failedMessage)).map((d) => d.endpoint_id).sort()).toEqual(
      [all.id, failedOnly.id].sort(),
    );
  });

  it("never fans out to another organisation's endpoints", async () => {
    const mine = await newOrg();
    const theirs = await newOrg();
    const theirEndpoint = await endpoint(theirs);
    const messageId = await enqueue(mine, 'trust_check.expired');
    expect(await deliveriesOf(messageId)).toEqual([]);
    const theirMessage = await enqueue(theirs, 'trust_check.expired');
    expect((await deliveriesOf(theirMessage)).map((d) => d.endpoint_id)).toEqual([theirEndpoint.id]);
  });

  it('commits or rolls back with the transaction of the state change', async () => {
    const orgId = await newOrg();
    await endpoint(orgId);
    let messageId = '';
    await expect(
      ctx.db.transaction(async (tx) => {
        messageId = await enqueueEvent(ctx, {
          tx,
          orgId,
          eventType: 'trust_check.failed',
          verificationId: null,
          payload: sampleTrustCheckEvent('trust_check.failed'),
        });
        throw new Error('the state change failed');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await ctx.db.query('SELECT * FROM webhook_messages WHERE id = $1', [messageId])).toEqual([]);
    expect(await deliveriesOf(messageId)).toEqual([]);
  });

  it('refuses a payload that does not match its event type or the contract', async () => {
    const orgId = await newOrg();
    await expect(
      ctx.db.transaction((tx) =>
        enqueueEvent(ctx, {
          tx,
          orgId,
          eventType: 'trust_check.failed',
          verificationId: null,
          payload: sampleTrustCheckEvent('trust_check.completed'),
        }),
      ),
    ).rejects.toThrow('payload.event_type must be trust_check.failed, got trust_check.completed');
    const broken = { ...sampleTrustCheckEvent(), risk: { score: 500, reasons: [] } };
    await expect(
      ctx.db.transaction((tx) =>
        enqueueEvent(ctx, { tx, orgId, eventType: 'trust_check.completed', verificationId: null, payload: broken }),
      ),
    ).rejects.toThrow(/score/);
  });
});
