import { EventType } from '@helpdesk-verify/core-client/schemas';

/** Event filter checkboxes; none ticked means every event. */
export function EventTypePicker({
  value,
  onChange,
  idPrefix,
}: {
  value: EventType[];
  onChange: (next: EventType[]) => void;
  idPrefix: string;
}) {
  return (
    <fieldset>
      <legend>Events (none ticked: every event)</legend>
      {EventType.options.map((type) => (
        <div class="check" key={type}>
          <input
            id={`${idPrefix}-${type}`}
            type="checkbox"
            checked={value.includes(type)}
            onChange={(e) =>
              onChange(
                e.currentTarget.checked ? [...value.filter((t) => t !== type), type] : value.filter((t) => t !== type),
              )
            }
          />
          <label for={`${idPrefix}-${type}`}>
            <code>{type}</code>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
