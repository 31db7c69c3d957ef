// A real OpenID Connect provider (panva/oidc-provider) for tests, run as its own Node process
// because the package is ESM only. Options arrive as JSON in OIDC_PROVIDER_OPTIONS; the issuer
// URL is printed as one JSON line on stdout once it listens on 127.0.0.1.
// Its login page is a plain form (email, password, "Sign in"); consent is granted automatically.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const options = JSON.parse(process.env.OIDC_PROVIDER_OPTIONS ?? '{}');
const users = options.users ?? [];
const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const server = createServer();
await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: options.clientId,
      client_secret: options.clientSecret,
      redirect_uris: options.redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  cookies: { keys: ['test-only-cookie-key-0123456789abcdef'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
  features: { devInteractions: { enabled: false } },
  pkce: { required: () => true },
  ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, AuthorizationCode: 60, IdToken: 600 },
  findAccount: (_ctx, id) => {
    const user = users.find((u) => (u.sub ?? u.email) === id);
    if (!user) return undefined;
    return {
      accountId: id,
      claims: () => ({
        sub: id,
        email: user.email,
        email_verified: user.email_verified ?? true,
        name: user.name ?? user.email,
        ...(user.groups ? { groups: user.groups } : {}),
      }),
    };
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  renderError: (ctx, out) => {
    ctx.type = 'html';
    ctx.body = `<!doctype html><title>IdP error</title><h1>IdP error</h1><pre>${escape(JSON.stringify(out))}</pre>`;
  },
});
provider.proxy = false;

const loginPage = (uid, message) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test IdP sign-in</title></head>
<body><main><h1>Test IdP</h1>${message ? `<p role="alert">${escape(message)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label>Email <input name="email" type="email" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
</form></main></body></html>`;

async function readForm(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

async function grantConsent(details) {
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  const missing = details.prompt.details;
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  if (missing.missingResourceScopes)
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes))
      grant.addResourceScope(indicator, scopes.join(' '));
  return grant.save();
}

const callback = provider.callback();
server.on('request', async (req, res) => {
  try {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(req.url.split('?')[0]);
    if (!match) return callback(req, res);
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET' && !match[2]) {
      if (details.prompt.name === 'consent') {
        const grantId = await grantConsent(details);
        return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(loginPage(details.uid));
    }
    if (req.method === 'POST' && match[2]) {
      const form = await readForm(req);
      const user = users.find((u) => u.email === form.get('email') && u.password === form.get('password'));
      if (!user) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(loginPage(details.uid, 'Wrong email or password'));
      }
      return provider.interactionFinished(
        req,
        res,
        { login: { accountId: user.sub ?? user.email } },
        { mergeWithLastSubmission: false },
      );
    }
    res.writeHead(405).end();
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error?.message ?? error));
  }
});

process.stdout.write(JSON.stringify({ issuer }) + '\n');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
