import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeAttestationCa } from '../../../../test/passkeys/makeAttestationCa';
import { loadTrustStore, trustStoreFor } from './webauthn/loadTrustStore';
import { attestationTrust } from './attestationTrust';

const AAGUID = 'cb69481e-8ff7-4039-93ec-0a2729a154a8';

describe('attestationTrust', () => {
  const vendor = makeAttestationCa('Acme Keys', AAGUID);
  const stranger = makeAttestationCa('Unknown Keys', AAGUID);
  const store = loadTrustStore([vendor.trustDir]);
  const now = new Date();

  it('counts apple and android-key (anchored by the library) and packed/tpm/fido-u2f chains anchored at a trusted root as attested', () => {
    expect(attestationTrust({ fmt: 'apple', x5c: [], store, at: now }).attested).toBe(true);
    expect(attestationTrust({ fmt: 'android-key', x5c: [], store, at: now }).attested).toBe(true);
    for (const fmt of ['packed', 'tpm', 'fido-u2f']) {
      expect(attestationTrust({ fmt, x5c: [vendor.leafDer], store, at: now })).toEqual({
        attested: true,
        detail: `${fmt} attestation anchored at Acme Keys Attestation Root`,
      });
    }
  });

  it('calls everything else an unattested passkey and says why', () => {
    expect(attestationTrust({ fmt: 'packed', x5c: [stranger.leafDer], store, at: now })).toEqual({
      attested: false,
      detail: 'unattested passkey (packed chain not anchored at a trusted root)',
    });
    expect(attestationTrust({ fmt: 'packed', x5c: [], store, at: now }).detail).toBe(
      'unattested passkey (packed self attestation)',
    );
    expect(attestationTrust({ fmt: 'none', x5c: [], store, at: now })).toEqual({
      attested: false,
      detail: 'unattested passkey (no attestation)',
    });
    expect(attestationTrust({ fmt: 'android-safetynet', x5c: [vendor.leafDer], store, at: now }).attested).toBe(false);
    // The trusted vendor's chain, judged after its certificates ran out (30 days).
    expect(
      attestationTrust({ fmt: 'packed', x5c: [vendor.leafDer], store, at: new Date(now.getTime() + 40 * 86_400_000) })
        .detail,
    ).toBe('unattested passkey (packed certificate 0 is not valid now)');
    // A chain whose second certificate did not issue the first.
    expect(
      attestationTrust({
        fmt: 'packed',
        x5c: [vendor.leafDer, Buffer.from(stranger.rootPem.replace(/-----[^-]+-----|\s/g, ''), 'base64')],
        store,
        at: now,
      }).detail,
    ).toBe('unattested passkey (packed certificate 0 is not signed by the next one)');
    expect(attestationTrust({ fmt: 'packed', x5c: [Buffer.from('not a certificate')], store, at: now }).detail).toBe(
      'unattested passkey (packed a certificate of the chain does not parse)',
    );
  });

  it('ships the Yubico U2F root and the Microsoft TPM root, and refuses a trust folder it cannot use', () => {
    const shipped = trustStoreFor(null).roots.map((r) => r.certificate.subject);
    expect(shipped).toEqual(
      expect.arrayContaining([
        expect.stringContaining('CN=Yubico U2F Root CA Serial 457200631'),
        expect.stringContaining('CN=Microsoft TPM Root Certificate Authority 2014'),
      ]),
    );
    expect(trustStoreFor(vendor.trustDir).roots).toHaveLength(shipped.length + 1);
    expect(() => loadTrustStore([`${vendor.trustDir}-missing`])).toThrow(/ENOENT/);
    const broken = mkdtempSync(join(tmpdir(), 'hv-trust-broken-'));
    expect(() => loadTrustStore([broken])).toThrow(/holds no \.pem file/);
    writeFileSync(join(broken, 'root.pem'), 'garbage');
    expect(() => loadTrustStore([broken])).toThrow(/holds no certificate/);
  });
});
