import type { TestService } from '@helpdesk-verify/testkit/e2e/startTestService';
import { codeFrom, EmployeeBrowser, linkFrom } from '@helpdesk-verify/testkit/e2e/employeeBrowser';

/** Starts a verification of `email` on a Zendesk ticket through the real service's API. */
export async function startVerification(service: TestService, input: { email: string; ticketId: number }) {
  return service.org.client.createVerification({
    body: {
      link_id: service.org.linkId,
      employee: { email: input.email },
      channels: ['email'],
      ticket: { system: 'zendesk', id: String(input.ticketId), url: null },
      agent: { name: 'Alex Agent', email: 'alex@acme.example' },
      reason: 'MFA reset',
      metadata: {},
    },
  });
}

/** The employee completes a verification in their browser: opens the emailed link, then enters the SMS code. */
export async function completeVerification(service: TestService, matchCode: string): Promise<void> {
  const mail = (await service.app.outbox!.list()).find((m) => m.channel === 'email' && m.text.includes(matchCode))!;
  const employee = new EmployeeBrowser(service.baseUrl);
  await employee.request('POST', `${linkFrom(mail.text)}/start`);
  let session = await employee.request('GET', '/session');
  await employee.request('POST', '/session/proofs/phone_code/send', { csrf: EmployeeBrowser.csrfOf(session.html) });
  const sms = (await service.app.outbox!.list()).find((m) => m.channel === 'sms' && m.text.includes(matchCode))!;
  session = await employee.request('GET', '/session');
  await employee.request('POST', '/session/proofs/phone_code/check', {
    csrf: EmployeeBrowser.csrfOf(session.html),
    code: codeFrom(sms.text),
  });
}
