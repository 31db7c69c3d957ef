import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { decodeAttestationObject } from '@simplewebauthn/server/helpers';
import { DevicePolicy } from '@helpdesk-verify/core-client/schemas';
import type { ProofDefinition, ProofStepContext, ProofStepResult } from '../framework/ProofDefinition';
import {
  findPasskeyCredential,
  insertPasskeyCredential,
  listPasskeyCredentials,
  recordPasskeyUse,
} from './passkeyCredentialsTable';
import { trustStoreFor } from './webauthn/loadTrustStore';
import { attestationTrust } from './attestationTrust';
import { checkDevicePolicy } from './checkDevicePolicy';
import { recordPasskeyDevice } from './recordPasskeyDevice';
import { renderPasskeyStep } from './renderPasskeyStep';
import { passkeyScripts } from './passkeyScripts';

/** Ceremony rules: a challenge lives two minutes and is used once; three failed ceremonies fail the proof. */
export const PASSKEY = { challengeLifetimeMs: 2 * 60_000, maxFailures: 3 } as const;

export interface PasskeyState {
  ceremony?: 'registration' | 'authentication';
  challenge?: string;
  expires_at?: string;
  /** Credentials the authentication options allowed. */
  allowed?: string[];
}

/** The relying party is the service's public host; the origin is its public origin. */
export function relyingParty(step: Pick<ProofStepContext, 'ctx'>): { rpID: string; origin: string } {
  const url = new URL(step.ctx.config.publicUrl);
  return { rpID: url.hostname, origin: url.origin };
}

/** The Link's device policy, as it is now (an admin tightening it applies to open verifications too). */
function devicePolicyOf(step: ProofStepContext): DevicePolicy {
  return DevicePolicy.parse(step.options ?? {});
}

function failure(step: ProofStepContext, detail: string): ProofStepResult {
  const failures = step.proof.attempts + 1;
  const state = {};
  if (failures >= PASSKEY.maxFailures)
    return {
      status: 'failed',
      detail: `Passkey rejected ${failures} times; last: ${detail}`,
      attempts: failures,
      state,
    };
  return {
    status: 'pending',
    attempts: failures,
    state,
    notice: `Your passkey was not accepted (${detail}). Try again.`,
  };
}

async function startCeremony(step: ProofStepContext): Promise<ProofStepResult> {
  const { rpID } = relyingParty(step);
  const v = step.verification;
  const now = step.ctx.clock.now();
  const policy = devicePolicyOf(step);
  // Only passkeys the Link's policy accepts can sign.
  const registered = await listPasskeyCredentials(step.ctx, {
    tx: step.tx,
    orgId: v.orgId,
    employeeId: v.employee.id,
    activeOnly: true,
  });
  const active = registered.filter((c) => checkDevicePolicy(policy, c) === null);
  // Enrolling through the link alone is trust on first use: allowed only while the employee has no
  // passkey at all. Whoever holds the link must not add a device beside registered ones the policy
  // refuses; an admin revokes those first (or the agent uses a Link without that policy).
  if (active.length === 0 && registered.length > 0) {
    return {
      status: 'failed',
      detail: `The employee's registered passkeys do not meet this Link's device policy (${checkDevicePolicy(policy, registered[0]!)}); an admin must revoke them before a new passkey can be enrolled`,
      attempts: step.proof.attempts + 1,
      state: {},
    };
  }
  const expires_at = new Date(now.getTime() + PASSKEY.challengeLifetimeMs).toISOString();
  if (active.length === 0) {
    const all = await listPasskeyCredentials(step.ctx, { tx: step.tx, orgId: v.orgId, employeeId: v.employee.id });
    const options = await generateRegistrationOptions({
      rpName: v.orgName,
      rpID,
      userName: v.employee.email,
      userID: new TextEncoder().encode(v.employee.id),
      userDisplayName: v.employee.display_name,
      attestationType: 'direct',
      excludeCredentials: all.map((c) => ({
        id: c.credentialId,
        transports: c.transports as AuthenticatorTransport[],
      })),
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
      timeout: PASSKEY.challengeLifetimeMs,
    });
    const state: PasskeyState = { ceremony: 'registration', challenge: options.challenge, expires_at };
    return { status: 'pending', state: state as Record<string, unknown>, data: { ceremony: 'registration', options } };
  }
  const options = await generateAuthenticationOptions({
    rpID,
    allowCredentials: active.map((c) => ({ id: c.credentialId, transports: c.transports as AuthenticatorTransport[] })),
    userVerification: 'required',
    timeout: PASSKEY.challengeLifetimeMs,
  });
  const state: PasskeyState = {
    ceremony: 'authentication',
    challenge: options.challenge,
    expires_at,
    allowed: active.map((c) => c.credentialId),
  };
  return { status: 'pending', state: state as Record<string, unknown>, data: { ceremony: 'authentication', options } };
}

