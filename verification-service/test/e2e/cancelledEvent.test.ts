import { Webhook } from 'standardwebhooks';
import { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import { formatVerificationResult } from '@helpdesk-verify/core-client/format';
import { checkTrustCheckEvent } from '@helpdesk-verify/core-client/receiver';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startWebhookReceiver, type WebhookReceiver } from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';

// Issue 12: "Cancel emits no event: a cancelled verification must notify the ticket, so an app never
// waits on a verification that will not finish."
describe.each(DATABASE_KINDS)('cancelling a verification on %s', (kind) => {
  let service: TestService;
  let receiver: WebhookReceiver;
  let secret: string;

  beforeAll(async () => {
    service = await startTestService(kind);
    receiver = await startWebhookReceiver();
    const endpoint = await service.org.client.createWebhookEndpoint({
      body: { url: `${receiver.url}/tickets`, description: 'ticketing app' },
    });
    secret = endpoint.secret;
    await service.org.client.createEmployee({
      body: { email: 'dana@acme.example', display_name: 'Dana', phone: '+15555550100' },
    });
  }, 120_000);
  afterAll(async () => {
    await receiver?.close();
    await service?.close();
  });

  it('sends a signed trust_check.cancelled with the reason and who cancelled, which the shared formatter heads as cancelled', async () => {
    const { client } = service.org;
    const created = await client.createVerification({
      body: {
        link_id: service.org.linkId,
        employee: { email: 'dana@acme.example' },
        channels: ['email'],
        ticket: { system: 'zendesk', id: '4242' },
        agent: { name: 'Alex Agent', email: 'alex@acme.example' },
        reason: 'MFA reset',
      },
    });
    const cancelled = await client.cancelVerification({
      params: { id: created.id },
      body: { reason: 'caller hung up' },
    });
    expect(cancelled.status).toBe('cancelled');

    expect(await service.app.jobs.webhooks.runOnce()).toMatchObject({ attempted: 1, succeeded: 1 });
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const verified = new Webhook(secret).verify(request!.body, request!.headers as Record<string, string>);
    const event = TrustCheckEvent.parse(verified);
    expect(event).toMatchObject({
      event_type: 'trust_check.cancelled',
      session_id: created.id,
      status: 'cancelled',
      outcome_reason: 'Cancelled by the help desk: caller hung up',
      cancelled_by: { type: 'api_key', label: 'e2e' },
      ticket: { system: 'zendesk', id: '4242' },
    });
    // The receiver kit's zod-free check (what every ticketing app runs) knows the new type.
    expect(checkTrustCheckEvent(verified)).toMatchObject({ valid: true });
    const note = formatVerificationResult(event);
    expect(note.headline).toBe('[CANCELLED] Verification cancelled: Dana (dana@acme.example)');
    expect(note.plainText).toContain('Reason: Cancelled by the help desk: caller hung up');
    expect(note.plainText).toContain('Cancelled by: e2e (API key)');

    const log = await client.listVerificationDeliveries({ params: { id: created.id } });
    expect(log.data).toEqual([
      expect.objectContaining({ event_type: 'trust_check.cancelled', status: 'succeeded', attempt_count: 1 }),
    ]);
  });
});
