import { endpoints } from '../api/endpoints';
import { ticketingEndpoints } from '../api/ticketingEndpoints';
import { createTicketingClient } from './createTicketingClient';

describe('createTicketingClient', () => {
  it('has a method for each ticketing operation and no other', () => {
    const client = createTicketingClient({ baseUrl: 'https://verify.example.com', apiKey: 'hv_test_key' });
    expect(Object.keys(client).sort()).toEqual(Object.keys(ticketingEndpoints).sort());
    expect(Object.keys(client)).not.toContain('listAuditLog');
  });

  it('calls the same operations as the full client', () => {
    for (const [name, endpoint] of Object.entries(ticketingEndpoints)) {
      expect(endpoints[name as keyof typeof endpoints]).toBe(endpoint);
    }
  });
});
