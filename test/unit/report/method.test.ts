// The method appendix states the plan's own figures and the chosen scenario's settings in
// Swedish, and covers every rule of DESIGN §5 the council report relies on.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/domain/types';
import { methodParts } from '../../../shared/report/method';
import { samplePlan } from '../../support/documents';

const plan = samplePlan();
const scenario = (id: string) => plan.scenarios.find((s) => s.id === id)!;
const text = (p: Plan, id: string) =>
  methodParts(
    p,
    p.scenarios.find((s) => s.id === id)!,
  )
    .flatMap((part) => [part.heading, ...part.paragraphs])
    .join('\n')
    .replace(/\u00a0/g, ' ');

describe('methodParts', () => {
  const all = text(plan, 'decided');

  it('writes in the plan’s discount rate, price base year, carbon value, period and unit', () => {
    expect(all).toContain('diskonteringsräntan 3,5 % per år, räknat från prisbasåret 2025');
    expect(all).toContain('(1 + 3,5 %)^−(Å − 2025)');
    expect(all).toContain('2025 års priser (prisbasår 2025), och visas i tkr');
    expect(all).toContain('koldioxidvärde på 7 000 kr per ton');
    expect(all).toContain('planperioden 2020–2045');
  });

  it('has a part for every calculation rule', () => {
    const headings = methodParts(plan, scenario('decided')).map((p) => p.heading);
    expect(headings).toEqual([
      'Grunden för siffrorna',
      'Basscenariot: utsläppen utan nya åtgärder',
      'Scenarier',
      'När en åtgärd verkar',
      'Effekter på utsläppen',
      'Kostnader',
      'Diskontering och nuvärde',
      'Kostnad per ton',
      'Värdet för samhället',
      'Mål',
      'Koldioxidbudget',
      'Finansiering och finansiering som saknas',
    ]);
    for (const words of [
      'jämnt',
      'årliga förändring',
      'aldrig bli lägre än noll',
      'upptrappningstid',
      'nuvärde är summan',
      'annuitet',
      'samhällsekonomiska nuvärdet',
      'Avståndet till målet är',
      'budgeten tar slut',
      'Finansiering som saknas ett år',
    ]) {
      expect(all).toContain(words);
    }
  });

  it('describes the chosen scenario: statuses, and delay and factors only when it has them', () => {
    expect(all).toContain('Rapporten visar scenariot ”Beslutade åtgärder”. Det tar med åtgärder med status beslutad, pågående och genomförd.');
    expect(all).toContain('ingen förskjutning');
    const delayed = text(plan, 'delayed');
    expect(delayed).toContain('allt genomförande skjuts 2 år framåt, effekterna multipliceras med 0,8, investeringar och driftkostnader multipliceras med 1,1');
    expect(delayed).not.toContain('ingen förskjutning');
    const [a, b] = plan.actions;
    const moved: Plan = {
      ...plan,
      scenarios: plan.scenarios.map((s) => (s.id === 'decided' ? { ...s, startYears: { [a.id]: a.startYear + 1, [b.id]: b.startYear + 2 } } : s)),
    };
    expect(text(moved, 'decided')).toContain(
      'I scenariot gäller också att 2 åtgärder börjar ett annat år än planerat, med effekter och kostnader flyttade lika många år.',
    );
  });

  it('follows a change of the plan’s settings', () => {
    const other: Plan = { ...plan, plan: { ...plan.plan, discountRate: 0.04, priceBaseYear: 2024, carbonValueSekPerTon: 1500, moneyUnit: 'mnkr' } };
    const t = text(other, 'decided');
    expect(t).toContain('diskonteringsräntan 4 % per år, räknat från prisbasåret 2024');
    expect(t).toContain('koldioxidvärde på 1 500 kr per ton');
    expect(t).toContain('visas i mnkr');
  });
});
