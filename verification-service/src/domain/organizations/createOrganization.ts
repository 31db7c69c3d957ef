import { ORGANIZATION_SETTINGS_DEFAULT, type Organization } from '@helpdesk-verify/core-client/schemas';
import type { AppContext } from '../../kernel/AppContext';
import type { Queryable } from '../../kernel/database';
import { insertOrganization } from './organizationsTable';

/** Adds an organisation; every other row hangs off one. */
export async function createOrganization(
  ctx: Pick<AppContext, 'db' | 'clock' | 'newId'>,
  input: { tx?: Queryable; name: string },
): Promise<Organization> {
  const id = ctx.newId('org');
  const now = ctx.clock.now();
  await insertOrganization(ctx, { tx: input.tx, id, name: input.name, at: now });
  return { id, name: input.name, settings: { ...ORGANIZATION_SETTINGS_DEFAULT }, created_at: now.toISOString() };
}
