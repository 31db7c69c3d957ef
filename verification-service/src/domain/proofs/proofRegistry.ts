import type { ProofCapability, ProofType } from '@helpdesk-verify/core-client/schemas';
import type { ProofDefinition } from './framework/ProofDefinition';
import { emailPossessionProof } from './emailPossession/emailPossessionProof';
import { phoneCodeProof } from './phoneCode/phoneCodeProof';
import { employmentProof } from './employment/employmentProof';
import { devicePasskeyProof } from './devicePasskey/devicePasskeyProof';
import { locationProof } from './location/locationProof';
import { faceMatchProof } from './faceMatch/faceMatchProof';

/** The proofs this service can run, by type. */
export type ProofRegistry = ReadonlyMap<ProofType, ProofDefinition>;

export function createProofRegistry(
  definitions: readonly ProofDefinition[] = [
    emailPossessionProof,
    phoneCodeProof,
    devicePasskeyProof,
    employmentProof,
    locationProof,
    faceMatchProof,
  ],
): ProofRegistry {
  return new Map(definitions.map((d) => [d.type, d]));
}

/** What `GET /v1/proofs` and the Link validation use. */
export function proofCapabilities(registry: ProofRegistry): ProofCapability[] {
  return [...registry.values()].map((d) => ({ type: d.type, assurance: d.assurance, description: d.description }));
}
