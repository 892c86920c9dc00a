// The report's choices: checked in Node with the contract's schema, defaults filled in, and every
// refusal a Swedish sentence naming what to do.
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api/contract';
import { localDay, parseSectionList, reportPayload } from '../../../shared/report/options';
import { REPORT_SECTIONS } from '../../../shared/report/sections';
import { samplePlan } from '../../support/documents';

const plan = samplePlan();
const day = new Date(2025, 4, 1, 23, 30);

describe('reportPayload', () => {
  it('takes the plan’s first scenario and every section when nothing is chosen, and the local date', () => {
    const r = reportPayload(plan, {}, day);
    expect(r).toEqual({ ok: true, payload: { plan, scenarioId: plan.scenarios[0].id, sections: [...REPORT_SECTIONS], date: '2025-05-01' } });
  });

  it('puts the chosen sections in report order, once each', () => {
    const r = reportPayload(plan, { scenarioId: 'all', sections: ['method', 'summary', 'method', 'actions'] }, day);
    expect(r.ok && r.payload.sections).toEqual(['summary', 'actions', 'method']);
    expect(r.ok && r.payload.scenarioId).toBe('all');
  });

  it('refuses a scenario the plan does not have, naming the ones it has', () => {
    const r = reportPayload(plan, { scenarioId: 'nope' }, day);
    expect(r).toEqual({ ok: false, path: 'scenarioId', message: 'Scenariot "nope" finns inte i planen; planens scenarier är: decided, all, delayed.' });
  });

  it('refuses a plan without scenarios and an empty choice of sections', () => {
    expect(reportPayload({ ...plan, scenarios: [] }, {}, day)).toMatchObject({ ok: false, path: 'scenarioId' });
    expect(reportPayload(plan, { sections: [] }, day)).toEqual({ ok: false, path: 'sections', message: 'Välj minst ett avsnitt till rapporten.' });
  });

  it('writes the date with two-digit month and day', () => {
    expect(localDay(new Date(2031, 0, 9))).toBe('2031-01-09');
  });
});

describe('the report.pdf call', () => {
  const input = contract['report.pdf'].input;

  it('accepts a scenario, sections, a file name and a task id', () => {
    expect(input.safeParse({ scenarioId: 'decided', sections: ['summary'], name: 'Rapport.pdf', overwrite: true, taskId: 't-1' }).success).toBe(true);
  });

  it('refuses no sections, an unknown section and unknown fields, in Swedish', () => {
    const empty = input.safeParse({ scenarioId: 'decided', sections: [] });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0].message).toBe('Välj minst ett avsnitt till rapporten.');
    const unknown = input.safeParse({ scenarioId: 'decided', sections: ['summary', 'budget'] });
    expect(unknown.error?.issues[0].message).toMatch(/^Okänt avsnitt "budget"; avsnitten heter summary, emissions, .*method\.$/);
    expect(unknown.error?.issues[0].path).toEqual(['sections', 1]);
    expect(input.safeParse({ scenarioId: 'decided', sections: ['summary'], path: '/etc/passwd' }).success).toBe(false);
    expect(input.safeParse({ scenarioId: 'decided', sections: ['summary'], name: '../x.pdf' }).success).toBe(false);
  });
});

describe('parseSectionList (the CLI’s --sections)', () => {
  it('reads a comma list into report order', () => {
    expect(parseSectionList(' method, summary ,actions')).toEqual({ ok: true, sections: ['summary', 'actions', 'method'] });
  });

  it('names every unknown section and refuses an empty list', () => {
    const r = parseSectionList('summary,sammanfattning,x');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^Okänt avsnitt "sammanfattning", "x"; avsnitten heter /);
    expect(parseSectionList(' , ').ok).toBe(false);
  });
});
