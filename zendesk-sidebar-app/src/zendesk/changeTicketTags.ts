import { callZendesk } from './callZendesk';
import { showTicket } from './showTicket';
import type { ZendeskApiOptions } from './ZendeskApiOptions';
import type { ZendeskRefusal } from './ZendeskTicket';
import { ZendeskUnavailableError } from './ZendeskUnavailableError';

/** How many times a tag change is tried when another update keeps colliding with it (409). */
export const TAG_CHANGE_ATTEMPTS = 4;

/**
 * Adds and removes ticket tags with the Tags API (`PUT` / `DELETE /api/v2/tickets/{id}/tags.json`,
 * `{ tags, safe_update: true, updated_stamp }`): the ticket is read first, only what is missing is
 * added and only what is present removed, each with the ticket's current `updated_at`. On 409 (the
 * ticket changed in between) it reads the ticket again and retries, up to
 * {@link TAG_CHANGE_ATTEMPTS} times, then throws {@link ZendeskUnavailableError}.
 */
export const changeTicketTags = async (
  options: ZendeskApiOptions,
  ticketId: string,
  change: { add: readonly string[]; remove: readonly string[] },
): Promise<{ ok: true; tags: string[] } | ZendeskRefusal> => {
  let conflicts = 0;
  // At most one add and one remove succeed; every other round is a collision being retried.
  for (let round = 0; round < TAG_CHANGE_ATTEMPTS + 2 && conflicts < TAG_CHANGE_ATTEMPTS; round += 1) {
    const read = await showTicket(options, ticketId);
    if (!read.ok) return read;
    const { tags, updatedAt } = read.ticket;
    const add = change.add.filter((t) => !tags.includes(t));
    const remove = change.remove.filter((t) => tags.includes(t));
    if (add.length === 0 && remove.length === 0) return { ok: true, tags };
    const [method, wanted] = add.length > 0 ? (['PUT', add] as const) : (['DELETE', remove] as const);
    const answer = await callZendesk(options, {
      method,
      path: `/api/v2/tickets/${encodeURIComponent(ticketId)}/tags.json`,
      body: { tags: wanted, safe_update: true, updated_stamp: updatedAt },
    });
    if (answer.status === 409) conflicts += 1;
    else if (answer.status !== 200) return { ok: false, status: answer.status, detail: answer.detail };
    // Either way the ticket is read again: its updated_at moved on.
  }
  throw new ZendeskUnavailableError(
    `Tags of ticket ${ticketId} kept colliding with other updates (409 ${TAG_CHANGE_ATTEMPTS} times)`,
    409,
  );
};
