import { describeFaceChallenge, FACE_CHALLENGES, pickFaceChallenge } from './faceChallenge';

describe('pickFaceChallenge', () => {
  it('reaches every challenge and stays in range at the ends of [0, 1)', () => {
    const picked = [0, 0.26, 0.51, 0.76, 0.999999].map((r) => pickFaceChallenge(() => r).join(','));
    expect(new Set(picked)).toEqual(new Set(FACE_CHALLENGES.map((c) => c.join(','))));
    expect(pickFaceChallenge(() => 0)).toEqual(['left', 'right']);
  });

  it('returns a copy the caller may change', () => {
    const first = pickFaceChallenge(() => 0);
    first.push('left');
    expect(pickFaceChallenge(() => 0)).toEqual(['left', 'right']);
  });

  it('words the challenge for the page', () => {
    expect(describeFaceChallenge(['right', 'left', 'right'])).toBe(
      'turn your head to your right, then to your left, then to your right',
    );
  });
});
