import type { ProofStepContext } from '../framework/ProofDefinition';

/**
 * Notes on the verification's `device` what the passkey established: the attestation, the model
 * (AAGUID) and whether this passkey is new (enrolled now) or one the employee signed with before.
 */
export async function recordPasskeyDevice(
  step: ProofStepContext,
  device: { attestation: string; attested: boolean; aaguid: string; newDevice: boolean },
): Promise<void> {
  await step.services.noteDevice({
    attestation: device.attestation,
    aaguid: device.aaguid,
    new_device: device.newDevice,
    passkey_used: true,
    passkey_attested: device.attested,
  });
}
