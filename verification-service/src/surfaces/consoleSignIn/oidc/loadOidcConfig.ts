import type { Queryable } from '../../../kernel/database';
import { OIDC_CONFIG_COLUMNS, toStoredOidcConfig, type OidcConfigRow, type StoredOidcConfig } from './StoredOidcConfig';

/** The organisation's OpenID Connect settings, or null when it has none. */
export async function loadOidcConfig(db: Queryable, orgId: string): Promise<StoredOidcConfig | null> {
  const [row] = await db.query<OidcConfigRow>(
    `SELECT ${OIDC_CONFIG_COLUMNS} FROM console_oidc_configs WHERE org_id = $1`,
    [orgId],
  );
  return row ? toStoredOidcConfig(row) : null;
}
