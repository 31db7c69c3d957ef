import type { ProofView } from '../framework/ProofDefinition';
import { html, type SafeHtml } from '../../../kernel/html';
import { proofScriptUrl } from '../framework/proofAssets';

/** The browser scripts of the step, served from our origin (the page CSP allows script-src 'self'). */
export const PASSKEY_SCRIPTS = ['simplewebauthn-browser.umd.min.js', 'passkey.js'] as const;

/** The passkey step: one button the page script drives; without script the page says what to do. */
export function renderPasskeyStep({ actionBase, csrfToken, notice }: ProofView): SafeHtml {
  return html` <p>
      Confirm with the passkey on this device (fingerprint, face or device PIN). The first time, a passkey is created
      for you.
    </p>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
    <noscript
      ><p class="warn">
        This step needs JavaScript. Turn it on for this page, or use another browser, then reload.
      </p></noscript
    >
    <p class="notice" role="status" id="passkey-status" hidden></p>
    <button type="button" id="passkey-button" data-action-base="${actionBase}" data-csrf="${csrfToken}">
      Continue with a passkey
    </button>
    ${PASSKEY_SCRIPTS.map((name) => html`<script src="${proofScriptUrl('device_passkey', name)}" defer></script>`)}`;
}
