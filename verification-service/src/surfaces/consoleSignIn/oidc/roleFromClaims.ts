import type { ConsoleRole } from '@helpdesk-verify/core-client/schemas';
import type { StoredOidcConfig } from '../../../domain/consoleUsers/consoleOidcConfigsTable';

const POWER: Record<ConsoleRole, number> = { auditor: 1, agent: 2, admin: 3 };

/** The role the ID token's mapped claim gives (the most powerful match), or null when nothing maps. */
export function roleFromClaims(
  config: Pick<StoredOidcConfig, 'roleClaim' | 'roleMapping'>,
  claims: Record<string, unknown>,
): ConsoleRole | null {
  if (!config.roleClaim) return null;
  const raw = claims[config.roleClaim];
  const values = Array.isArray(raw) ? raw : [raw];
  let best: ConsoleRole | null = null;
  for (const value of values) {
    if (typeof value !== 'string' || !Object.prototype.hasOwnProperty.call(config.roleMapping, value)) continue;
    const role = config.roleMapping[value]!;
    if (!best || POWER[role] > POWER[best]) best = role;
  }
  return best;
}
