import { rmSync } from 'node:fs';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchChromium } from '@helpdesk-verify/testkit/browser/launchChromium';
import { seriousAccessibilityViolations } from '@helpdesk-verify/testkit/browser/checkAccessibility';
import { startTestService, type TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { codeFrom, EmployeeBrowser, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';
import { freePort } from '@helpdesk-verify/testkit/freePort';
import { loadConnectorConfig } from '../src/connector/loadConnectorConfig';
import { startConnector, type RunningConnector } from '../src/connector/startConnector';
import { memorySeenWebhookStore } from '../src/webhook/memorySeenWebhookStore';
import { buildApp, type BuiltApp } from './buildApp';
import { startFakeZendeskApi, type FakeZendeskApi } from './startFakeZendeskApi';
import { startZafHost, type ZafHost } from './zafHost/startZafHost';

const TICKET_ID = 4242;
const FIELD_ID = 360009999;
const requester = {
  id: 9001,
  name: 'Dana Scully',
  email: 'dana@acme.example',
  identities: [{ type: 'phone_number', value: '+15555550100' }],
};
const ticketData = (extra: Record<string, unknown> = {}) => ({
  'ticket.id': TICKET_ID,
  'ticket.requester': requester,
  'ticket.status': 'solved',
  'ticket.tags': ['vip', 'mfa_reset'],
  currentUser: { id: 77, name: 'Alex Agent', email: 'alex@acme.example' },
  'currentAccount.subdomain': 'acme',
  ...extra,
});

type HostWindow = {
  zafHost: {
    received: string[];
    sent: string[];
    resizes: { height: string }[];
    subscriptions: Record<string, number>;
    fireSave(): Promise<{ saved: boolean; message?: string }>;
  };
};

describe('the sidebar app in Chromium, framed by a ZAF host, against the real service', () => {
  let service: TestService;
  let built: BuiltApp;
  let browser: Browser;
  let zendesk: FakeZendeskApi;
  let connector: RunningConnector;
  const hosts: ZafHost[] = [];

  beforeAll(async () => {
    [service, built, browser, zendesk] = await Promise.all([
      startTestService('pglite'),
      buildApp({ serviceDomain: '127.0.0.1' }),
      launchChromium(),
      startFakeZendeskApi({ email: 'bot@acme.example', oauthToken: 'zd-oauth-1', ticketIds: [TICKET_ID] }),
    ]);
    await service.org.client.createEmployee({
      body: { email: requester.email, display_name: 'Dana Scully', phone: '+15555550100' },
    });
    const port = await freePort();
    const endpoint = await service.org.client.createWebhookEndpoint({
      body: { url: `http://127.0.0.1:${port}/webhooks/helpdesk-verify`, description: 'Zendesk connector' },
    });
    connector = await startConnector(
      loadConnectorConfig({
        HV_CONNECTOR_PORT: String(port),
        HV_WEBHOOK_SECRET: endpoint.secret,
        ZENDESK_BASE_URL: zendesk.url,
        ZENDESK_OAUTH_TOKEN: 'zd-oauth-1',
        ZENDESK_STATUS_FIELD_ID: String(FIELD_ID),
      }),
      { seen: memorySeenWebhookStore() },
    );
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    for (const host of hosts) await host.close();
    await connector?.close();
    await zendesk?.close();
    await service?.close();
    if (built) rmSync(built.out, { recursive: true, force: true });
  });

  const openSidebar = async (
    settings: Record<string, string>,
    data: Record<string, unknown> = ticketData(),
    location: 'ticket_sidebar' | 'user_sidebar' = 'ticket_sidebar',
  ): Promise<{ page: Page; app: Frame; host: ZafHost }> => {
    const host = await startZafHost({ appDir: built.appDir, settings, data, location });
    hosts.push(host);
    const page = await browser.newPage();
    await page.goto(host.url);
    const handle = await page.waitForSelector('iframe');
    const app = (await handle.contentFrame())!;
    await app.waitForSelector('[data-testid=requester]');
    return { page, app, host };
  };

  const settingsFor = (overrides: Record<string, string> = {}) => ({
    service_url: service.baseUrl,
    api_key: service.org.apiKey,
    default_link_id: service.org.linkId,
    solve_gate_tag: 'mfa_reset',
    ...overrides,
  });

  it('verifies the requester from the sidebar, live, and the connector writes the signed result on the ticket', async () => {
    const { page, app, host } = await openSidebar(settingsFor());
    const zaf = () => page.evaluate(() => (globalThis as unknown as HostWindow).zafHost);

    // The requester as the ticket has them, the Link to use, the channels.
    const card = await app.textContent('[data-testid=requester]');
    expect(card).toContain('Dana Scully');
    expect(card).toContain('dana@acme.example');
    expect(card).toContain('+15555550100');
    await app.waitForSelector('[data-testid=verify]:not([disabled])');
    expect(await app.$eval('[data-testid=link-select]', (s) => (s as HTMLSelectElement).value)).toBe(
      service.org.linkId,
    );

    // The policy gate refuses to solve the mfa_reset ticket before a verification passed.
    expect((await zaf()).subscriptions['ticket.save']).toBe(1);
    const refused = await page.evaluate(() => (globalThis as unknown as HostWindow).zafHost.fireSave());
    expect(refused).toEqual({ saved: false, message: expect.stringContaining('mfa_reset') });

    // Keyboard only: tab to Verify identity and press Enter.
    await app.focus('[data-testid=link-select]');
    for (
      let i = 0;
      i < 10 && !(await app.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'verify'));
      i++
    )
      await page.keyboard.press('Tab');
    expect(await app.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('verify');
    await page.keyboard.press('Enter');

    await app.waitForSelector('[data-testid=verification][data-status=pending]');
    const matchCode = (await app.textContent('[data-testid=match-code]'))!;
    expect(matchCode).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);
    // Focus moves to the new status so a keyboard or screen reader user follows it.
    await app.waitForFunction(() => document.activeElement?.id === 'hv-current', undefined, { timeout: 5000 });

    const [created] = (
      await service.org.client.listVerifications({ query: { ticket_system: 'zendesk', ticket_id: String(TICKET_ID) } })
    ).data;
    expect(created).toMatchObject({
      status: 'pending',
      match_code: matchCode,
      employee: { email: 'dana@acme.example' },
      agent: { name: 'Alex Agent', email: 'alex@acme.example', id: '77' },
      ticket: { system: 'zendesk', id: String(TICKET_ID), url: `https://acme.zendesk.com/agent/tickets/${TICKET_ID}` },
      metadata: { zendesk_ticket_id: String(TICKET_ID), zendesk_requester_id: '9001' },
    });

    // The employee completes the verification in their own browser.
    const mail = (await service.app.outbox!.list()).find((m) => m.channel === 'email' && m.text.includes(matchCode))!;
    const employee = new EmployeeBrowser(service.baseUrl);
    await employee.request('POST', `${linkFrom(mail.text)}/start`);
    await app.waitForSelector('[data-testid=verification][data-status=opened]', { timeout: 10_000 });
    let session = await employee.request('GET', '/session');
    await employee.request('POST', '/session/proofs/phone_code/send', { csrf: EmployeeBrowser.csrfOf(session.html) });
    const sms = (await service.app.outbox!.list()).find((m) => m.channel === 'sms' && m.text.includes(matchCode))!;
    session = await employee.request('GET', '/session');
    await employee.request('POST', '/session/proofs/phone_code/check', {
      csrf: EmployeeBrowser.csrfOf(session.html),
      code: codeFrom(sms.text),
    });

    await app.waitForSelector('[data-testid=verification][data-status=passed]', { timeout: 10_000 });
    expect(await app.textContent('[data-testid=status]')).toBe('Passed');
    expect(await app.textContent('[data-testid=proofs]')).toMatch(
      /Email possession.*passed.*Phone one-time code.*passed/s,
    );
    expect(await app.textContent('[data-testid=risk]')).toMatch(/Risk score \d+\/100/);
    await app.waitForSelector('[data-testid=history-item]');
    expect(await app.$$('[data-testid=resend]')).toHaveLength(0);
    // Garden renders accessible markup: axe-core finds no serious WCAG 2.1 AA issue in the sidebar.
    expect(await seriousAccessibilityViolations(app as unknown as Page)).toEqual([]);

    // Now the ticket may be solved.
    expect(await page.evaluate(() => (globalThis as unknown as HostWindow).zafHost.fireSave())).toEqual({
      saved: true,
    });

    // The signed webhook reaches the connector, which writes the private note, tag and field.
    await service.app.jobs.webhooks.runOnce();
    const ticket = zendesk.tickets.get(TICKET_ID)!;
    expect(ticket.comments).toHaveLength(1);
    expect(ticket.comments[0]).toMatchObject({
      public: false,
      html_body: expect.stringContaining('[PASSED] Identity verified: Dana Scully (dana@acme.example)'),
    });
    expect(ticket.comments[0]!.html_body).toContain(matchCode);
    expect(ticket.tags).toEqual(['identity_verified']);
    expect(ticket.custom_fields).toEqual([{ id: FIELD_ID, value: 'passed' }]);
    expect(zendesk.refused).toEqual([]);

    // The app resized itself, and the API key never reached the browser.
    const state = await zaf();
    expect(state.resizes.length).toBeGreaterThan(0);
    expect(state.resizes.at(-1)!.height).toMatch(/^\d+px$/);
    expect(host.publicSettings).not.toHaveProperty('api_key');
    expect(host.proxied.length).toBeGreaterThan(3);
    expect(host.proxied.every((r) => r.secure && r.headers.Authorization === 'Bearer {{setting.api_key}}')).toBe(true);
    expect(host.refused).toEqual([]);
    const everything = [...state.received, ...state.sent, await page.content(), await app.content()].join('\n');
    expect(everything).not.toContain(service.org.apiKey);
  }, 90_000);

  it('cancels and resends from the sidebar', async () => {
    const { app } = await openSidebar(settingsFor(), ticketData({ 'ticket.id': 5151 }));
    await app.click('[data-testid=verify]:not([disabled])');
    await app.waitForSelector('[data-testid=verification][data-status=pending]');
    await app.click('[data-testid=resend]:not([disabled])');
    await app.waitForFunction(() =>
      document.querySelector('[data-testid=verification] details')?.textContent?.includes('Link sent again'),
    );
    await app.click('[data-testid=cancel]:not([disabled])');
    await app.waitForSelector('[data-testid=verification][data-status=cancelled]');
    expect(await app.textContent('[data-testid=outcome-reason]')).toContain('Alex Agent');
    // Ended, so Verify identity is offered again.
    await app.waitForSelector('[data-testid=verify]');
  }, 60_000);

  it('says so clearly when the API key is wrong or the service is down', async () => {
    const wrongKey = await openSidebar(settingsFor({ api_key: 'hv_wrong_key_0000000000000000' }));
    await wrongKey.app.waitForSelector('[data-testid=error]');
    expect(await wrongKey.app.textContent('[data-testid=error]')).toContain('The API key was refused');

    const closedPort = await freePort();
    const down = await openSidebar(settingsFor({ service_url: `http://127.0.0.1:${closedPort}` }));
    await down.app.waitForSelector('[data-testid=error]', { timeout: 15_000 });
    expect(await down.app.textContent('[data-testid=error]')).toContain('Helpdesk Verify is not reachable');
    // The gate fails closed while the service cannot be asked.
    const save = await down.page.evaluate(() => (globalThis as unknown as HostWindow).zafHost.fireSave());
    expect(save).toEqual({ saved: false, message: expect.stringContaining('could not be checked') });
  }, 60_000);

  it('shows the requester’s past verifications in the user sidebar, without a Verify button', async () => {
    const { app } = await openSidebar(
      settingsFor(),
      { user: requester, currentUser: { id: 77, name: 'Alex Agent', email: 'alex@acme.example' } },
      'user_sidebar',
    );
    await app.waitForSelector('[data-testid=history-item]');
    const items = await app.$$eval('[data-testid=history-item]', (li) => li.map((l) => l.textContent ?? ''));
    expect(items.some((text) => text.includes('Passed') && text.includes(`ticket #${TICKET_ID}`))).toBe(true);
    expect(await app.$$('[data-testid=verify]')).toHaveLength(0);
  }, 30_000);
});
