import { Webhook } from 'standardwebhooks';
import { TrustCheckEvent } from '@helpdesk-verify/core-client/schemas';
import type { HelpdeskVerifyClient } from '@helpdesk-verify/core-client/client';
import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { EmployeeBrowser, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { startWebhookReceiver, type WebhookReceiver } from '@helpdesk-verify/testkit/webhooks/startWebhookReceiver';

/** The anti-forgery token of the report form (the landing page has no other form with one). */
const reportCsrfOf = (html: string): string => {
  const match = /action="[^"]*\/report">\s*<input type="hidden" name="csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no report form on the page');
  return match[1];
};

describe.each(DATABASE_KINDS)('"I did not request this" on %s', (kind) => {
  let service: TestService;
  let receiver: WebhookReceiver;
  let secret: string;
  let client: HelpdeskVerifyClient;

  beforeAll(async () => {
    service = await startTestService(kind);
    receiver = await startWebhookReceiver();
    client = service.org.client;
    secret = (await client.createWebhookEndpoint({ body: { url: receiver.url } })).secret;
    await client.createEmployee({ body: { email: 'ro@acme.example', display_name: 'Ro', phone: '+15555550111' } });
  }, 120_000);
  afterAll(async () => {
    await receiver?.close();
    await service?.close();
  });

  const verify = () =>
    client.createVerification({
      body: {
        link_id: service.org.linkId,
        employee: { email: 'ro@acme.example' },
        channels: ['email'],
        ticket: { system: 'zendesk', id: '77' },
        agent: { name: 'Alex' },
      },
    });
  const linkOf = async (matchCode: string) =>
    linkFrom((await service.app.outbox!.list()).find((m) => m.channel === 'email' && m.text.includes(matchCode))!.text);
  /** The signed deliveries for one verification, checked with an independent Standard Webhooks implementation. */
  const eventsFor = async (id: string) => {
    await service.app.jobs.webhooks.runOnce();
    return receiver.received
      .filter((r) => r.body.includes(id))
      .map((r) => TrustCheckEvent.parse(new Webhook(secret).verify(r.body, r.headers as Record<string, string>)));
  };

  it('before Start: fails the verification at once, alerts the help desk (failed + alert events) and calms the employee; works once', async () => {
    const created = await verify();
    const link = await linkOf(created.match_code);
    const employee = new EmployeeBrowser(service.baseUrl);
    const landing = await employee.request('GET', link);
    expect(landing.html).toContain('I did not request this');
    const csrf = reportCsrfOf(landing.html);

    // A post without the page's token (another site's form) changes nothing.
    for (const forged of [{}, { csrf: 'x'.repeat(43) }, { csrf: reportCsrfOf(landing.html).slice(1) }] as Record<
      string,
      string
    >[]) {
      const refused = await employee.request('POST', `${link}/report`, forged);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await client.getVerification({ params: { id: created.id } })).status).toBe('pending');

    const reported = await employee.request('POST', `${link}/report`, { csrf });
    expect(reported.status).toBe(200);
    expect(reported.html).toContain('The help desk has been alerted');
    expect(reported.html).toContain('You do not need to do anything else');
    expect(reported.html).toContain('report it to your security team');

    const failed = await client.getVerification({ params: { id: created.id } });
    expect(failed).toMatchObject({
      status: 'failed',
      outcome_reason: 'The employee reported that they did not request this verification',
    });
    expect(failed.timeline.map((t) => t.status)).toEqual(['pending', 'reported', 'failed']);
    expect(failed.timeline[1]!.detail).toContain('the page the link opens');
    expect(failed.risk?.reasons).toContainEqual(expect.objectContaining({ code: 'not_requested_by_employee' }));
    expect(failed.risk?.score).toBe(100);

    const events = await eventsFor(created.id);
    expect(events.map((e) => e.event_type).sort()).toEqual(['trust_check.alert', 'trust_check.failed']);
    const alert = events.find((e) => e.event_type === 'trust_check.alert')!;
    expect(alert.alert).toMatchObject({
      code: 'not_requested_by_employee',
      message: expect.stringContaining('did not request this verification'),
    });
    expect(alert).toMatchObject({ status: 'failed', session_id: created.id, ticket: { system: 'zendesk', id: '77' } });
    expect(events.find((e) => e.event_type === 'trust_check.failed')!.alert).toBeNull();

    // Pressing again, or starting the link now, changes nothing.
    const again = await employee.request('POST', `${link}/report`, { csrf });
    expect(again.status).toBe(200);
    expect(again.html).toContain('The help desk has been alerted');
    expect((await employee.request('POST', `${link}/start`)).status).toBe(410);
    // Opening the link again keeps saying the help desk was alerted.
    const reopened = await employee.request('GET', link);
    expect(reopened.status).toBe(410);
    expect(reopened.html).toContain('The help desk has been alerted');
    const after = await client.getVerification({ params: { id: created.id } });
    expect(after.timeline).toEqual(failed.timeline);
    expect(after.risk).toEqual(failed.risk);
    expect(await eventsFor(created.id)).toHaveLength(2);
  });

  it('after Start: the verification page has the button (session anti-forgery token), and a single-use link already started can still be reported', async () => {
    const created = await verify();
    const link = await linkOf(created.match_code);
    const employee = new EmployeeBrowser(service.baseUrl);
    await employee.request('POST', `${link}/start`);
    const page = await employee.request('GET', '/session');
    expect(page.html).toContain('I did not request this');
    expect(page.html).toContain('action="/session/report"');

    // Someone else opening the (spent) link sees it was used, and can report it too.
    const used = await new EmployeeBrowser(service.baseUrl).request('GET', link);
    expect(used.status).toBe(410);
    expect(used.html).toContain('I did not request this');

    expect((await employee.request('POST', '/session/report', { csrf: 'forged' })).status).toBe(403);
    expect(
      (
        await new EmployeeBrowser(service.baseUrl).request('POST', '/session/report', {
          csrf: EmployeeBrowser.csrfOf(page.html),
        })
      ).status,
    ).toBe(401);
    expect((await client.getVerification({ params: { id: created.id } })).status).toBe('opened');

    const reported = await employee.request('POST', '/session/report', { csrf: EmployeeBrowser.csrfOf(page.html) });
    expect(reported.status).toBe(200);
    expect(reported.html).toContain('The help desk has been alerted');
    const failed = await client.getVerification({ params: { id: created.id } });
    expect(failed.status).toBe('failed');
    expect(failed.timeline.map((t) => t.status)).toEqual(['pending', 'opened', 'proof_passed', 'reported', 'failed']);
    expect(failed.timeline[3]!.detail).toContain('the verification page');
    // A reload of the verification page shows the same calm page, not a bare failure.
    const reloaded = await employee.request('GET', '/session');
    expect(reloaded.html).toContain('The help desk has been alerted');
    expect(reloaded.html).not.toContain('We could not verify you');
    expect((await eventsFor(created.id)).map((e) => e.event_type).sort()).toEqual([
      'trust_check.alert',
      'trust_check.failed',
    ]);
  });

  it('after the verification ended, a press changes nothing and says so', async () => {
    const created = await verify();
    const link = await linkOf(created.match_code);
    const employee = new EmployeeBrowser(service.baseUrl);
    const csrf = reportCsrfOf((await employee.request('GET', link)).html);
    await client.cancelVerification({ params: { id: created.id }, body: { reason: 'agent mistake' } });
    const before = await client.getVerification({ params: { id: created.id } });
    const pressed = await employee.request('POST', `${link}/report`, { csrf });
    expect(pressed.status).toBe(409);
    // HTML text may wrap anywhere; the page reads the same.
    expect(pressed.html.replace(/\s+/g, ' ')).toContain('nothing was changed');
    expect(pressed.html).toContain('security team');
    expect(await client.getVerification({ params: { id: created.id } })).toEqual(before);
    // Only the cancellation's own event: the press raised no alert.
    expect((await eventsFor(created.id)).map((e) => e.event_type)).toEqual(['trust_check.cancelled']);
    // An unknown link: 404, nothing to change.
    expect((await employee.request('POST', `${service.baseUrl}/v/${'A'.repeat(43)}/report`, { csrf })).status).toBe(
      404,
    );
  });
});
