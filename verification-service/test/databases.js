"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DATABASE_KINDS = void 0;
exports.openTestDatabase = openTestDatabase;
const pg_1 = require("pg");
const ids_1 = require("../src/kernel/ids");
const openPglite_1 = require("../src/infrastructure/storage/openPglite");
const openPostgres_1 = require("../src/infrastructure/storage/openPostgres");
const migrate_1 = require("../src/infrastructure/storage/migrate");
/** Both drivers, for `describe.each(DATABASE_KINDS)`: every storage test runs on each. */
exports.DATABASE_KINDS = ['pglite', 'postgres'];
/** A fresh, migrated, empty database of the given kind (PostgreSQL: a new database on the test cluster). */
async function openTestDatabase(kind) {
    let db;
    if (kind === 'pglite') {
        db = await (0, openPglite_1.openPglite)();
    }
    else {
        const base = process.env.HV_TEST_POSTGRES_URL;
        if (!base)
            throw new Error('HV_TEST_POSTGRES_URL is not set: the jest globalSetup starts PostgreSQL');
        const name = `hv_${(0, ids_1.randomBase62)(12).toLowerCase()}`;
        const admin = new pg_1.Client({ connectionString: base });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        const url = new URL(base);
        url.pathname = `/${name}`;
        db = await (0, openPostgres_1.openPostgres)({ url: url.toString(), maxConnections: 5 });
    }
    await (0, migrate_1.migrate)(db);
    return db;
}
//# sourceMappingURL=databases.js.map