import { MD, SM } from '@zendeskgarden/react-typography';
import type { Requester } from '../loadAgentContext';

/** Who is to be verified: name, email and phone as Zendesk has them. */
export const RequesterCard = ({ requester }: { requester: Requester }) => (
  <section aria-labelledby="hv-requester" data-testid="requester">
    <SM id="hv-requester" isBold>
      Requester
    </SM>
    <MD isBold>{requester.name}</MD>
    <SM>{requester.email ?? 'No email address'}</SM>
    <SM>{requester.phone ?? 'No phone number'}</SM>
  </section>
);
