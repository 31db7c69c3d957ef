import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../freePort';

/** A throwaway OpenLDAP server on 127.0.0.1 (a real `slapd`, one mdb database, plain-text root password). */
export interface TestSlapd {
  url: string;
  baseDn: string;
  adminDn: string;
  adminPassword: string;
  /** Runs `ldapadd` (or `ldapmodify`, with `modify: true`) on LDIF text as the admin. */
  ldif(text: string, options?: { modify?: boolean }): void;
  /** Stops slapd and removes its files. */
  close(): Promise<void>;
}

const SCHEMAS = ['core', 'cosine', 'nis', 'inetorgperson'];

function configLdif(dir: string, baseDn: string, adminDn: string, adminPassword: string): string {
  const schemas = SCHEMAS.map((s) => `include: file:///etc/ldap/schema/${s}.ldif`).join('\n\n');
  return `dn: cn=config
objectClass: olcGlobal
cn: config
olcPidFile: ${dir}/slapd.pid

dn: cn=module{0},cn=config
objectClass: olcModuleList
cn: module{0}
olcModulePath: /usr/lib/ldap
olcModuleLoad: back_mdb

dn: cn=schema,cn=config
objectClass: olcSchemaConfig
cn: schema

${schemas}

dn: olcDatabase={-1}frontend,cn=config
objectClass: olcDatabaseConfig
objectClass: olcFrontendConfig
olcDatabase: {-1}frontend

dn: olcDatabase={0}config,cn=config
objectClass: olcDatabaseConfig
olcDatabase: {0}config
olcAccess: {0}to * by * none

dn: olcDatabase={1}mdb,cn=config
objectClass: olcDatabaseConfig
objectClass: olcMdbConfig
olcDatabase: {1}mdb
olcDbDirectory: ${dir}/data
olcSuffix: ${baseDn}
olcRootDN: ${adminDn}
olcRootPW: ${adminPassword}
olcDbMaxSize: 104857600
olcAccess: {0}to * by dn.exact="${adminDn}" write by * none
`;
}

function run(command: string, args: string[], input?: string): void {
  const result = spawnSync(command, args, { input, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`);
}

/** Resolves once something accepts TCP connections on the port. */
async function waitForPort(port: number, child: ChildProcess, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`slapd exited with ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' });
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`slapd did not listen on ${port} within ${timeoutMs} ms`);
}

/**
 * Starts slapd from a cn=config built with `slapadd -n0`, seeds the base entry and `ou=people`, and
 * the given LDIF. Needs the Debian `slapd` and `ldap-utils` packages (scripts/test.sh installs them).
 */
export async function startSlapd(options: { seed?: string } = {}): Promise<TestSlapd> {
  const dir = mkdtempSync(join(tmpdir(), 'hv-slapd-'));
  const baseDn = 'dc=example,dc=com';
  const adminDn = `cn=admin,${baseDn}`;
  const adminPassword = 'admin-secret';
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'slapd.d'));
  writeFileSync(join(dir, 'config.ldif'), configLdif(dir, baseDn, adminDn, adminPassword));
  run('/usr/sbin/slapadd', ['-n0', '-F', join(dir, 'slapd.d'), '-l', join(dir, 'config.ldif')]);
  const port = await freePort();
  const url = `ldap://127.0.0.1:${port}`;
  // `-d 0` keeps slapd in the foreground, so it is our child and dies with kill().
  const child = spawn('/usr/sbin/slapd', ['-h', `${url}/`, '-F', join(dir, 'slapd.d'), '-d', '0'], { stdio: 'ignore' });
  try {
    await waitForPort(port, child);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const ldif = (text: string, opts: { modify?: boolean } = {}) =>
    run(
      opts.modify ? '/usr/bin/ldapmodify' : '/usr/bin/ldapadd',
      ['-x', '-H', url, '-D', adminDn, '-w', adminPassword],
      text,
    );
  ldif(
    `dn: ${baseDn}\nobjectClass: dcObject\nobjectClass: organization\ndc: example\no: Example\n\ndn: ou=people,${baseDn}\nobjectClass: organizationalUnit\nou: people\n`,
  );
  if (options.seed) ldif(options.seed);
  return {
    url,
    baseDn,
    adminDn,
    adminPassword,
    ldif,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
