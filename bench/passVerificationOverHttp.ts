import { request } from 'node:http';
import type { BenchService } from './startBenchService';

/**
 * Creates a verification on an email-possession-only Link and passes it the way an employee does:
 * the link is read from the local outbox and started with `POST /v/<token>/start`, which passes
 * the one proof and ends the verification ("passed") in the same transaction as the webhook
 * message. Resolves once the service has answered the start (the change has committed).
 */
export async function passVerificationOverHttp(
  service: BenchService,
  input: { linkId: string; email: string; ticketId: string },
): Promise<{ id: string }> {
  const created = await service.client.createVerification({
    body: {
      link_id: input.linkId,
      employee: { email: input.email },
      channels: ['email'],
      ticket: { system: 'servicenow', id: input.ticketId, url: `https://itsm.example/${input.ticketId}` },
      agent: { name: 'Bench Agent', email: 'agent@bench.example' },
      reason: 'Webhook latency bench',
    },
  });
  const outbox = service.app.outbox;
  if (!outbox) throw new Error('the bench needs the local outbox (no HV_SMTP_URL)');
  const mail = (await outbox.list({ limit: 20 })).find(
    (m) => m.to === input.email && m.text.includes(created.match_code),
  );
  const link = mail?.links.find((l) => /\/v\/[0-9A-Za-z]{43}$/.test(l));
  if (!link) throw new Error(`no captured link for ${created.id}`);
  const status = await postEmpty(`${link}/start`);
  if (status !== 303) throw new Error(`starting ${created.id} answered ${status}, expected 303`);
  return { id: created.id };
}

function postEmpty(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { 'content-length': '0', 'user-agent': 'hv-bench' } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}
