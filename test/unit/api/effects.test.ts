// Every call of the contract says what it changes (shared/api/define.ts): the renderer, the
// dispatcher's read-only refusal and the CLI's `call` go by it alone.
import { describe, expect, it } from 'vitest';
import { CALL_NAMES, contract, effectOf, type CallName } from '../../../shared/api/contract';
import { EFFECTS } from '../../../shared/api/define';

const byEffect = (effect: string) => CALL_NAMES.filter((n) => effectOf(n) === effect).sort();

describe('the effect of every call', () => {
  it('every call has one of the four effects', () => {
    for (const name of CALL_NAMES) expect(EFFECTS, name).toContain(contract[name].effect);
  });

  it('saving, undo/redo and the settings are not reads', () => {
    const notNone: CallName[] = ['document.save', 'document.saveAs', 'history.undo', 'history.redo', 'settings.update'];
    for (const name of notNone) expect(effectOf(name), name).not.toBe('none');
    expect(effectOf('history.undo')).toBe('plan');
    expect(effectOf('history.redo')).toBe('plan');
    expect(effectOf('document.save')).toBe('document');
    expect(effectOf('settings.update')).toBe('settings');
  });

  it('lists, gets and previews change nothing; creates, updates, deletes, patches and applies change the plan', () => {
    for (const name of CALL_NAMES.filter((n) => !n.startsWith('settings.'))) {
      const verb = name.split('.')[1];
      if (/^(list|get|snapshot|status|recoverable|preview|baselinePreview|progress)$/.test(verb)) expect(effectOf(name), name).toBe('none');
      if (/^(create|update|delete|patch|deleteMany|set|apply|baselineApply|restore|restoreAction)$/.test(verb)) expect(effectOf(name), name).toBe('plan');
    }
  });

  it('the document calls work on the file or on which plan is open', () => {
    expect(byEffect('document')).toEqual(
      [
        'document.close',
        'document.discardRecovery',
        'document.import',
        'document.new',
        'document.open',
        'document.openSample',
        'document.recover',
        'document.save',
        'document.saveAs',
      ].sort(),
    );
    expect(byEffect('settings')).toEqual(['settings.update']);
  });

  it('exports, the report and staging a file change nothing in the plan', () => {
    for (const name of ['exchange.export', 'report.pdf', 'exchange.stage', 'exchange.discard', 'merge.preview', 'merge.cancel'] as const) {
      expect(effectOf(name), name).toBe('none');
    }
  });
});
