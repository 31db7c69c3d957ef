const { rmSync } = require('node:fs');
const { join } = require('node:path');

// Every jest project that needs PostgreSQL names this teardown; the first one stops the cluster and removes the
// run's snapshot directory (when the globalSetup made them).
module.exports = async function globalTeardown() {
  const runDir = globalThis.__HV_RUN_DIR__;
  if (runDir) {
    delete globalThis.__HV_RUN_DIR__;
    delete process.env.HV_TEST_RUN_DIR;
    rmSync(runDir, { recursive: true, force: true });
  }
  const pg = globalThis.__HV_PG__;
  if (!pg) return;
  delete globalThis.__HV_PG__;
  pg.run(join(pg.bin, 'pg_ctl'), ['-D', pg.dataDir, '-m', 'immediate', '-w', 'stop']);
};
