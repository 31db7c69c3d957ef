/**
 * One `POST /v1/verifications` body per employee, as an ITSM app sends it: the Link, the employee by
 * work email, the link sent by email, the ticket, the agent, a reason and some metadata.
 */
export function createVerificationBodies(input: { linkId: string; employeeEmails: readonly string[] }): string[] {
  return input.employeeEmails.map((email, i) =>
    JSON.stringify({
      link_id: input.linkId,
      employee: { email },
      channels: ['email'],
      ticket: {
        system: 'servicenow',
        id: `INC${String(i).padStart(7, '0')}`,
        url: `https://itsm.example/nav_to.do?uri=incident.do?sys_id=${i}`,
      },
      agent: { name: 'Alex Agent', email: 'alex.agent@bench.example', id: 'agent-42' },
      reason: 'Password reset requested by phone',
      metadata: { queue: 'tier1', channel: 'phone' },
    }),
  );
}
