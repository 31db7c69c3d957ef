import { EMPLOYEE_COLUMNS } from '../../domain/directory/toEmployee';

/** The employee columns SCIM reads (alias `e`). */
export const SCIM_EMPLOYEE_COLUMNS = `${EMPLOYEE_COLUMNS}, e.scim_resource`;
