import { html } from '../../../kernel/html';
import type { ProofDefinition } from '../framework/ProofDefinition';

/**
 * Possession of the one-time link: it passes when the employee starts from the link that was sent to
 * their registered contact. A mailbox is not an authenticator (NIST SP 800-63B-4), so it only ever
 * gives "low" assurance.
 */
export const emailPossessionProof: ProofDefinition = {
  type: 'email_possession',
  assurance: 'low',
  title: 'Link possession',
  description: 'The employee opened the one-time link sent to a contact on file (low assurance on its own).',
  async onStart({ verification }) {
    const sentTo = verification.deliveries
      .filter((d) => d.status === 'sent')
      .map((d) => `${d.contact} ${d.channel === 'email' ? 'email' : 'mobile'} ${d.destination}`);
    return {
      status: 'passed',
      assurance: 'low',
      detail:
        sentTo.length > 0 ? `Opened the one-time link sent to ${sentTo.join(' and ')}` : 'Opened the one-time link',
    };
  },
  actions: {},
  renderPending: () => html`<p>Open the link from your message to continue.</p>`,
};
