import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { AppContext } from '../../../kernel/AppContext';
import { ProblemError } from '../../../kernel/ProblemError';
import type { ResolvedConsoleSession } from '../resolveConsoleSession';
import {
  CHALLENGE_LIFETIME_MS,
  consumeChallenge,
  issueSignInChallenge,
  readSignInChallenge,
  storeChallenge,
  useSignInChallenge,
} from './consoleWebAuthnChallenges';
import { relyingPartyOf } from './relyingPartyOf';
import {
  deleteConsolePasskey,
  findConsolePasskeyForSignIn,
  insertConsolePasskey,
  listConsolePasskeyCredentials,
  listConsolePasskeys,
  recordConsolePasskeyUse,
} from '../../../domain/consoleUsers/consolePasskeysTable';

type StartSession = (
  request: FastifyRequest,
  reply: FastifyReply,
  input: { orgId: string; userId: string; method: 'passkey' },
) => Promise<ResolvedConsoleSession>;
type RequireSession = (request: FastifyRequest, input: { csrf: boolean }) => Promise<ResolvedConsoleSession>;

const PASSKEY_REFUSED = 'The passkey was not accepted';

/** A WebAuthn response as the browser library sends it: an object whose `response.clientDataJSON` we read first. */
function responseOf(body: unknown): { id: string; clientDataJSON: unknown } | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { id, response } = body as { id?: unknown; response?: unknown };
  if (
    typeof id !== 'string' ||
    !/^[A-Za-z0-9_-]{16,1400}$/.test(id) ||
    typeof response !== 'object' ||
    response === null
  )
    return null;
  return { id, clientDataJSON: (response as { clientDataJSON?: unknown }).clientDataJSON };
}

/**
 * Passkey sign-in for console users with local accounts: enrol from a session (`POST
 * /console/auth/passkey/register/options` then `…/register/verify`, with the CSRF token), then sign in
 * without a password (`POST /console/auth/passkey/options` then `…/passkey/verify`); a user lists
 * (`GET /console/auth/passkeys`) and removes (`DELETE /console/auth/passkeys/<id>`, CSRF) their own. User verification
 * is required, challenges are single use for two minutes, and a sign counter that goes backwards refuses.
 */
