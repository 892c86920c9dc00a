// document.*: the transport's picker chooses the file (see FileQuestions); the manager does the rest.
import type { DocumentManager } from '../document/manager';
import { planFromFile } from '../exchange/plan-file';
import { importQuestion, pickedFile } from './exchange';
import { pickerOf, type FileQuestions, type Handlers } from './handler';

function suggestedName(m: DocumentManager): string {
  const s = m.status();
  const base = (s.municipality || 'plan')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-');
  return `${base.replace(/^-|-$/g, '') || 'plan'}.klimat`;
}

export const documentFiles = {
  'document.open': (_ctx, { name }) => ({ kind: 'open', name }),
  'document.saveAs': ({ manager }, { name }) => ({ kind: 'saveAs', name, suggested: suggestedName(manager) }),
  'document.import': (_ctx, input) => importQuestion(input, 'plan'),
} satisfies FileQuestions;

export const documentHandlers = {
  'document.status': ({ manager }) => manager.status(),
  'document.new': ({ manager }, { municipalityCode, title }) => manager.newPlan(municipalityCode, title),
  'document.openSample': ({ manager }) => manager.openSample(),
  'document.open': ({ manager, file }, { readOnly }) => (file ? manager.openFile(file.path, { readOnly }) : manager.status()),
  'document.list': (ctx) => pickerOf(ctx).list(),
  'document.save': ({ manager }) => manager.save(),
  'document.saveAs': ({ manager, file }, { overwrite }) => (file ? manager.saveAs(file.path, overwrite || file.replaceAgreed) : manager.status()),
  'document.close': ({ manager }, { discard }) => manager.close(discard),
  'document.import': async ({ manager, file }, input) => {
    const picked = pickedFile(file, input);
    if (!picked) return manager.status();
    const format = input.format ?? (/\.json$/i.test(picked.name) ? 'json' : 'xlsx');
    const plan = await planFromFile(picked.name, picked.bytes, format);
    return manager.openPlan(plan, `import-${format} ${picked.name}`);
  },
  'document.recoverable': ({ manager }) => manager.recoverable(),
  'document.recover': ({ manager }, { id }) => manager.recover(id),
  'document.discardRecovery': ({ manager }, { id }) => manager.discardRecovery(id),
} satisfies Partial<Handlers>;
