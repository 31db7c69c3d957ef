import type { ZafClient } from './zaf/ZafClient';

/** The person to verify, as Zendesk knows them. */
export interface Requester {
  id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
}

/** Where the sidebar runs and for whom. */
export interface AgentContext {
  location: 'ticket_sidebar' | 'user_sidebar';
  /** Null in the user sidebar. */
  ticket: { id: string; url: string | null } | null;
  requester: Requester;
  agent: { id: string | null; name: string; email: string | null };
}

type ZafUser = {
  id?: number | string;
  name?: string;
  email?: string | null;
  phone?: string | null;
  identities?: { type?: string; value?: string }[];
};

const toRequester = (user: ZafUser | undefined): Requester => ({
  id: user?.id === undefined ? null : String(user.id),
  name: user?.name?.trim() || 'Unknown requester',
  email: user?.email?.trim() || null,
  phone:
    user?.phone?.trim() || user?.identities?.find((i) => i.type === 'phone_number' && i.value)?.value?.trim() || null,
});

/**
 * Reads the ticket (or user) and the agent through ZAF `get`: `ticket.id`, `ticket.requester`,
 * `currentUser`, `currentAccount.subdomain` in the ticket sidebar; `user` in the user sidebar.
 * The phone comes from the user's `phone` or its `phone_number` identity.
 */
export const loadAgentContext = async (zaf: Pick<ZafClient, 'get' | 'context'>): Promise<AgentContext> => {
  const context = await zaf.context();
  const location = context.location === 'user_sidebar' ? 'user_sidebar' : 'ticket_sidebar';
  const paths =
    location === 'ticket_sidebar'
      ? ['ticket.id', 'ticket.requester', 'currentUser', 'currentAccount.subdomain']
      : ['user', 'currentUser'];
  const data = await zaf.get(paths);
  const agent = data.currentUser as ZafUser | undefined;
  const common = {
    agent: {
      id: agent?.id === undefined ? null : String(agent.id),
      name: agent?.name?.trim() || 'Zendesk agent',
      email: agent?.email?.trim() || null,
    },
  };
  if (location === 'user_sidebar')
    return { location, ticket: null, requester: toRequester(data.user as ZafUser | undefined), ...common };
  const id = String(data['ticket.id'] ?? '');
  const subdomain = typeof data['currentAccount.subdomain'] === 'string' ? data['currentAccount.subdomain'] : '';
  return {
    location,
    ticket: { id, url: subdomain && /^\d+$/.test(id) ? `https://${subdomain}.zendesk.com/agent/tickets/${id}` : null },
    requester: toRequester(data['ticket.requester'] as ZafUser | undefined),
    ...common,
  };
};
