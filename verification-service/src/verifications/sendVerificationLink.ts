import type { Channel } from '@helpdesk-verify/core-client';
import { renderTemplate } from '../notifications/templates/renderTemplate';
import { maskEmail } from '../notifications/maskEmail';
import { maskPhone } from '../notifications/maskPhone';
import type { SessionVerification } from './loadSessionVerification';
import type { VerificationDeps } from './VerificationDeps';

interface TemplateRow {
  channel: Channel;
  subject: string;
  text: string;
  html: string;
  [key: string]: unknown;
}

/** The address a channel goes to, given the agent's work/personal choice. */
export function destinationOf(verification: Pick<SessionVerification, 'employee' | 'contacts'>, channel: Channel): string | null {
  const { employee, contacts } = verification;
  if (channel === 'email') return contacts.email === 'personal' ? employee.personal_email : employee.email;
  return contacts.sms === 'personal' ? employee.personal_phone : employee.phone;
}

/**
 * Sends the link through each channel with the Link's template (or the organisation's default) and
 * records each delivery, sent or failed, on the verification. Runs after the creating transaction
 * commits: a slow or failing provider never rolls a verification back.
 */
export async function sendVerificationLink(
  deps: VerificationDeps,
  input: { verification: SessionVerification; token: string; channels: readonly Channel[] },
): Promise<void> {
  const { verification } = input;
  const link = `${deps.config.publicUrl.replace(/\/+$/, '')}/v/${input.token}`;
  const expiresInMinutes = Math.max(1, Math.round((verification.expiresAt.getTime() - deps.clock.now().getTime()) / 60_000));
  const vars = {
    org_name: verification.orgName,
    employee_name: verification.employee.display_name,
    agent_name: verification.agent.name,
    ticket_id: verification.ticket.id,
    reason: verification.reason,
    link,
    match_code: verification.matchCode,
    expires_in_minutes: expiresInMinutes,
  };
  for (const channel of input.channels) {
    const to = destinationOf(verification, channel);
    const contact = verification.contacts[channel];
    let status: 'sent' | 'failed' = 'failed';
    let error: string | null = null;
    let masked = '(none on file)';
    try {
      if (!to) throw new Error(`no ${contact} ${channel === 'email' ? 'email' : 'phone'} on file`);
      masked = channel === 'email' ? maskEmail(to) : maskPhone(to);
      const template = await templateFor(deps, verification, channel);
      const rendered = renderTemplate(template, vars);
      if (channel === 'email') await deps.messenger.sendEmail({ to, subject: rendered.subject, text: rendered.text, html: rendered.html });
      else await deps.messenger.sendSms({ to, body: rendered.text });
      status = 'sent';
    } catch (e) {
      error = e instanceof Error ? e.message.slice(0, 300) : 'sending failed';
      deps.logger.warn({ verification_id: verification.id, channel, err: error }, 'verification link not delivered');
    }
    await deps.db.query(
      `INSERT INTO verification_deliveries (org_id, verification_id, channel, contact, destination, status, error, sent_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [verification.orgId, verification.id, channel, contact, masked, status, error, deps.clock.now()],
    );
  }
}

async function templateFor(deps: VerificationDeps, verification: SessionVerification, channel: Channel): Promise<TemplateRow> {
  const column = channel === 'email' ? 'email_template_id' : 'sms_template_id';
  const [row] = await deps.db.query<TemplateRow>(
    `SELECT t.* FROM templates t
      WHERE t.org_id = $1 AND t.channel = $2
        AND (t.id = (SELECT ${column} FROM links WHERE id = $3) OR t.is_default)
      ORDER BY (t.id = (SELECT ${column} FROM links WHERE id = $3)) DESC NULLS LAST, t.created_at
      LIMIT 1`,
    [verification.orgId, channel, verification.linkId],
  );
  if (!row) throw new Error(`the organisation has no ${channel} template`);
  return row;
}
