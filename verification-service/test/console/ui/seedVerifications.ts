import type { CreateVerificationRequest } from '@helpdesk-verify/core-client/schemas';
import type { TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { codeFrom, EmployeeBrowser, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';

const EMPLOYEES = [
  { email: 'dana@acme.example', display_name: 'Dana Whitfield', phone: '+15555550100' },
  { email: 'li@acme.example', display_name: 'Li Wen', phone: '+15555550101' },
  { email: 'omar@acme.example', display_name: 'Omar Haddad', phone: '+15555550102' },
  { email: 'sofia@acme.example', display_name: 'Sofia Lindqvist', phone: '+15555550103' },
];
const AGENTS = [
  { name: 'Alex Agent', email: 'alex@acme.example' },
  { name: 'Bea Support', email: 'bea@acme.example' },
  { name: 'Chris Desk', email: 'chris@acme.example' },
];
const SYSTEMS = ['servicenow', 'zendesk', 'jira', 'console', 'api'] as const;
const TICKET_URL: Record<(typeof SYSTEMS)[number], string | null> = {
  servicenow: 'https://acme.service-now.example/nav_to.do?uri=incident.do',
  zendesk: 'https://acme.zendesk.example/agent/tickets/',
  jira: 'https://acme.atlassian.example/browse/',
  console: null,
  api: null,
};

/** What seeding made, for assertions. */
export interface SeededVerifications {
  ids: string[];
  passed: number;
  failed: number;
  cancelled: number;
  expired: number;
  employees: typeof EMPLOYEES;
}

/**
 * Fills `service.org` with realistic history over the last `days` UTC days: verifications from
 * several agents, ticket systems, channels and two Links that passed (the employee really follows
 * the link and types the texted code over HTTP), failed (five wrong codes), were cancelled or
 * expired. Moves the manual clock through the days and leaves it at the real time.
 */
export async function seedVerifications(
  service: TestService,
  options: { days: number; perDay: number },
): Promise<SeededVerifications> {
  const { client } = service.org;
  for (const e of EMPLOYEES) await client.createEmployee({ body: e });
  const smsLink = await client.createLink({
    body: {
      name: 'Email link + SMS code',
      description: 'Link by email or SMS, code by SMS',
      proofs: [
        { type: 'email_possession', required: true },
        { type: 'phone_code', required: true },
      ],
      assurance: 'medium',
      lifetime_seconds: 900,
      single_use: true,
      channels: ['email', 'sms'],
    },
  });
  const links = [service.org.linkId, smsLink.id];
  const now = Date.now();
  const seeded: SeededVerifications = { ids: [], passed: 0, failed: 0, cancelled: 0, expired: 0, employees: EMPLOYEES };
  let n = 0;
  for (let day = options.days - 1; day >= 0; day--) {
    service.clock.set(new Date(now - day * 86_400_000 - 3 * 3_600_000));
    for (let i = 0; i < options.perDay; i++, n++) {
      const employee = EMPLOYEES[n % EMPLOYEES.length]!;
      const system = SYSTEMS[n % SYSTEMS.length]!;
      const linkId = links[n % 3 === 0 ? 1 : 0]!;
      const body: CreateVerificationRequest = {
        link_id: linkId,
        employee: { email: employee.email },
        channels: linkId === smsLink.id && n % 2 === 0 ? ['email', 'sms'] : ['email'],
        ticket: {
          system,
          id: `${system.toUpperCase().slice(0, 3)}-${1000 + n}`,
          url: TICKET_URL[system] ? `${TICKET_URL[system]}${1000 + n}` : null,
        },
        agent: AGENTS[n % AGENTS.length]!,
        reason: n % 2 ? 'MFA reset' : 'Password reset',
      };
      const created = await client.createVerification({ body });
      seeded.ids.push(created.id);
      const outcome = n % 7 === 3 ? 'fail' : n % 7 === 5 ? 'cancel' : n % 7 === 6 ? 'expire' : 'pass';
      if (outcome === 'cancel') {
        await client.cancelVerification({ params: { id: created.id }, body: { reason: 'caller hung up' } });
        seeded.cancelled++;
        continue;
      }
      if (outcome === 'expire') {
        seeded.expired++;
        continue;
      }
      const mail = (await service.app.outbox!.list()).find(
        (m) => m.channel === 'email' && m.text.includes(created.match_code),
      );
      const browser = new EmployeeBrowser(service.baseUrl);
      await browser.request('POST', `${linkFrom(mail!.text)}/start`);
      service.clock.advance(20_000 + (n % 5) * 25_000);
      let page = await browser.request('GET', '/session');
      await browser.request('POST', '/session/proofs/phone_code/send', { csrf: EmployeeBrowser.csrfOf(page.html) });
      service.clock.advance(15_000 + (n % 3) * 20_000);
      if (outcome === 'fail') {
        for (let attempt = 0; attempt < 5; attempt++) {
          page = await browser.request('GET', '/session');
          await browser.request('POST', '/session/proofs/phone_code/check', {
            csrf: EmployeeBrowser.csrfOf(page.html),
            code: `00000${attempt}`,
          });
        }
        seeded.failed++;
        continue;
      }
      const sms = (await service.app.outbox!.list())
        .filter((m) => m.channel === 'sms' && m.text.includes(created.match_code) && /verification code/.test(m.text))
        .at(-1);
      page = await browser.request('GET', '/session');
      if (!sms)
        throw new Error(
          `no code was texted for ${created.id}; the employee page says: ${page.html
            .replace(/<[^>]+>/g, ' ')
            .replace(/\s+/g, ' ')
            .slice(0, 600)}`,
        );
      await browser.request('POST', '/session/proofs/phone_code/check', {
        csrf: EmployeeBrowser.csrfOf(page.html),
        code: codeFrom(sms!.text),
      });
      seeded.passed++;
    }
    service.clock.advance(20 * 60_000);
    await service.app.jobs.expiry.runOnce();
  }
  service.clock.set(new Date());
  await service.app.jobs.webhooks.runOnce();
  return seeded;
}
