import { ProblemError } from '../../kernel/ProblemError';
import { assertLinkPolicy, type LinkProofCapability } from './assertLinkPolicy';

const capabilities: LinkProofCapability[] = [
  { type: 'email_possession', assurance: 'low' },
  { type: 'phone_code', assurance: 'medium' },
];

const problemOf = (fn: () => void): ProblemError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
  throw new Error('expected a ProblemError');
};

describe('assertLinkPolicy', () => {
  it('accepts Links whose required proofs reach their assurance', () => {
    expect(() =>
      assertLinkPolicy({ proofs: [{ type: 'email_possession', required: true }], assurance: 'low' }, capabilities),
    ).not.toThrow();
    expect(() =>
      assertLinkPolicy(
        {
          proofs: [
            { type: 'email_possession', required: true },
            { type: 'phone_code', required: true },
          ],
          assurance: 'medium',
        },
        capabilities,
      ),
    ).not.toThrow();
    expect(() =>
      assertLinkPolicy({ proofs: [{ type: 'phone_code', required: true }], assurance: 'low' }, capabilities),
    ).not.toThrow();
  });

  it('refuses email possession alone above "low"', () => {
    const problem = problemOf(() =>
      assertLinkPolicy({ proofs: [{ type: 'email_possession', required: true }], assurance: 'medium' }, capabilities),
    );
    expect(problem.code).toBe('validation_error');
    expect(problem.errors).toEqual([{ path: ['assurance'], message: expect.stringContaining('phone_code') }]);
  });

  it('does not count optional proofs towards the assurance', () => {
    const problem = problemOf(() =>
      assertLinkPolicy(
        {
          proofs: [
            { type: 'email_possession', required: true },
            { type: 'phone_code', required: false },
          ],
          assurance: 'medium',
        },
        capabilities,
      ),
    );
    expect(problem.code).toBe('validation_error');
  });

  it('refuses "high" when no proof the service runs reaches it', () => {
    const problem = problemOf(() =>
      assertLinkPolicy({ proofs: [{ type: 'phone_code', required: true }], assurance: 'high' }, capabilities),
    );
    expect(problem.code).toBe('validation_error');
    expect(problem.detail).toContain('"high"');
  });

  it('answers proof_unavailable for any proof the service cannot run, required or optional', () => {
    for (const required of [true, false]) {
      const problem = problemOf(() =>
        assertLinkPolicy(
          {
            proofs: [
              { type: 'phone_code', required: true },
              { type: 'face_match', required },
            ],
            assurance: 'medium',
          },
          capabilities,
        ),
      );
      expect(problem.code).toBe('proof_unavailable');
      expect(problem.errors).toEqual([{ path: ['proofs', 1, 'type'], message: expect.stringContaining('face_match') }]);
      expect(problem.detail).toContain('email_possession, phone_code');
    }
  });
});
