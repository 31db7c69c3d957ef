import type { Channel } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { renderTemplate } from '@helpdesk-verify/core-client/templates';
import { maskEmail } from '../notifications/maskEmail';
import { maskPhone } from '../notifications/maskPhone';
import { enqueueMessage } from '../notifications/queue/enqueueMessage';
import { recordUnsendableMessage } from '../notifications/queue/recordUnsendableMessage';
import { findLinkTemplate } from '../templates/templatesTable';
import { destinationOf } from './destinationOf';
import type { SessionVerification } from './loadSessionVerification';

/**
 * Queues the link for each channel in the message outbox, inside `tx` (the transaction that creates
 * the verification or replaces its token), rendered with the Link's template or the organisation's
 * default. The message dispatcher sends them after the commit and retries a provider failure; a
 * channel with no contact or no template is logged as failed at once.
 */
export async function queueVerificationLink(
  ctx: Pick<AppContext, 'db' | 'clock' | 'key' | 'config'>,
  input: { tx: Queryable; verification: SessionVerification; token: string; channels: readonly Channel[] },
): Promise<void> {
  const { tx, verification } = input;
  const link = `${ctx.config.publicUrl.replace(/\/+$/, '')}/v/${input.token}`;
  const expiresInMinutes = Math.max(
    1,
    Math.round((verification.expiresAt.getTime() - ctx.clock.now().getTime()) / 60_000),
  );
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
    const base = { tx, orgId: verification.orgId, verificationId: verification.id, kind: 'link' as const, contact };
    if (!to) {
      await recordUnsendableMessage(ctx, {
        ...base,
        channel,
        destination: '(none on file)',
        error: `no ${contact} ${channel === 'email' ? 'email' : 'phone'} on file`,
      });
      continue;
    }
    const destination = channel === 'email' ? maskEmail(to) : maskPhone(to);
    const template = await findLinkTemplate(ctx, {
      tx,
      orgId: verification.orgId,
      linkId: verification.linkId,
      channel,
    });
    if (!template) {
      await recordUnsendableMessage(ctx, {
        ...base,
        channel,
        destination,
        error: `the organisation has no ${channel} template`,
      });
      continue;
    }
    let rendered: ReturnType<typeof renderTemplate>;
    try {
      rendered = renderTemplate(template, vars);
    } catch (error) {
      await recordUnsendableMessage(ctx, {
        ...base,
        channel,
        destination,
        error: `the ${channel} template could not be rendered: ${(error as Error).message}`,
      });
      continue;
    }
    const message =
      channel === 'email'
        ? { channel, to, subject: rendered.subject, text: rendered.text, html: rendered.html }
        : { channel, to, body: rendered.text };
    await enqueueMessage(ctx, { ...base, destination, message, expiresAt: verification.expiresAt });
  }
}
