import { safeEqual } from '../../../kernel/secrets';
import type { HeadTurn } from './face/faceChallenge';

/** The face proof's stored state. */
export interface FaceState {
  /** Days images are kept after the decision, read from the organisation when the employee started. */
  retention_days?: number;
  challenges_issued?: number;
  challenge?: { id: string; turns: HeadTurn[]; expires_at: string };
}

/** The open, unexpired challenge of a face proof whose id is `id`, or null. */
export function openFaceChallenge(state: FaceState, id: unknown, now: Date): FaceState['challenge'] | null {
  const c = state.challenge;
  if (!c || typeof id !== 'string' || id.length !== c.id.length || !safeEqual(Buffer.from(id), Buffer.from(c.id)))
    return null;
  return Date.parse(c.expires_at) > now.getTime() ? c : null;
}
