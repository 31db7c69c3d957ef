import type { GateSettings } from '../gate/GateSettings';

/** The app's configuration, read from its system properties (`x_hdv_verify.*`). */
export interface AppSettings {
  /** Origin of the verification service, e.g. `https://verify.example.com`. */
  serviceUrl: string;
  /** The service API key (Bearer, scope `verifications:write`); an encrypted property. */
  apiKey: string;
  /** Webhook signing secrets (`whsec_…`); two during a rotation. An encrypted property. */
  webhookSecrets: string[];
  /** The Link used when the agent does not pick another. */
  defaultLinkId: string;
  /** Task tables the Verify identity action and the gate are active on. */
  taskTables: string[];
  /** The policy gate: which tasks need a passed verification before resolve/close, and how fresh. */
  gate: GateSettings;
  /** Outbound HTTP timeout. */
  timeoutMs: number;
}
