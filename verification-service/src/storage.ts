/**
 * The service's storage entry (`@helpdesk-verify/verification-service/storage`): open and migrate a database
 * without loading the whole service, for tools and tests that prepare databases for it.
 */
export type { Database, Queryable, Row } from './kernel/database';
export { openPglite } from './infrastructure/storage/openPglite';
export { pgliteDatabase } from './infrastructure/storage/pgliteDatabase';
export { openPostgres } from './infrastructure/storage/openPostgres';
export { migrate } from './infrastructure/storage/migrate';
