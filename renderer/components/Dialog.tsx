// A modal dialog on the native <dialog>: the browser keeps focus inside it, makes the page
// behind inert, closes it on Escape and gives focus back to where it was. Whoever renders it
// owns whether it is open: Escape only asks, through `onClose`.
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** Wider dialogs hold tables (open, recovery). */
  wide?: boolean;
  /** Id of the dialog's describing text, if any. */
  describedBy?: string;
}

export function Dialog({ title, onClose, children, wide, describedBy }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  // False once React removes the dialog: the `close` event our own cleanup causes must not
  // close whatever dialog replaced this one.
  const mounted = useRef(false);

  // Layout effect: closing must happen while the element is still in the document, so that
  // the browser returns focus to the element that had it before.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    mounted.current = true;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      mounted.current = false;
      dialog.close();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog dialog--wide' : 'dialog'}
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      aria-modal="true"
      onCancel={(e) => {
        e.preventDefault();
        if (mounted.current) onCloseRef.current();
      }}
      onClose={() => {
        // The event comes a task later: by then the dialog may be showing again (React's
        // StrictMode re-runs the effect), and then nothing has closed.
        if (mounted.current && !ref.current?.open) onCloseRef.current();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

/** The row of buttons at the foot of a dialog. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="dialog__actions">{children}</div>;
}
