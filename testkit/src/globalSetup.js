// Starts a throwaway PostgreSQL cluster for the test run and exports HV_TEST_POSTGRES_URL, and makes the run's
// directory for shared snapshots (HV_TEST_RUN_DIR: the migrated PGlite tarball).
// The server binaries come from Debian's postgresql package (scripts/test.sh installs it).
const { spawnSync } = require('node:child_process');
const { existsSync, mkdtempSync, readdirSync, chownSync, writeFileSync } = require('node:fs');
const { tmpdir, userInfo } = require('node:os');
const { join } = require('node:path');
const net = require('node:net');

function findBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

module.exports = async function globalSetup() {
  if (!process.env.HV_TEST_RUN_DIR) {
    process.env.HV_TEST_RUN_DIR = mkdtempSync(join(tmpdir(), 'hv-test-run-'));
    globalThis.__HV_RUN_DIR__ = process.env.HV_TEST_RUN_DIR;
    // Made here, before any suite starts, so that no suite's first hook pays for it within its timeout. It loads the
    // built service (`npm test` runs `tsc -b` first); without a build, the first suite to need it makes it.
    try {
      await require('./pgliteSnapshot').migratedPgliteSnapshot();
    } catch (error) {
      console.warn(`No migrated PGlite snapshot before the run (${error.message}); the first suite will make it.`);
    }
  }
  if (process.env.HV_TEST_POSTGRES_URL) return;
  const bin = findBin();
  if (!bin) {
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql: install the Debian package "postgresql" (npm test does this).',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'hv-pg-'));
  const dataDir = join(dir, 'data');
  const asRoot = userInfo().uid === 0;
  const run = (cmd, args) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    const res = spawnSync(full[0], full[1], { encoding: 'utf8' });
    if (res.status !== 0) throw new Error(`${cmd} failed: ${res.stderr || res.stdout}`);
  };
  if (asRoot) {
    const pw = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const uid = Number(pw.stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, uid, gid);
  }
  run(join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  run(join(bin, 'pg_ctl'), [
    '-D',
    dataDir,
    '-l',
    join(dir, 'log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
  process.env.HV_TEST_POSTGRES_URL = `postgres://postgres@127.0.0.1:${port}/postgres`;
  globalThis.__HV_PG__ = { bin, dataDir, run };
  writeFileSync(join(tmpdir(), 'hv-pg-last'), dataDir);
};
