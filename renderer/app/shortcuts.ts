// Ctrl+S, Ctrl+O, Ctrl+N, Ctrl+Z, Ctrl+Y (and Cmd on a Mac). Undo and redo leave text fields
// alone: there the field's own undo of what was typed is what people expect.
import { useEffect } from 'react';
import type { DocumentCommands } from '../document/DocumentCommands';

function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

export function useShortcuts(commands: DocumentCommands): void {
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      const inText = isTextEntry(document.activeElement);
      // A modal dialog is answering a question: start nothing under it, but still keep the
      // browser's own Ctrl+S/O/N (save page, open file, new window) away.
      const quiet = commands.busy || e.repeat || document.querySelector('dialog[open]') !== null;
      const run = (command: () => Promise<void>) => {
        e.preventDefault();
        if (!quiet) void command();
      };
      if (key === 's' && !e.shiftKey) run(commands.save);
      else if (key === 'o' && !e.shiftKey) run(commands.open);
      else if (key === 'n' && !e.shiftKey) run(commands.newPlan);
      else if (inText || quiet) return;
      else if (key === 'z' && !e.shiftKey) run(commands.undo);
      else if (key === 'y' || (key === 'z' && e.shiftKey)) run(commands.redo);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [commands]);
}
