import React, { useEffect, useState } from 'react';
import ForgeReconciler, { Form, HelperMessage, Label, Stack, Text, Textfield, useProductContext } from '@forge/react';
import { view } from '@forge/bridge';

type Inputs = { issueKey: string; linkId: string; channels: string; reason: string };
const FIELDS: { name: keyof Inputs; label: string; help: string }[] = [
  { name: 'issueKey', label: 'Issue key', help: 'Usually the smart value {{issue.key}}' },
  { name: 'linkId', label: 'Link id', help: 'lnk_…; empty uses the default Link from the admin page' },
  { name: 'channels', label: 'Channels', help: "email, sms or email,sms; empty uses the Link's first channel" },
  { name: 'reason', label: 'Reason', help: 'Shown to the employee, e.g. "MFA reset"' },
];

/** The configuration form of the "Start identity verification" automation action; every change is submitted to Automation. */
const AutomationConfig = () => {
  const context = useProductContext();
  const [inputs, setInputs] = useState<Inputs>({ issueKey: '{{issue.key}}', linkId: '', channels: '', reason: '' });

  useEffect(() => {
    const saved = (context?.extension as { data?: { inputs?: Partial<Inputs> } } | undefined)?.data?.inputs;
    if (saved) setInputs((current) => ({ ...current, ...saved }));
  }, [context]);

  const change = (name: keyof Inputs, value: string) => {
    const next = { ...inputs, [name]: value };
    setInputs(next);
    void view.submit(next);
  };

  if (!context) return <Text>Loading…</Text>;
  return (
    <Form onSubmit={() => void view.submit(inputs)}>
      <Stack space="space.100">
        {FIELDS.map((field) => (
          <Stack key={field.name} space="space.050">
            <Label labelFor={`hv-${field.name}`}>{field.label}</Label>
            <Textfield
              id={`hv-${field.name}`}
              value={inputs[field.name]}
              onChange={(e) => change(field.name, String(e.target.value ?? ''))}
            />
            <HelperMessage>{field.help}</HelperMessage>
          </Stack>
        ))}
      </Stack>
    </Form>
  );
};

ForgeReconciler.render(
  <React.StrictMode>
    <AutomationConfig />
  </React.StrictMode>,
);
