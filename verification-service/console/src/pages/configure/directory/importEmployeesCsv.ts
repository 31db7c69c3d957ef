import type { ImportEmployeesResult } from '@helpdesk-verify/core-client/schemas';
import { endpoints } from '@helpdesk-verify/core-client/api';
import { parseResponse } from '@helpdesk-verify/core-client/client';
import { csrfHeader } from '../../../api';

/**
 * `POST /v1/employees/import` with a CSV body (the typed client sends JSON only). The answer goes
 * through core-client's `parseResponse`, so a refusal is the same `ApiError` as every other call.
 */
export async function importEmployeesCsv(csv: string): Promise<ImportEmployeesResult> {
  const response = await fetch(endpoints.importEmployees.path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'text/csv; charset=utf-8', Accept: 'application/json', ...csrfHeader() },
    body: csv,
  });
  return parseResponse(endpoints.importEmployees, {
    status: response.status,
    headers: {},
    body: await response.text(),
  });
}
