import React, { useEffect, useState } from 'react';
import ForgeReconciler, {
  Button,
  ButtonGroup,
  Code,
  Form,
  FormFooter,
  Heading,
  HelperMessage,
  Label,
  Lozenge,
  SectionMessage,
  Spinner,
  Stack,
  Text,
  Textfield,
} from '@forge/react';
import type { AdminSettingsView } from '../resolvers/adminResolvers';
import { invokeResolver } from './invokeResolver';

/**
 * The admin page: service URL, API key, webhook secret and default Link, with "Test connection".
 * Secrets are write-only: the page shows "set" / "not set" and a blank field keeps the stored one.
 */
const AdminPage = () => {
  const [settings, setSettings] = useState<AdminSettingsView | null>(null);
  const [serviceUrl, setServiceUrl] = useState('');
  const [defaultLinkId, setDefaultLinkId] = useState('');
  const [gateMaxAge, setGateMaxAge] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [webhookSecret, setWebhookSecret] = useState('');
  const [message, setMessage] = useState<{ appearance: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (view: AdminSettingsView) => {
    setSettings(view);
    setServiceUrl(view.serviceUrl ?? '');
    setDefaultLinkId(view.defaultLinkId ?? '');
    setGateMaxAge(view.gateMaxAgeMinutes === null ? '' : String(view.gateMaxAgeMinutes));
    setApiKey('');
    setWebhookSecret('');
  };

  useEffect(() => {
    void invokeResolver<AdminSettingsView>('getAdminSettings').then((outcome) =>
      outcome.ok ? show(outcome.data) : setMessage({ appearance: 'error', text: outcome.error.message }),
    );
  }, []);

  const save = async () => {
    setBusy(true);
    const outcome = await invokeResolver<AdminSettingsView>('saveAdminSettings', {
      serviceUrl,
      defaultLinkId,
      apiKey,
      webhookSecret,
      gateMaxAgeMinutes: gateMaxAge,
    });
    setBusy(false);
    if (outcome.ok) {
      show(outcome.data);
      setMessage({ appearance: 'success', text: 'Saved.' });
    } else setMessage({ appearance: 'error', text: outcome.error.message });
  };

  const test = async () => {
    setBusy(true);
    const outcome = await invokeResolver<{ organization: string; defaultLink: string | null }>('testConnection');
    setBusy(false);
    setMessage(
      outcome.ok
        ? {
            appearance: 'success',
            text: `Connected to ${outcome.data.organization}${outcome.data.defaultLink ? `; default Link "${outcome.data.defaultLink}"` : ''}.`,
          }
        : { appearance: 'error', text: outcome.error.message },
    );
  };

  if (!settings)
    return message ? (
      <SectionMessage appearance="error">
        <Text>{message.text}</Text>
      </SectionMessage>
    ) : (
      <Spinner label="Loading" />
    );
  const value = (setter: (v: string) => void) => (e: { target: { value?: unknown } }) =>
    setter(String(e.target.value ?? ''));
  return (
    <Stack space="space.200">
      <Heading size="medium">Helpdesk Verify</Heading>
      <Form onSubmit={() => void save()}>
        <Stack space="space.100">
          <Label labelFor="hv-url">Service URL</Label>
          <Textfield
            id="hv-url"
            value={serviceUrl}
            onChange={value(setServiceUrl)}
            placeholder="https://verify.example.com"
          />
          <HelperMessage>
            {settings.serviceOrigins
              ? `Must be on ${settings.serviceOrigins.join(' or ')}, the host this app was deployed with (HV_SERVICE_ORIGIN): Forge allows no other egress.`
              : 'The host this app was deployed with (HV_SERVICE_ORIGIN) is unknown: deploy with it set, or set the Forge variable HV_SERVICE_ORIGIN.'}
          </HelperMessage>
          <Label labelFor="hv-key">
            API key{' '}
            <Lozenge appearance={settings.apiKeySet ? 'success' : 'removed'}>
              {settings.apiKeySet ? 'set' : 'not set'}
            </Lozenge>
          </Label>
          <Textfield
            id="hv-key"
            type="password"
            value={apiKey}
            onChange={value(setApiKey)}
            placeholder="leave blank to keep"
          />
          <Label labelFor="hv-secret">
            Webhook secret{' '}
            <Lozenge appearance={settings.webhookSecretSet ? 'success' : 'removed'}>
              {settings.webhookSecretSet ? 'set' : 'not set'}
            </Lozenge>
          </Label>
          <Textfield
            id="hv-secret"
            type="password"
            value={webhookSecret}
            onChange={value(setWebhookSecret)}
            placeholder="whsec_… (leave blank to keep)"
          />
          <Label labelFor="hv-link">Default Link</Label>
          <Textfield id="hv-link" value={defaultLinkId} onChange={value(setDefaultLinkId)} placeholder="lnk_…" />
          <Label labelFor="hv-gate-age">Verification valid for (minutes)</Label>
          <Textfield
            id="hv-gate-age"
            value={gateMaxAge}
            onChange={value(setGateMaxAge)}
            placeholder="blank: as long as the issue is open"
          />
          <HelperMessage>
            The workflow validator "Identity verified" lets a transition through only when the issue's latest
            verification of its reporter passed within this time.
          </HelperMessage>
          <Text>Webhook URL to register in the service (Webhooks → Add endpoint):</Text>
          <Code>{settings.webhookUrl}</Code>
        </Stack>
        <FormFooter>
          <ButtonGroup>
            <Button isDisabled={busy} onClick={() => void test()}>
              Test connection
            </Button>
            <Button appearance="primary" type="submit" isDisabled={busy}>
              Save
            </Button>
          </ButtonGroup>
        </FormFooter>
      </Form>
      {message ? (
        <SectionMessage appearance={message.appearance}>
          <Text>{message.text}</Text>
        </SectionMessage>
      ) : null}
    </Stack>
  );
};

ForgeReconciler.render(
  <React.StrictMode>
    <AdminPage />
  </React.StrictMode>,
);
