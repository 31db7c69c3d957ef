import { attestationTrust } from './attestationTrust';

describe('attestationTrust', () => {
  it('counts only chains the library anchors at shipped vendor roots as attested hardware', () => {
    expect(attestationTrust({ fmt: 'apple', hasCertificateChain: true }).attested).toBe(true);
    expect(attestationTrust({ fmt: 'android-key', hasCertificateChain: true }).attested).toBe(true);
    expect(attestationTrust({ fmt: 'packed', hasCertificateChain: true })).toEqual({ attested: false, detail: 'unattested passkey (packed chain not anchored at a trusted root)' });
    expect(attestationTrust({ fmt: 'packed', hasCertificateChain: false }).detail).toBe('unattested passkey (packed self attestation)');
    expect(attestationTrust({ fmt: 'tpm', hasCertificateChain: true }).attested).toBe(false);
    expect(attestationTrust({ fmt: 'none', hasCertificateChain: false }).attested).toBe(false);
  });
});
