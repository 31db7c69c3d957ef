import { RECEIVER_STATUS, type WebhookRequest } from '@helpdesk-verify/core-client/receiver';
import { showTicket } from '../../zendesk/showTicket';
import { showUserEmail } from '../../zendesk/showUserEmail';
import { ZendeskUnavailableError } from '../../zendesk/ZendeskUnavailableError';
import { decideSolve, type SolveDecision } from '../decideSolve';
import { buildReopenNote } from './buildReopenNote';
import { reopenTicket } from './reopenTicket';
import type { SolveGuardAnswer, SolveGuardDeps } from './SolveGuardDeps';
import { verifyZendeskSignature } from './verifyZendeskSignature';

const answer = (status: number, result: string, detail?: string, verificationId?: string): SolveGuardAnswer => ({
  status,
  body: {
    result,
    ...(detail === undefined ? {} : { detail }),
    ...(verificationId === undefined ? {} : { verification_id: verificationId }),
  },
});

const ticketIdOf = (body: string): string | null => {
  try {
    const parsed: unknown = JSON.parse(body);
    const id =
      typeof parsed === 'object' && parsed !== null ? (parsed as { ticket_id?: unknown }).ticket_id : undefined;
    const text = typeof id === 'number' ? String(id) : typeof id === 'string' ? id.trim() : '';
    return /^[1-9]\d{0,18}$/.test(text) ? text : null;
  } catch {
    return null;
  }
};

/**
 * The server-side solve guard: Zendesk's trigger (from `requirements.json`) posts
 * `{"ticket_id": "…"}` when a ticket with the gate tag and without `identity_verified` is solved.
 * The guard checks Zendesk's signature, reads the ticket and its requester, asks the service for
 * the ticket's verifications and applies the same rule as the sidebar (`decideSolve` on the kit's
 * `decideTicketGate`). When the rule refuses, or the service cannot be asked (fail closed), it
 * reopens the ticket with an internal note saying why.
 */
export const handleSolveGuard = async (deps: SolveGuardDeps, request: WebhookRequest): Promise<SolveGuardAnswer> => {
  const log = deps.log ?? (() => {});
  if (request.method.toUpperCase() !== 'POST') return answer(RECEIVER_STATUS.method_not_allowed, 'method_not_allowed');
  if (deps.signingSecrets.length === 0)
    return answer(RECEIVER_STATUS.not_configured, 'not_configured', 'No Zendesk webhook signing secret is configured');
  const verified = verifyZendeskSignature({
    secrets: deps.signingSecrets,
    headers: request.headers,
    body: request.body,
    now: deps.now(),
  });
  if (!verified.verified) {
    log({ msg: 'solve guard request refused', reason: verified.reason });
    return answer(RECEIVER_STATUS[verified.reason], verified.reason);
  }
  const ticketId = ticketIdOf(request.body);
  if (ticketId === null)
    return answer(RECEIVER_STATUS.invalid_payload, 'invalid_payload', 'The body must be {"ticket_id": "<numeric id>"}');
  try {
    const read = await showTicket(deps.zendesk, ticketId);
    if (!read.ok) return answer(200, 'ignored', `Zendesk answered ${read.status} for ticket ${ticketId}`);
    const ticket = read.ticket;
    if (ticket.status !== 'solved') return answer(200, 'ignored', `Ticket ${ticketId} is ${ticket.status} now`);
    const requesterEmail = ticket.requesterId === null ? null : await showUserEmail(deps.zendesk, ticket.requesterId);
    let decision: SolveDecision;
    try {
      const verifications = await deps.verifications(ticketId);
      decision = decideSolve({
        ticket: { status: ticket.status, tags: ticket.tags, requesterEmail },
        gateTag: deps.gateTag,
        verifications,
        now: deps.now(),
        maxAgeMinutes: deps.maxAgeMinutes,
      });
    } catch (error) {
      log({
        msg: 'solve guard could not ask the service',
        ticket: ticketId,
        error: error instanceof Error ? error.message : String(error),
      });
      decision = {
        allow: false,
        message:
          'The Helpdesk Verify service could not be asked whether the requester was verified, so the ticket stays open until it can.',
      };
    }
    if (decision.allow)
      return answer(
        200,
        decision.verificationId === null ? 'ignored' : 'allowed',
        decision.verificationId === null ? `Ticket ${ticketId} is not gated` : undefined,
        decision.verificationId ?? undefined,
      );
    const reopened = await reopenTicket(
      deps.zendesk,
      ticket,
      buildReopenNote({ gateTag: deps.gateTag, reason: decision.message }),
    );
    log({
      msg: reopened.reopened ? 'solve guard reopened a ticket' : 'solve guard left a ticket',
      ticket: ticketId,
      reason: decision.message,
    });
    return reopened.reopened ? answer(200, 'reopened', decision.message) : answer(200, 'ignored', reopened.detail);
  } catch (error) {
    if (!(error instanceof ZendeskUnavailableError)) throw error;
    log({ msg: 'solve guard could not reach Zendesk', ticket: ticketId, error: error.message });
    return answer(RECEIVER_STATUS.apply_failed, 'apply_failed', error.message);
  }
};
