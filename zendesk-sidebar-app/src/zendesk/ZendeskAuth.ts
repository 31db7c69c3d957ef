/** How the connector authenticates to the Zendesk API: an API token of an agent, or an OAuth access token. */
export type ZendeskAuth = { kind: 'api_token'; email: string; token: string } | { kind: 'oauth'; accessToken: string };

/** The `Authorization` header: `Basic base64("{email}/token:{token}")` or `Bearer {access token}`. */
export const authorizationHeader = (auth: ZendeskAuth): string =>
  auth.kind === 'oauth'
    ? `Bearer ${auth.accessToken}`
    : `Basic ${Buffer.from(`${auth.email}/token:${auth.token}`, 'utf8').toString('base64')}`;
