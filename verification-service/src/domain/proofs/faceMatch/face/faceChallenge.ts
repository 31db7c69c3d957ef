/** A head movement the employee is asked for: to their own left or right. */
export type HeadTurn = 'left' | 'right';

/** The challenges the server picks from: alternating turns, two or three of them, either side first. */
export const FACE_CHALLENGES: readonly (readonly HeadTurn[])[] = [
  ['left', 'right'],
  ['right', 'left'],
  ['left', 'right', 'left'],
  ['right', 'left', 'right'],
];

/** Picks a challenge with `random` (0 ≤ r < 1; crypto-backed in the service, seeded in tests). */
export function pickFaceChallenge(random: () => number): HeadTurn[] {
  const index = Math.min(FACE_CHALLENGES.length - 1, Math.floor(random() * FACE_CHALLENGES.length));
  return [...FACE_CHALLENGES[index]!];
}

/** The challenge in words, for the page and the proof detail. */
export function describeFaceChallenge(turns: readonly HeadTurn[]): string {
  return turns.map((t, i) => `${i === 0 ? 'turn your head to your' : 'then to your'} ${t}`).join(', ');
}
