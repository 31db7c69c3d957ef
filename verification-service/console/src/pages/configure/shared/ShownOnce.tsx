import { useState } from 'preact/hooks';

/**
 * A secret the API returns once (API key, webhook secret, initial password): shown with a copy
 * button and a warning; it lives only in this component's state and is gone when the admin leaves.
 */
export function ShownOnce({ label, value, onDone }: { label: string; value: string; onDone?: () => void }) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div class="card shown-once" role="region" aria-label={label}>
      <p class="notice notice-info">
        <strong>Copy it now:</strong> this {label.toLowerCase()} is shown only once. The service keeps only a hash or a
        sealed copy and cannot show it again.
      </p>
      <label for="shown-once-value">{label}</label>
      <div class="copy-row">
        <input
          id="shown-once-value"
          readOnly
          value={value}
          data-testid="secret-value"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" onClick={copy}>
          Copy
        </button>
      </div>
      <p aria-live="polite" class="muted">
        {copied === 'yes'
          ? 'Copied to the clipboard.'
          : copied === 'failed'
            ? 'The browser refused the clipboard: select the value and copy it.'
            : ''}
      </p>
      {onDone && (
        <button type="button" onClick={onDone}>
          I have stored it
        </button>
      )}
    </div>
  );
}
