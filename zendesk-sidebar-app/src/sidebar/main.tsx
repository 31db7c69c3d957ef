import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import ZAFClient from 'zendesk_app_framework_sdk';
import { ThemeProvider } from '@zendeskgarden/react-theming';
import { createTicketingClient } from '@helpdesk-verify/core-client/client';
import { App } from './App';
import { ErrorAlert } from './components/ErrorAlert';
import { loadAgentContext } from './loadAgentContext';
import { readSettings } from './readSettings';
import { registerSolveGate } from '../gate/registerSolveGate';
import { useAutoResize } from './useAutoResize';
import { SECURE_API_KEY, zafTransport } from './zaf/zafTransport';
import type { ZafClient } from './zaf/ZafClient';
import type { ReactNode } from 'react';

const Frame = ({ zaf, children }: { zaf: ZafClient; children: ReactNode }) => {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  useAutoResize(zaf, element);
  return (
    <ThemeProvider>
      <div ref={setElement} style={{ padding: '4px 2px' }}>
        {children}
      </div>
    </ThemeProvider>
  );
};

const start = async (zaf: ZafClient) => {
  const root = createRoot(document.getElementById('root')!);
  const [metadata, context] = await Promise.all([zaf.metadata(), loadAgentContext(zaf)]);
  const read = readSettings(metadata.settings ?? {});
  if (!read.ok) {
    root.render(
      <Frame zaf={zaf}>
        <ErrorAlert error={{ title: 'Helpdesk Verify is not configured', detail: read.problems.join(' ') }} />
      </Frame>,
    );
    return;
  }
  const { settings } = read;
  const hv = createTicketingClient({
    baseUrl: settings.serviceUrl,
    apiKey: SECURE_API_KEY,
    transport: zafTransport(zaf),
    timeoutMs: 15_000,
    retry: { retries: 1 },
  });
  if (context.location === 'ticket_sidebar' && settings.solveGateTag)
    registerSolveGate({
      zaf,
      hv,
      gateTag: settings.solveGateTag,
      maxAgeMinutes: settings.gateMaxAgeMinutes,
      serviceUrl: settings.serviceUrl,
    });
  root.render(
    <Frame zaf={zaf}>
      <App hv={hv} settings={settings} context={context} />
    </Frame>,
  );
};

const zaf = ZAFClient.init();
if (zaf) {
  start(zaf).catch((error: unknown) => {
    document.getElementById('root')!.textContent =
      `Helpdesk Verify could not start: ${error instanceof Error ? error.message : String(error)}`;
  });
} else {
  document.getElementById('root')!.textContent = 'Helpdesk Verify runs inside Zendesk Support (open it from a ticket).';
}
