// A refusal under a field or a form, in the one style every view uses. A field that names it in
// aria-describedby (`id`) needs no alert: the screen reader reads it with the field. A refusal
// that follows a click with no field to return to is an `alert`, so that it is heard at once.
interface Props {
  error: string | null | undefined;
  id?: string;
  alert?: boolean;
}

export function FieldError({ error, id, alert }: Props) {
  if (!error) return null;
  return (
    <p id={id} className="field__error" role={alert ? 'alert' : undefined}>
      {error}
    </p>
  );
}
