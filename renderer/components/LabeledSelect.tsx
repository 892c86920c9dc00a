// A choice among a few values with its visible label, the options as [value, text] pairs.
// The wrapper's class sets the layout (a stacked form field by default); `inline` makes the
// wrapper a span, for a choice that stands among buttons, as in a chart's tools.
import { useId } from 'react';

interface Props {
  label: string;
  value: string;
  options: readonly (readonly [string, string])[];
  onChange(value: string): void;
  className?: string;
  inline?: boolean;
  disabled?: boolean;
}

export function LabeledSelect({ label, value, options, onChange, className = 'field', inline, disabled }: Props) {
  const id = useId();
  const Wrapper = inline ? 'span' : 'div';
  return (
    <Wrapper className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}
