const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The internal note of a ticket the guard reopened: what happened, and why, in the agent's words. */
export const buildReopenNote = (input: { gateTag: string; reason: string }): string =>
  `<p><strong>Helpdesk Verify reopened this ticket.</strong> It is tagged ${escapeHtml(input.gateTag)} and was solved without a passed identity verification of the requester.</p>` +
  `<p>${escapeHtml(input.reason)}</p>`;
