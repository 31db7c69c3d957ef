import './charts.css';

/** Colour keys under a chart; each swatch also has its name, so colour is never the only cue. */
export function ChartLegend({ items }: { items: readonly { label: string; className: string; value?: string }[] }) {
  return (
    <ul class="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">
            <rect class={item.className} width="10" height="10" rx="2" />
          </svg>
          {item.label}
          {item.value !== undefined && <strong> {item.value}</strong>}
        </li>
      ))}
    </ul>
  );
}
