import type { Queryable } from '../../kernel/database';
import { listOrganizationIds } from '../organizations/organizationsTable';
import { verifyAuditChain } from './verifyAuditChain';

const ORG_ID = /^org_[0-9A-Za-z]{10,40}$/;

/**
 * `helpdesk-verify audit-verify [--org <id>]`: re-computes the audit chain of one organisation or
 * of every one, prints one line each, and answers the exit code: 0 when every chain checks,
 * 1 when one is broken, 2 for bad arguments.
 */
export async function auditVerifyCommand(input: {
  db: Queryable;
  args: readonly string[];
  print: (line: string) => void;
}): Promise<number> {
  const at = input.args.indexOf('--org');
  const orgId = at >= 0 ? input.args[at + 1] : undefined;
  const unknown = input.args.filter((a, i) => !(i === at || i === at + 1));
  if ((at >= 0 && (!orgId || !ORG_ID.test(orgId))) || unknown.length > 0) {
    input.print('usage: audit-verify [--org org_…]');
    return 2;
  }
  const orgIds = orgId ? [orgId] : await listOrganizationIds(input);
  let broken = 0;
  for (const id of orgIds) {
    const result = await verifyAuditChain(input, { orgId: id });
    if (result.valid) {
      input.print(`${id}: valid, ${result.entries_checked} entries, last hash ${result.last_hash ?? '(none)'}`);
    } else {
      broken++;
      input.print(`${id}: BROKEN at seq ${result.first_broken_seq} (${result.entries_checked} entries checked)`);
    }
  }
  return broken > 0 ? 1 : 0;
}
