import { showTicket } from '../../zendesk/showTicket';
import { updateTicket } from '../../zendesk/updateTicket';
import type { ZendeskApiOptions } from '../../zendesk/ZendeskApiOptions';
import type { ZendeskTicket } from '../../zendesk/ZendeskTicket';
import { ZendeskUnavailableError } from '../../zendesk/ZendeskUnavailableError';

/** Safe-update collisions the guard retries before giving up (503, Zendesk may resend). */
const ATTEMPTS = 4;

/**
 * Sets a solved ticket back to `open` with an internal note, as a safe update against the
 * `updated_at` the decision was taken on; on 409 it reads the ticket again and stops if someone
 * already reopened it. Resolves `reopened`, or `unchanged` with why (no longer solved, or refused
 * for good); throws {@link ZendeskUnavailableError} when Zendesk cannot take it now.
 */
export const reopenTicket = async (
  zendesk: ZendeskApiOptions,
  ticket: ZendeskTicket,
  noteHtml: string,
): Promise<{ reopened: true } | { reopened: false; detail: string }> => {
  let current = ticket;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const answer = await updateTicket(zendesk, String(current.id), {
      status: 'open',
      comment: { html_body: noteHtml, public: false },
      safe_update: true,
      updated_stamp: current.updatedAt,
    });
    if (answer.ok) return { reopened: true };
    if (answer.status !== 409)
      return {
        reopened: false,
        detail: `Zendesk refused to reopen it (${answer.status}): ${answer.detail.slice(0, 200)}`,
      };
    const read = await showTicket(zendesk, String(current.id));
    if (!read.ok) return { reopened: false, detail: `Zendesk answered ${read.status} when the ticket was read again` };
    if (read.ticket.status !== 'solved') return { reopened: false, detail: `the ticket is ${read.ticket.status} now` };
    current = read.ticket;
  }
  throw new ZendeskUnavailableError(
    `Reopening ticket ${ticket.id} kept colliding with other updates (409 ${ATTEMPTS} times)`,
    409,
  );
};
