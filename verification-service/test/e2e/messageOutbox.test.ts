import { startTestSmtpServer, type TestSmtpServer } from '@helpdesk-verify/testkit/mail/startTestSmtpServer';
import { Verification } from '@helpdesk-verify/core-client/schemas';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startWebhookReceiver, type WebhookReceiver } from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { codeFrom, EmployeeBrowser, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';

/** The link in a quoted-printable or plain email as nodemailer writes it. */
const linkInMail = (raw: string) => linkFrom(raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='));

// Issue 12: "A link email or SMS can be lost in a crash … Put messages in the same transactional
// outbox as webhooks (sent after commit, retried, visible in the delivery log)."
describe.each(DATABASE_KINDS)('link and code messages through the outbox on %s', (kind) => {
  let service: TestService;
  let smtp: TestSmtpServer;
  let twilio: WebhookReceiver;

  beforeAll(async () => {
    smtp = await startTestSmtpServer({ refuse: (index) => (index === 0 ? 451 : null) });
    // Twilio's Messages API played by a local server: 503 to the first SMS, then accepted.
    twilio = await startWebhookReceiver((_request, index) =>
      index === 0
        ? { status: 503, body: '{"code":20503,"message":"Service unavailable"}' }
        : { status: 201, body: `{"sid":"SM${index}","status":"queued"}` },
    );
    service = await startTestService(kind, {
      env: {
        HV_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        HV_TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`,
        HV_TWILIO_AUTH_TOKEN: 'test-token-0123456789',
        HV_TWILIO_FROM: '+15555550000',
        HV_TWILIO_BASE_URL: twilio.url,
      },
    });
    await service.org.client.createEmployee({
      body: { email: 'dana@acme.example', display_name: 'Dana', phone: '+15555550100' },
    });
  }, 120_000);
  afterAll(async () => {
    await service?.close();
    await smtp?.close();
    await twilio?.close();
  });

  it('retries a link email the SMTP server refused, and the delivery log shows both attempts and when the next one is', async () => {
    const { client } = service.org;
    const refusedAt = service.clock.now();
    const created = await client.createVerification({
      body: {
        link_id: service.org.linkId,
        employee: { email: 'dana@acme.example' },
        channels: ['email'],
        ticket: { system: 'zendesk', id: '77' },
        agent: { name: 'Alex Agent' },
      },
      idempotencyKey: 'outbox-1',
    });
    expect(Verification.parse(created)).toBeTruthy();
    expect(smtp.received).toHaveLength(0);
    expect(created.deliveries).toEqual([
      {
        channel: 'email',
        contact: 'work',
        destination: 'd•••@acme.example',
        status: 'queued',
        error: expect.stringMatching(/^SMTP delivery through 127\.0\.0\.1:\d+ failed \(EENVELOPE 451\).*Greylisted/),
        sent_at: refusedAt.toISOString(),
        next_attempt_at: new Date(refusedAt.getTime() + 5000).toISOString(),
        attempts: [{ attempted_at: refusedAt.toISOString(), error: expect.stringContaining('451') }],
      },
    ]);

    // Not due before the schedule says.
    service.clock.advance(4999);
    expect((await service.app.jobs.messages.runOnce()).attempted).toBe(0);
    service.clock.advance(1);
    expect((await service.app.jobs.messages.runOnce()).outcomes.map((o) => o.outcome)).toEqual(['sent']);
    expect(smtp.received).toHaveLength(1);
    expect(linkInMail(smtp.received[0]!)).toMatch(/\/v\/[0-9A-Za-z]{43}$/);

    const after = await client.getVerification({ params: { id: created.id } });
    expect(after.deliveries).toEqual([
      expect.objectContaining({
        status: 'sent',
        error: null,
        sent_at: service.clock.now().toISOString(),
        next_attempt_at: null,
        attempts: [
          { attempted_at: refusedAt.toISOString(), error: expect.stringContaining('451') },
          { attempted_at: service.clock.now().toISOString(), error: null },
        ],
      }),
    ]);
    // Sent means done: no later pass sends it again, and a retry of the request queues nothing new.
    service.clock.advance(3600_000);
    expect((await service.app.jobs.messages.runOnce()).attempted).toBe(0);
    const again = await client.createVerification({
      body: {
        link_id: service.org.linkId,
        employee: { email: 'dana@acme.example' },
        channels: ['email'],
        ticket: { system: 'zendesk', id: '77' },
        agent: { name: 'Alex Agent' },
      },
      idempotencyKey: 'outbox-1',
    });
    expect(again.deliveries).toHaveLength(1);
    expect(smtp.received).toHaveLength(1);
  });

  it('queues the phone code with its step and retries the SMS the provider refused', async () => {
    const { client } = service.org;
    const created = await client.createVerification({
      body: {
        link_id: service.org.linkId,
        employee: { email: 'dana@acme.example' },
        channels: ['email'],
        ticket: { system: 'zendesk', id: '78' },
        agent: { name: 'Alex Agent' },
      },
    });
    const mail = smtp.received.at(-1)!;
    expect(created.deliveries[0]?.status).toBe('sent');
    const browser = new EmployeeBrowser(service.baseUrl);
    expect((await browser.request('POST', `${linkInMail(mail)}/start`)).status).toBe(303);
    let page = await browser.request('GET', '/session');
    await browser.request('POST', '/session/proofs/phone_code/send', { csrf: EmployeeBrowser.csrfOf(page.html) });
    expect(twilio.received).toHaveLength(1);
    page = await browser.request('GET', '/session');
    expect(page.html).toContain('We could not send the code just now. We will keep trying for a few minutes.');

    service.clock.advance(5000);
    expect((await service.app.jobs.messages.runOnce()).outcomes).toEqual([
      expect.objectContaining({ kind: 'phone_code', outcome: 'sent' }),
    ]);
    expect(twilio.received).toHaveLength(2);
    const sms = new URLSearchParams(twilio.received[1]!.body);
    expect(sms.get('To')).toBe('+15555550100');
    expect(new URLSearchParams(twilio.received[0]!.body).get('Body')).toBe(sms.get('Body'));
    page = await browser.request('GET', '/session');
    await browser.request('POST', '/session/proofs/phone_code/check', {
      csrf: EmployeeBrowser.csrfOf(page.html),
      code: codeFrom(sms.get('Body')!),
    });
    const checked = await client.getVerification({ params: { id: created.id } });
    expect(checked.proofs.find((p) => p.type === 'phone_code')?.status).toBe('passed');
    // The code's SMS is not a delivery of the link.
    expect(checked.deliveries.map((d) => d.channel)).toEqual(['email']);
  });

  it('gives up a queued link that a newer one replaced or whose verification ended, and a permanent refusal at once', async () => {
    const { client } = service.org;
    const request = {
      link_id: service.org.linkId,
      employee: { email: 'dana@acme.example' },
      channels: ['email' as const],
      ticket: { system: 'zendesk' as const, id: '79' },
      agent: { name: 'Alex Agent' },
    };
    const before = smtp.received.length;
    smtp.policy.refuse = () => 451;
    const created = await client.createVerification({ body: request });
    expect(created.deliveries.map((d) => d.status)).toEqual(['queued']);

    const resent = await client.resendVerification({ params: { id: created.id }, body: {} });
    expect(resent.deliveries).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: 'Replaced by a newer link before it could be sent',
        next_attempt_at: null,
      }),
      expect.objectContaining({
        status: 'queued',
        error: expect.stringContaining('451'),
        next_attempt_at: expect.any(String),
      }),
    ]);
    await client.cancelVerification({ params: { id: created.id }, body: { reason: 'caller hung up' } });
    service.clock.advance(5000);
    smtp.policy.refuse = () => null;
    expect((await service.app.jobs.messages.runOnce()).attempted).toBe(0);
    const ended = await client.getVerification({ params: { id: created.id } });
    expect(ended.deliveries.map((d) => [d.status, d.error])).toEqual([
      ['failed', 'Replaced by a newer link before it could be sent'],
      ['failed', 'The verification ended (cancelled) before the message could be sent'],
    ]);

    // Retries stop where the link does: the next try would come after it expired.
    smtp.policy.refuse = () => 451;
    const expiring = await client.createVerification({ body: { ...request, ticket: { system: 'zendesk', id: '81' } } });
    for (let i = 0; i < 10; i++) {
      const next = (await client.getVerification({ params: { id: expiring.id } })).deliveries[0]?.next_attempt_at;
      if (!next) break;
      service.clock.set(new Date(next));
      await service.app.jobs.messages.runOnce();
    }
    const gaveUp = (await client.getVerification({ params: { id: expiring.id } })).deliveries[0];
    expect(gaveUp).toMatchObject({ status: 'failed', error: expect.stringContaining('451'), next_attempt_at: null });
    expect(gaveUp?.attempts?.map((a) => (Date.parse(a.attempted_at) - Date.parse(expiring.created_at)) / 1000)).toEqual(
      [0, 5, 35, 155, 455],
    );
    expect(gaveUp?.attempts?.every((a) => a.attempted_at < expiring.expires_at)).toBe(true);

    smtp.policy.refuse = () => 550;
    const refused = await client.createVerification({ body: { ...request, ticket: { system: 'zendesk', id: '80' } } });
    expect(refused.deliveries).toEqual([
      expect.objectContaining({
        status: 'failed',
        error: expect.stringContaining('550'),
        next_attempt_at: null,
        attempts: [expect.objectContaining({ error: expect.stringContaining('550') })],
      }),
    ]);
    service.clock.advance(3600_000);
    expect((await service.app.jobs.messages.runOnce()).attempted).toBe(0);
    expect(smtp.received).toHaveLength(before);
    smtp.policy.refuse = () => null;
  });
});
