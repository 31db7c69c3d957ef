import type { ProofView } from '../framework/ProofDefinition';
import { html, type SafeHtml } from '../../../kernel/html';
import { proofScriptUrl } from '../framework/proofAssets';
import { warmIpLocation } from './geo/lookupIpLocation';

/**
 * The location step: what is kept, said before anything is asked; a button the script drives to
 * share the browser's location, and a form that works without script and uses the network address.
 */
export function renderLocationStep({ actionBase, csrfToken, notice }: ProofView): SafeHtml {
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
    <script src="${proofScriptUrl('location', 'location.js')}" defer></script>`;
}
