import type { AppContext } from '../../../kernel/AppContext';
import { createConsoleUser } from '../../../domain/consoleUsers/createConsoleUser';
import {
  findOidcUserByEmail,
  findOidcUserBySubject,
  lockEnabledAdminIds,
  setConsoleOidcSubject,
  setConsoleUserRole,
} from '../../../domain/consoleUsers/consoleUsersTable';
import type { StoredOidcConfig } from '../../../domain/consoleUsers/consoleOidcConfigsTable';
import { roleFromClaims } from './roleFromClaims';
import { recordConsoleEvent } from '../recordConsoleEvent';

/** Why an SSO sign-in is refused after the IdP vouched for the person (shown as `?error=`). */
export type OidcUserRefusal =
  'email_missing' | 'email_not_verified' | 'email_not_allowed' | 'account_disabled' | 'account_conflict';

/**
 * The console user an ID token names: found by the IdP's subject, else by email (and then bound to
 * the subject), else created with the mapped or default role. A mapped claim sets the role at each
 * sign-in, except that it never demotes the organisation's last enabled admin.
 */
export async function findOrCreateOidcUser(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: { config: StoredOidcConfig; claims: Record<string, unknown> },
): Promise<{ userId: string } | { refused: OidcUserRefusal }> {
  const { config, claims } = input;
  const sub = claims.sub;
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (typeof sub !== 'string' || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) || email.length > 254)
    return { refused: 'email_missing' };
  if (claims.email_verified === false) return { refused: 'email_not_verified' };
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (config.allowedEmailDomains.length > 0 && !config.allowedEmailDomains.includes(domain))
    return { refused: 'email_not_allowed' };
  const mapped = roleFromClaims(config, claims);
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : email;
  const orgId = config.orgId;

  return ctx.db.transaction(async (tx) => {
    let user = await findOidcUserBySubject(ctx, { tx, orgId, subject: sub });
    if (!user) {
      // Across organisations on purpose: an email names one console user in the whole service.
      const byEmail = await findOidcUserByEmail(ctx, { tx, email });
      if (byEmail && (byEmail.org_id !== orgId || byEmail.oidc_subject !== null))
        return { refused: 'account_conflict' as const };
      if (byEmail) {
        await setConsoleOidcSubject(ctx, { tx, orgId, id: byEmail.id, subject: sub, at: ctx.clock.now() });
        user = { ...byEmail, oidc_subject: sub };
      }
    }
    if (!user) {
      const created = await createConsoleUser(ctx, {
        tx,
        orgId,
        email,
        name,
        role: mapped ?? config.defaultRole,
        initialPassword: false,
        oidcSubject: sub,
      });
      await recordConsoleEvent(ctx, tx, {
        orgId,
        user: created,
        action: 'console.sso_user_created',
        by: 'system',
        details: { role: created.role, issuer: config.issuer },
      });
      return { userId: created.id };
    }
    if (user.disabled) return { refused: 'account_disabled' as const };
    if (mapped && mapped !== user.role) {
      const admins = await lockEnabledAdminIds(ctx, { tx, orgId });
      const lastAdmin = user.role === 'admin' && admins.length <= 1;
      if (!lastAdmin) {
        await setConsoleUserRole(ctx, { tx, orgId, id: user.id, role: mapped, at: ctx.clock.now() });
        await recordConsoleEvent(ctx, tx, {
          orgId,
          user: { id: user.id, email },
          action: 'console.sso_role_changed',
          by: 'system',
          details: { from: user.role, to: mapped, claim: config.roleClaim },
        });
      }
    }
    return { userId: user.id };
  });
}
