const { join } = require('node:path');

// Every jest project that needs PostgreSQL names this teardown; the first one stops the cluster.
module.exports = async function globalTeardown() {
  const pg = globalThis.__HV_PG__;
  if (!pg) return;
  delete globalThis.__HV_PG__;
  pg.run(join(pg.bin, 'pg_ctl'), ['-D', pg.dataDir, '-m', 'immediate', '-w', 'stop']);
};
