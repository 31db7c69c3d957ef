import type { ConsoleRoute } from './ConsoleRoute';
import { operateRoutes } from './pages/operate/routes';
import { configureRoutes } from './pages/configure/routes';

export const routes: readonly ConsoleRoute[] = [...operateRoutes, ...configureRoutes];
