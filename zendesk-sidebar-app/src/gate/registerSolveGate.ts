import type { TicketingClient } from '@helpdesk-verify/core-client/client';
import { describeError } from '../sidebar/describeError';
import type { ZafClient } from '../sidebar/zaf/ZafClient';
import { decideSolve, needsVerification, type TicketBeingSaved } from './decideSolve';
import { listTicketVerifications } from './listTicketVerifications';

/**
 * Registers the ZAF `ticket.save` hook of the policy gate. The hook resolves to allow the save and
 * rejects with a message to stop it (Zendesk shows the message). It fails closed: when the service
 * cannot be asked, a gated ticket is not solved. It runs only where the sidebar is open; the
 * server-side guard (`guard/`) covers every other way a ticket gets solved.
 */
export const registerSolveGate = (input: {
  zaf: Pick<ZafClient, 'on' | 'get'>;
  hv: Pick<TicketingClient, 'listVerifications'>;
  gateTag: string;
  maxAgeMinutes: number | null;
  serviceUrl: string;
  now?: () => Date;
}): void => {
  input.zaf.on('ticket.save', async () => {
    const data = await input.zaf.get(['ticket.id', 'ticket.status', 'ticket.tags', 'ticket.requester']);
    const requester = data['ticket.requester'] as { email?: string | null } | undefined;
    const ticket: TicketBeingSaved = {
      status: String(data['ticket.status'] ?? ''),
      tags: Array.isArray(data['ticket.tags']) ? (data['ticket.tags'] as unknown[]).map(String) : [],
      requesterEmail: requester?.email ?? null,
    };
    if (!needsVerification(ticket, input.gateTag)) return true;
    let verifications;
    try {
      verifications = await listTicketVerifications(input.hv, String(data['ticket.id']));
    } catch (error) {
      const { title, detail } = describeError(error, input.serviceUrl);
      throw new Error(
        `This ticket needs a passed identity verification before it is solved, and it could not be checked. ${title}: ${detail}`,
        { cause: error },
      );
    }
    const decision = decideSolve({
      ticket,
      gateTag: input.gateTag,
      verifications,
      now: (input.now ?? (() => new Date()))(),
      maxAgeMinutes: input.maxAgeMinutes,
    });
    if (!decision.allow) throw new Error(decision.message);
    return true;
  });
};
