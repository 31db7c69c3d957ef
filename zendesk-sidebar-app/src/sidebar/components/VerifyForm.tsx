import { Button } from '@zendeskgarden/react-buttons';
import { Checkbox, Field, Fieldset, Select } from '@zendeskgarden/react-forms';
import type { Link } from '@helpdesk-verify/core-client/schemas';

type Channel = Link['channels'][number];
const CHANNEL_LABELS: Record<Channel, string> = { email: 'Email', sms: 'SMS' };

/** Props of {@link VerifyForm}. */
export interface VerifyFormProps {
  links: readonly Link[];
  linkId: string | null;
  onLinkChange(id: string): void;
  channels: readonly Channel[];
  onChannelsChange(channels: Channel[]): void;
  onVerify(): void;
  busy: boolean;
  /** Why Verify identity cannot be pressed, if it cannot. */
  blockedBecause: string | null;
}

/** The Link to use, the channels, and the Verify identity button. */
export const VerifyForm = (props: VerifyFormProps) => {
  const link = props.links.find((l) => l.id === props.linkId);
  const toggle = (channel: Channel, on: boolean) =>
    props.onChannelsChange(
      on ? [...props.channels.filter((c) => c !== channel), channel] : props.channels.filter((c) => c !== channel),
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        props.onVerify();
      }}
    >
      <Field>
        <Field.Label>Link</Field.Label>
        <Field.Hint>The verification policy: which proofs the requester must complete.</Field.Hint>
        <Select
          value={props.linkId ?? ''}
          onChange={(event) => props.onLinkChange(event.target.value)}
          data-testid="link-select"
        >
          {props.linkId === null && <option value="">Choose a Link</option>}
          {props.links.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </Select>
      </Field>
      {link && (
        <Fieldset>
          <Fieldset.Legend>Send the link by</Fieldset.Legend>
          {link.channels.map((channel) => (
            <Field key={channel}>
              <Checkbox
                checked={props.channels.includes(channel)}
                onChange={(event) => toggle(channel, event.target.checked)}
              >
                <Field.Label>{CHANNEL_LABELS[channel]}</Field.Label>
              </Checkbox>
            </Field>
          ))}
        </Fieldset>
      )}
      {props.blockedBecause && <p data-testid="blocked">{props.blockedBecause}</p>}
      <Button
        type="submit"
        isPrimary
        isStretched
        disabled={props.busy || props.blockedBecause !== null}
        data-testid="verify"
      >
        {props.busy ? 'Sending…' : 'Verify identity'}
      </Button>
    </form>
  );
};
