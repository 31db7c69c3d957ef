import { ORGANIZATION_SETTINGS_DEFAULT, type Organization } from '@helpdesk-verify/core-client';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';

/** Adds an organisation; every other row hangs off one. */
export async function createOrganization(
  ctx: Pick<AppContext, 'clock' | 'newId'>,
  db: Queryable,
  input: { name: string },
): Promise<Organization> {
  const id = ctx.newId('org');
  const now = ctx.clock.now();
  await db.query('INSERT INTO organizations (id, name, created_at) VALUES ($1, $2, $3)', [id, input.name, now]);
  return { id, name: input.name, settings: { ...ORGANIZATION_SETTINGS_DEFAULT }, created_at: now.toISOString() };
}
