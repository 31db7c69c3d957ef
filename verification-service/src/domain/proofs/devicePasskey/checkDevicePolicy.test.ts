import { checkDevicePolicy, type PasskeyFacts } from './checkDevicePolicy';

const YUBIKEY = 'cb69481e-8ff7-4039-93ec-0a2729a154a8';
const attestedKey: PasskeyFacts = {
  attested: true,
  attestationDetail: 'packed attestation anchored at Test Root',
  aaguid: YUBIKEY,
  backupEligible: false,
};
const syncedPasskey: PasskeyFacts = {
  attested: false,
  attestationDetail: 'unattested passkey (no attestation)',
  aaguid: '00000000-0000-0000-0000-000000000000',
  backupEligible: true,
};

describe('checkDevicePolicy', () => {
  it('allows any passkey under the default policy', () => {
    const open = { require_attested: false, allowed_aaguids: [] };
    expect(checkDevicePolicy(open, attestedKey)).toBeNull();
    expect(checkDevicePolicy(open, syncedPasskey)).toBeNull();
  });

  it('require_attested refuses unattested passkeys, and attested but synced ones, naming why', () => {
    const policy = { require_attested: true, allowed_aaguids: [] };
    expect(checkDevicePolicy(policy, attestedKey)).toBeNull();
    expect(checkDevicePolicy(policy, syncedPasskey)).toBe(
      'this Link needs attested hardware and this is an unattested passkey (no attestation)',
    );
    expect(checkDevicePolicy(policy, { ...attestedKey, backupEligible: true })).toMatch(/synced passkey/);
    expect(
      checkDevicePolicy(policy, {
        ...attestedKey,
        attested: false,
        attestationDetail: 'unattested passkey (packed self attestation)',
      }),
    ).toMatch(/self attestation/);
  });

  it('a non-empty AAGUID allow-list refuses other models, whatever the case of the AAGUID', () => {
    const policy = { require_attested: false, allowed_aaguids: [YUBIKEY] };
    expect(checkDevicePolicy(policy, attestedKey)).toBeNull();
    expect(checkDevicePolicy(policy, { ...attestedKey, aaguid: YUBIKEY.toUpperCase() })).toBeNull();
    expect(checkDevicePolicy(policy, syncedPasskey)).toBe(
      'this Link allows only approved authenticator models, and this one (AAGUID 00000000-0000-0000-0000-000000000000) is not one of them',
    );
  });
});