export function registerConsolePasskeyRoutes(
  scope: FastifyInstance,
  ctx: AppContext,
  input: { startSession: StartSession; requireSession: RequireSession },
): void {
  const { rpID, origin } = relyingPartyOf(ctx.config.publicUrl);

  scope.post('/console/auth/passkey/register/options', async (request) => {
    const { session } = await input.requireSession(request, { csrf: true });
    const existing = await listConsolePasskeyCredentials(ctx, {
      orgId: session.organization.id,
      userId: session.user.id,
    });
    const options = await generateRegistrationOptions({
      rpName: `Helpdesk Verify (${session.organization.name})`,
      rpID,
      userName: session.user.email,
      userID: new TextEncoder().encode(session.user.id),
      userDisplayName: session.user.name,
      attestationType: 'none',
      excludeCredentials: existing.map((c) => ({
        id: c.credential_id,
        transports: c.transports as AuthenticatorTransport[],
      })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      timeout: CHALLENGE_LIFETIME_MS,
    });
    await storeChallenge(ctx, {
      challenge: options.challenge,
      purpose: 'register',
      orgId: session.organization.id,
      userId: session.user.id,
    });
    return options;
  });

  scope.post('/console/auth/passkey/register/verify', async (request, reply) => {
    const { session } = await input.requireSession(request, { csrf: true });
    const sent = responseOf(request.body);
    const issued = sent
      ? await consumeChallenge(ctx, { clientDataJSON: sent.clientDataJSON, purpose: 'register' })
      : null;
    if (!issued || issued.userId !== session.user.id || issued.orgId !== session.organization.id)
      throw new ProblemError('validation_error', `${PASSKEY_REFUSED}: start the enrolment again`);
    let verified;
    try {
      verified = await verifyRegistrationResponse({
        response: request.body as RegistrationResponseJSON,
        expectedChallenge: issued.challenge,
        expectedOrigin: origin,
        expectedRPID: rpID,
        requireUserVerification: true,
      });
    } catch (error) {
      throw new ProblemError(
        'validation_error',
        `${PASSKEY_REFUSED}: ${error instanceof Error ? error.message.slice(0, 200) : 'it did not verify'}`,
      );
    }
    if (!verified.verified) throw new ProblemError('validation_error', `${PASSKEY_REFUSED}: it did not verify`);
    const { credential } = verified.registrationInfo;
    const inserted = await insertConsolePasskey(ctx, {
      credentialId: credential.id,
      orgId: session.organization.id,
      userId: session.user.id,
      publicKey: Buffer.from(credential.publicKey),
      counter: credential.counter,
      transports: credential.transports ?? [],
      at: ctx.clock.now(),
    });
    if (!inserted) throw new ProblemError('conflict', 'This passkey is already enrolled');
    return reply.code(201).send({ credential_id: credential.id });
  });

  scope.get('/console/auth/passkeys', async (request) => {
    const { session } = await input.requireSession(request, { csrf: false });
    const rows = await listConsolePasskeys(ctx, { orgId: session.organization.id, userId: session.user.id });
    return {
      data: rows.map((r) => ({
        credential_id: r.credential_id,
        created_at: r.created_at.toISOString(),
        last_used_at: r.last_used_at?.toISOString() ?? null,
      })),
    };
  });

  scope.delete('/console/auth/passkeys/:credentialId', async (request, reply) => {
    const { session } = await input.requireSession(request, { csrf: true });
    const { credentialId } = request.params as { credentialId: string };
    const deleted =
      /^[A-Za-z0-9_-]{16,1400}$/.test(credentialId) &&
      (await deleteConsolePasskey(ctx, { orgId: session.organization.id, userId: session.user.id, credentialId }));
    if (!deleted) throw new ProblemError('not_found', `No passkey of yours with id ${credentialId.slice(0, 100)}`);
    return reply.code(204).send();
  });

  // Open to anyone: the challenge is signed, not stored, so asking for options writes nothing.
  scope.post('/console/auth/passkey/options', async () =>
    generateAuthenticationOptions({
      rpID,
      userVerification: 'required',
      timeout: CHALLENGE_LIFETIME_MS,
      challenge: issueSignInChallenge(ctx),
    }),
  );

  scope.post('/console/auth/passkey/verify', async (request, reply) => {
    const sent = responseOf(request.body);
    const issued = sent ? readSignInChallenge(ctx, sent.clientDataJSON) : null;
    if (!sent || !issued) throw new ProblemError('unauthorized', PASSKEY_REFUSED);
    const passkey = await findConsolePasskeyForSignIn(ctx, { credentialId: sent.id });
    if (!passkey || passkey.disabled) throw new ProblemError('unauthorized', PASSKEY_REFUSED);
    const counter = Number(passkey.counter);
    let verified;
    try {
      verified = await verifyAuthenticationResponse({
        response: request.body as AuthenticationResponseJSON,
        expectedChallenge: issued.challenge,
        expectedOrigin: origin,
        expectedRPID: rpID,
        requireUserVerification: true,
        credential: {
          id: passkey.credential_id,
          publicKey: new Uint8Array(passkey.public_key),
          counter,
          transports: passkey.transports as AuthenticatorTransport[],
        },
      });
    } catch (error) {
      request.log.info({ err: error instanceof Error ? error.message : String(error) }, 'console passkey refused');
      throw new ProblemError('unauthorized', PASSKEY_REFUSED);
    }
    const { newCounter } = verified.authenticationInfo;
    if (!verified.verified || ((newCounter > 0 || counter > 0) && newCounter <= counter))
      throw new ProblemError('unauthorized', PASSKEY_REFUSED);
    // Single use: the first verified answer records the challenge; a replay of it finds it used.
    if (
      !(await useSignInChallenge(ctx, {
        challenge: issued.challenge,
        expiresAt: issued.expiresAt,
        orgId: passkey.org_id,
        userId: passkey.user_id,
      }))
    )
      throw new ProblemError('unauthorized', PASSKEY_REFUSED);
    await recordConsolePasskeyUse(ctx, {
      orgId: passkey.org_id,
      credentialId: passkey.credential_id,
      counter: newCounter,
      at: ctx.clock.now(),
    });
    return (
      await input.startSession(request, reply, { orgId: passkey.org_id, userId: passkey.user_id, method: 'passkey' })
    ).session;
  });
}
