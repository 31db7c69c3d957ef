import type { AuditActor } from '@helpdesk-verify/core-client/schemas';
import type { Actor } from '../../infrastructure/http/handler';

/** The audit log's view of a caller: the key's name or the user's email as the label. */
export function auditActorOf(actor: Actor): AuditActor {
  return actor.type === 'api_key'
    ? { type: 'api_key', id: actor.id, label: actor.name }
    : { type: 'user', id: actor.id, label: actor.email };
}
