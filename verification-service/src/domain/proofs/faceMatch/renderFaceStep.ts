import type { ProofView } from '../framework/ProofDefinition';
import { html, type SafeHtml } from '../../../kernel/html';
import { proofScriptUrl } from '../framework/proofAssets';
import type { FaceState } from './faceChallengeState';

/** What happens to the images, said before the camera starts. */
export function retentionSentence(days: number | undefined): string {
  if (days === undefined) return 'Images are kept only as long as your organisation’s retention setting says.';
  if (days === 0)
    return 'No image of you is kept after the decision: the frames are deleted as soon as the check is decided. Only the scores are recorded.';
  return `Your organisation keeps the images, encrypted, for ${days} day${days === 1 ? '' : 's'} after the decision; then they are deleted.`;
}

/** The face step: a notice, the camera preview, the instruction line and one button the page script drives. */
export function renderFaceStep({ proof, actionBase, csrfToken, notice }: ProofView): SafeHtml {
  const state = proof.state as FaceState;
  return html` <p>
      We compare a short live video of your face with the photo your organisation has on file. You will be asked to turn
      your head.
    </p>
    <p class="notice" id="face-retention">${retentionSentence(state.retention_days)}</p>
    <p class="muted">
      Face the camera in good light, alone, with your whole face in the frame. Your browser will ask to use the camera.
    </p>
    ${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
    <noscript
      ><p class="warn">
        This step needs JavaScript. Turn it on for this page, or use another browser, then reload.
      </p></noscript
    >
    <div id="face-step" data-action-base="${actionBase}" data-csrf="${csrfToken}">
      <video
        id="face-video"
        playsinline
        muted
        hidden
        aria-label="Your camera"
        style="width:100%;max-height:60vh;border-radius:12px;transform:scaleX(-1);background:#000"
      ></video>
      <p id="face-instruction" class="match" aria-live="assertive" hidden></p>
      <p class="notice" role="status" id="face-status" hidden></p>
      <button type="button" id="face-start">Start the camera</button>
    </div>
    <script src="${proofScriptUrl('face_match', 'face.js')}" defer></script>`;
}
