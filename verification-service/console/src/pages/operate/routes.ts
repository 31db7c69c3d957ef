import type { ConsoleRoute } from '../../routes';

/** Dashboard, verifications, audit log (the "operate" side of the console). */
export const operateRoutes: ConsoleRoute[] = [];
