// document.*: the transports decide how a file is chosen (FilePicker); the manager does the rest.
import type { DocumentManager } from '../document/manager';
import type { Handlers } from './handler';

function suggestedName(m: DocumentManager): string {
  const s = m.status();
  const base = (s.municipality || 'plan').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-');
  return `${base.replace(/^-|-$/g, '') || 'plan'}.klimat`;
}

export const documentHandlers = {
  'document.status': ({ manager }) => manager.status(),
  'document.new': ({ manager }, { municipalityCode, title }) => manager.newPlan(municipalityCode, title),
  'document.openSample': ({ manager }) => manager.openSample(),
  'document.open': async ({ manager }, { name, readOnly }) => {
    const path = await manager.files.chooseOpen(name);
    return path ? manager.openFile(path, { readOnly }) : manager.status();
  },
  'document.list': ({ manager }) => manager.files.list(),
  'document.save': ({ manager }) => manager.save(),
  'document.saveAs': async ({ manager }, { name, overwrite }) => {
    const path = await manager.files.chooseSaveAs(name, suggestedName(manager));
    if (!path) return manager.status();
    // A system dialog has already asked whether to replace an existing file.
    return manager.saveAs(path, overwrite || manager.files.picker === 'dialog');
  },
  'document.close': ({ manager }, { discard }) => manager.close(discard),
  'document.recoverable': ({ manager }) => manager.recoverable(),
  'document.recover': ({ manager }, { id }) => manager.recover(id),
  'document.discardRecovery': ({ manager }, { id }) => manager.discardRecovery(id),
} satisfies Partial<Handlers>;
