/** Resource types by id prefix (`ver_…` is a verification). */
const TYPE_OF_PREFIX: Record<string, string> = {
  ver: 'verification',
  lnk: 'link',
  emp: 'employee',
  whk: 'webhook_endpoint',
  dlv: 'webhook_delivery',
  key: 'api_key',
  tpl: 'template',
  org: 'organization',
  usr: 'user',
};

/** Endpoints that change a singleton of the organisation rather than a resource with an id. */
const SINGLETON_TARGETS: Record<string, { type: string; id: string | null }> = {
  updateOrganization: { type: 'organization', id: null },
  putLdapSource: { type: 'directory_source', id: 'ldap' },
  syncLdapSource: { type: 'directory_source', id: 'ldap' },
  putOidcConfig: { type: 'oidc_config', id: null },
};

const idIn = (value: unknown): string | null => {
  if (value === null || typeof value !== 'object') return null;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' ? id : null;
};

/**
 * What an API call acted on: the `{id}` of its path, else the id of what it answered (a created
 * resource), typed by the id's prefix; a few endpoints act on the organisation's singletons.
 */
export function auditTargetOf(input: {
  name: string;
  orgId: string;
  params: unknown;
  response: unknown;
}): { type: string; id: string | null } | null {
  const singleton = SINGLETON_TARGETS[input.name];
  if (singleton)
    return { type: singleton.type, id: singleton.id ?? (singleton.type === 'organization' ? input.orgId : null) };
  const id = idIn(input.params) ?? idIn(input.response);
  if (!id) return null;
  const prefix = /^([a-z]{2,8})_/.exec(id)?.[1];
  return { type: (prefix && TYPE_OF_PREFIX[prefix]) ?? 'resource', id };
}
