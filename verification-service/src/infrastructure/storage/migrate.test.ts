import { DATABASE_KINDS, openTestDatabase } from '@helpdesk-verify/testkit/databases';
import { migrate } from './migrate';

describe.each(DATABASE_KINDS)('migrate on %s', (kind) => {
  it('creates every table once and is a no-op the second time', async () => {
    const db = await openTestDatabase(kind);
    try {
      const tables = await db.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining(['organizations', 'verifications', 'webhook_deliveries', 'schema_migrations']),
      );
      expect(await migrate(db)).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('rolls a failed transaction back', async () => {
    const db = await openTestDatabase(kind);
    try {
      const at = new Date();
      await expect(
        db.transaction(async (tx) => {
          await tx.query('INSERT INTO organizations (id, name, created_at) VALUES ($1, $2, $3)', [
            'org_aaaaaaaaaaaa',
            'A',
            at,
          ]);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await db.query('SELECT * FROM organizations')).toEqual([]);
    } finally {
      await db.close();
    }
  });
});