async function enrol(
  step: ProofStepContext,
  response: RegistrationResponseJSON,
  challenge: string,
): Promise<ProofStepResult> {
  const { rpID, origin } = relyingParty(step);
  const v = step.verification;
  const verified = await verifyRegistrationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: true,
  });
  if (!verified.verified) return failure(step, 'the enrolment did not verify');
  const info = verified.registrationInfo;
  const x5c = decodeAttestationObject(info.attestationObject).get('attStmt').get('x5c');
  const now = step.ctx.clock.now();
  const trust = attestationTrust({
    fmt: info.fmt,
    x5c: Array.isArray(x5c) ? x5c : [],
    store: trustStoreFor(step.ctx.config.webauthnTrustDir),
    at: now,
  });
  const backupEligible = info.credentialDeviceType === 'multiDevice';
  const refused = checkDevicePolicy(devicePolicyOf(step), {
    attested: trust.attested,
    attestationDetail: trust.detail,
    aaguid: info.aaguid,
    backupEligible,
  });
  if (refused) return failure(step, refused);
  const stored = await insertPasskeyCredential(step.ctx, {
    tx: step.tx,
    credential: {
      credentialId: info.credential.id,
      orgId: v.orgId,
      employeeId: v.employee.id,
      publicKey: info.credential.publicKey,
      counter: info.credential.counter,
      transports: info.credential.transports ?? [],
      aaguid: info.aaguid,
      fmt: info.fmt,
      attested: trust.attested,
      attestationDetail: trust.detail,
      backupEligible,
      backupState: info.credentialBackedUp,
      createdAt: now,
    },
  });
  if (!stored) return failure(step, 'this passkey is already registered');
  await recordPasskeyDevice(step, {
    attestation: trust.detail,
    attested: trust.attested,
    aaguid: info.aaguid,
    newDevice: true,
  });
  const backup = info.credentialBackedUp ? ', synced passkey' : '';
  return {
    status: 'passed',
    assurance: trust.attested ? 'high' : 'medium',
    detail: `Enrolled a passkey on this device: ${trust.detail}${backup}`,
    state: {},
  };
}

async function authenticate(
  step: ProofStepContext,
  response: AuthenticationResponseJSON,
  state: PasskeyState,
): Promise<ProofStepResult> {
  const { rpID, origin } = relyingParty(step);
  const v = step.verification;
  // Checked before it reaches SQL: a NUL byte would abort the transaction on PostgreSQL.
  const wellFormed = typeof response.id === 'string' && /^[A-Za-z0-9_-]{1,1400}$/.test(response.id);
  const credential = wellFormed
    ? await findPasskeyCredential(step.ctx, { tx: step.tx, orgId: v.orgId, credentialId: response.id, forUpdate: true })
    : null;
  if (
    !credential ||
    credential.employeeId !== v.employee.id ||
    !(state.allowed ?? []).includes(credential.credentialId)
  ) {
    return failure(step, 'this passkey is not registered to you');
  }
  if (credential.revokedAt) return failure(step, 'this passkey was revoked');
  const refused = checkDevicePolicy(devicePolicyOf(step), credential);
  if (refused) return failure(step, refused);
  const verified = await verifyAuthenticationResponse({
    response,
    expectedChallenge: state.challenge as string,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: true,
    credential: {
      id: credential.credentialId,
      publicKey: new Uint8Array(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports as AuthenticatorTransport[],
    },
  });
  const { newCounter, credentialBackedUp } = verified.authenticationInfo;
  if (!verified.verified) return failure(step, 'the signature did not verify');
  // A counter that does not grow (when the authenticator keeps one) means a cloned authenticator.
  if ((newCounter > 0 || credential.counter > 0) && newCounter <= credential.counter)
    return failure(step, 'the sign counter went backwards');
  await recordPasskeyUse(step.ctx, {
    tx: step.tx,
    orgId: v.orgId,
    credentialId: credential.credentialId,
    counter: newCounter,
    backupState: credentialBackedUp,
    at: step.ctx.clock.now(),
  });
  await recordPasskeyDevice(step, {
    attestation: credential.attestationDetail,
    attested: credential.attested,
    aaguid: credential.aaguid,
    newDevice: false,
  });
  return {
    status: 'passed',
    assurance: credential.attested ? 'high' : 'medium',
    detail: `Signed in with the passkey enrolled on ${credential.createdAt.toISOString().slice(0, 10)}: ${credential.attestationDetail}`,
    state: {},
  };
}

/**
 * Device identity by WebAuthn: the first verification enrols a passkey bound to the employee, later
 * ones need an assertion of a registered, unrevoked credential. Attested hardware gives `high`
 * assurance, any other passkey `medium` ("unattested passkey").
 */
export const devicePasskeyProof: ProofDefinition = {
  type: 'device_passkey',
  assurance: 'high',
  title: 'Passkey on your device',
  description:
    'A passkey (WebAuthn) bound to the employee: enrolled on first use, then signed with on later verifications. Attested hardware gives high assurance.',
  actions: {
    options: startCeremony,
    async verify(step, input) {
      const state = step.proof.state as PasskeyState;
      if (!state.challenge || !state.expires_at || !state.ceremony) return failure(step, 'no passkey request is open');
      if (step.ctx.clock.now().getTime() > Date.parse(state.expires_at)) return failure(step, 'the request expired');
      const response = input.response;
      if (!response || typeof response !== 'object') return failure(step, 'no passkey response');
      try {
        return state.ceremony === 'registration'
          ? await enrol(step, response as RegistrationResponseJSON, state.challenge)
          : await authenticate(step, response as AuthenticationResponseJSON, state);
      } catch (error) {
        return failure(step, error instanceof Error ? error.message.slice(0, 200) : 'invalid response');
      }
    },
  },
  renderPending: renderPasskeyStep,
  assets: passkeyScripts,
  // The attestation trust store is read at start, so a bad HV_WEBAUTHN_TRUST_DIR stops the service instead of the first enrolment.
  start(ctx) {
    trustStoreFor(ctx.config.webauthnTrustDir);
  },
};
