import type { Database } from '../src/kernel/database';
export type DatabaseKind = 'pglite' | 'postgres';
/** Both drivers, for `describe.each(DATABASE_KINDS)`: every storage test runs on each. */
export declare const DATABASE_KINDS: DatabaseKind[];
/** A fresh, migrated, empty database of the given kind (PostgreSQL: a new database on the test cluster). */
export declare function openTestDatabase(kind: DatabaseKind): Promise<Database>;
//# sourceMappingURL=databases.d.ts.map