// Electron's application menu (Arkiv, Redigera) sends its commands here; they run exactly as
// the keyboard shortcuts and toolbar buttons do. In the browser host there is no menu.
import { useEffect } from 'react';
import { electronBridge } from '../api/bridge';
import type { DocumentCommands } from '../document/DocumentCommands';
import { openAdoptDialog } from '../views/followup/versions';

export function useMenuCommands(commands: DocumentCommands): void {
  useEffect(() => {
    const bridge = electronBridge();
    if (!bridge?.onMenu) return;
    return bridge.onMenu((command) => {
      switch (command) {
        case 'new':
          return void commands.newPlan();
        case 'open':
          return void commands.open();
        case 'save':
          return void commands.save();
        case 'saveAs':
          return void commands.saveAs();
        case 'undo':
          return void commands.undo();
        case 'redo':
          return void commands.redo();
        case 'export':
          window.location.hash = '#/export';
          return;
        case 'saveAndClose':
          return void commands.saveThen(() => window.close());
        case 'adoptVersion':
          return openAdoptDialog();
      }
    });
  }, [commands]);
}
