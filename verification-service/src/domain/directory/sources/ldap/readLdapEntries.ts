import { Client, type Entry } from 'ldapts';
import type { LdapAttributeMap } from '@helpdesk-verify/core-client/schemas';

/** How to reach and read a directory. */
export interface LdapConnection {
  url: string;
  bindDn: string;
  password: string;
  baseDn: string;
  /** Milliseconds for connecting and for each operation. */
  timeoutMs: number;
}

/**
 * Binds and runs one paged subtree search, asking for the mapped attributes (operational ones such
 * as entryUUID are only returned when named) plus `extra`. Always unbinds.
 */
export async function readLdapEntries(
  connection: LdapConnection,
  search: { filter: string; attributes: LdapAttributeMap; extra?: readonly string[]; sizeLimit?: number },
): Promise<Entry[]> {
  const client = new Client({
    url: connection.url,
    timeout: connection.timeoutMs,
    connectTimeout: connection.timeoutMs,
  });
  try {
    await client.bind(connection.bindDn, connection.password);
    const { searchEntries } = await client.search(connection.baseDn, {
      scope: 'sub',
      filter: search.filter,
      attributes: [...new Set([...Object.values(search.attributes), ...(search.extra ?? [])])],
      explicitBufferAttributes: ['objectGUID'],
      paged: { pageSize: 500 },
      ...(search.sizeLimit ? { sizeLimit: search.sizeLimit } : {}),
    });
    return searchEntries;
  } finally {
    await client.unbind().catch(() => undefined);
  }
}
