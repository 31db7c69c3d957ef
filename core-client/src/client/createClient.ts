import { endpoints, type Endpoints } from '../api/endpoints';
import { createClientFor, type ClientFor, type ClientOptions } from './createClientFor';

/** A typed client for every operation of the `/v1` API. */
export type HelpdeskVerifyClient = ClientFor<Endpoints>;

/** A client for the whole `/v1` table (see {@link createClientFor} for how the methods behave). */
export const createClient = (options: ClientOptions): HelpdeskVerifyClient => createClientFor(endpoints, options);
