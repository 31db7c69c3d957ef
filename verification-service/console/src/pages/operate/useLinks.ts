import type { Link } from '@helpdesk-verify/core-client/schemas';
import { api } from '../../api';
import { useLoad } from '../../components/useLoad';

/** The organisation's Links (first 100, archived included) for names and pickers; empty until loaded. */
export function useLinks(): Link[] {
  const links = useLoad(() => api.listLinks({ query: { limit: 100 } }), []);
  return links.status === 'ready' ? links.data.data : [];
}
