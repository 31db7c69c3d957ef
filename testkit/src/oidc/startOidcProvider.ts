import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** A person the test IdP knows; they sign in on its login page with `email` and `password`. */
export interface OidcTestUser {
  email: string;
  password: string;
  name?: string;
  /** The IdP's subject; the email when left out. */
  sub?: string;
  /** Sent as the `groups` claim (map it to a role with `role_claim: 'groups'`). */
  groups?: string[];
  /** Defaults to true. */
  email_verified?: boolean;
}

export interface StartOidcProviderOptions {
  /** The one client the IdP knows (client_secret_basic, authorization code with PKCE). */
  clientId: string;
  clientSecret: string;
  /** Exact redirect URIs, e.g. `http://127.0.0.1:<port>/console/auth/oidc/callback`. */
  redirectUris: string[];
  users: OidcTestUser[];
  /** A fixed port; a free one when left out. */
  port?: number;
}

/** A running test IdP: its issuer (`http://127.0.0.1:<port>`) and how to stop it. */
export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * Starts a real OpenID Connect provider (the `oidc-provider` package, in its own Node process since it
 * is ESM only) on 127.0.0.1. Its discovery document is at `{issuer}/.well-known/openid-configuration`;
 * its login page (`/interaction/<uid>`) is a form with "Email" and "Password" fields and a "Sign in"
 * button; consent is given automatically. Scopes `openid email profile` give the claims sub, email,
 * email_verified, name and groups (in userinfo; the ID token carries sub and nonce).
 */
export async function startOidcProvider(options: StartOidcProviderOptions): Promise<OidcTestProvider> {
  const child = spawn(process.execPath, [join(__dirname, 'oidcProviderProcess.mjs')], {
    env: { ...process.env, OIDC_PROVIDER_OPTIONS: JSON.stringify(options), NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => reject(new Error(`the test IdP did not start in 15 s: ${stderr}`)), 15_000);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { issuer: string }).issuer);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the test IdP exited with ${code}: ${stderr}`));
    });
  });
  return {
    issuer,
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
