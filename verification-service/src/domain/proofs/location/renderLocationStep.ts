import type { ProofView } from '../ProofDefinition';
import { html } from '../../../kernel/html';
import { warmIpLocation } from './geo/lookupIpLocation';

/** The step's script, served from our origin (the page CSP allows script-src 'self'). */
export const LOCATION_SCRIPT = '/assets/location.js';

/**
 * The location step: what is kept, said before anything is asked; a button the script drives to
 * share the browser's location, and a form that works without script and uses the network address.
 */
export function renderLocationStep({ actionBase, csrfToken, notice }: ProofView): string {
  warmIpLocation();
  return html` <p>
      We check which country and region (state or province) you are in.
      <strong>Only the country and region are kept</strong>: never your exact position, and never your network address.
    </p>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
    <p class="notice" role="status" id="location-status" hidden></p>
    <button type="button" id="location-button" hidden data-action-base="${actionBase}" data-csrf="${csrfToken}">
      Share my location
    </button>
    <form method="post" action="${actionBase}/network" id="location-network-form">
      <input type="hidden" name="csrf" value="${csrfToken}" />
      <button type="submit" class="secondary" id="location-network">Use my network location instead</button>
    </form>
    <script src="${LOCATION_SCRIPT}" defer></script>`.value;
}
