// The method appendix of the council report: the calculation rules of DESIGN §5 told in plain
// Swedish, with this plan's own numbers (period, discount rate, price base year, carbon value)
// and the chosen scenario's settings written in. Pure, so the wording is tested in Node.
import type { Plan, Scenario } from '../domain/types';
import { formatNumber, formatPercent } from '../format/number';
import { labelOf, MONEY_UNIT_LABELS, STATUS_LABELS } from '../i18n/labels';

export interface MethodPart {
  heading: string;
  paragraphs: string[];
}

/** "3,5 %" with as many decimals as the rate has (up to two). */
const percent = (v: number) => formatPercent(v, 'sv', 2);
const factor = (v: number) => formatNumber(v, 'sv', 2);

function statusList(s: Scenario): string {
  const names = s.includeStatuses.map((x) => labelOf(STATUS_LABELS, x, 'sv').toLocaleLowerCase('sv'));
  if (names.length === 0) return 'ingen status';
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} och ${names[names.length - 1]}`;
}

function scenarioSentence(s: Scenario): string {
  const parts = [`Rapporten visar scenariot ”${s.name}”. Det tar med åtgärder med status ${statusList(s)}`];
  if (s.include.length) parts.push(`, och dessutom ${formatNumber(s.include.length)} åtgärder som lagts till för hand`);
  if (s.exclude.length) parts.push(`, utom ${formatNumber(s.exclude.length)} som tagits bort för hand`);
  parts.push('. ');
  const changes: string[] = [];
  const moved = Object.keys(s.startYears ?? {}).length;
  if (moved > 0)
    changes.push(
      `${formatNumber(moved)} ${moved === 1 ? 'åtgärd börjar' : 'åtgärder börjar'} ett annat år än planerat, med effekter och kostnader flyttade lika många år`,
    );
  if (s.delayYears > 0) changes.push(`allt genomförande skjuts ${formatNumber(s.delayYears)} år framåt`);
  if (s.effectFactor !== 1) changes.push(`effekterna multipliceras med ${factor(s.effectFactor)}`);
  if (s.costFactor !== 1) changes.push(`investeringar och driftkostnader multipliceras med ${factor(s.costFactor)}`);
  parts.push(
    changes.length
      ? `I scenariot gäller också att ${changes.join(', ')}. `
      : 'Scenariot räknar med åtgärderna som de är planerade: ingen förskjutning, och effekter och kostnader som de anges. ',
  );
  return parts.join('');
}

export function methodParts(plan: Plan, scenario: Scenario): MethodPart[] {
  const p = plan.plan;
  const period = `${p.startYear}–${p.endYear}`;
  const unit = labelOf(MONEY_UNIT_LABELS, p.moneyUnit, 'sv');
  const rate = percent(p.discountRate);
  const base = String(p.priceBaseYear);
  const carbon = formatNumber(p.carbonValueSekPerTon);
  return [
    {
      heading: 'Grunden för siffrorna',
      paragraphs: [
        `Alla siffror i rapporten är framräknade ur planen som den såg ut när rapporten togs fram, med samma beräkning som programmet gör medan man arbetar. Beräkningen görs år för år under planperioden ${period}. Kostnader, effekter och finansiering som hör till år utanför perioden räknas inte med i några summor.`,
        `Alla belopp är i fast penningvärde, ${base} års priser (prisbasår ${base}), och visas i ${unit}. Utsläpp anges i ton koldioxidekvivalenter (t CO2e).`,
      ],
    },
    {
      heading: 'Basscenariot: utsläppen utan nya åtgärder',
      paragraphs: [
        'För varje sektor finns utsläpp angivna för vissa år, till exempel från den nationella utsläppsstatistiken. Mellan två sådana år antas utsläppen ändras jämnt från det ena värdet till det andra. Före det första angivna året gäller det första värdet. Efter det sista angivna året ändras utsläppen varje år med sektorns årliga förändring; en förändring på −2 % betyder att utsläppen varje år är 2 % lägre än året innan. En sektor utan angivna värden räknas som noll.',
        'Bruttoutsläppen är summan av alla sektorer utom kolsänkor. Nettoutsläppen är bruttoutsläppen minus det som kolsänkorna tar upp.',
      ],
    },
    {
      heading: 'Scenarier',
      paragraphs: [
        'Ett scenario bestämmer vilka åtgärder som räknas: de som har någon av scenariots statusar, och de som lagts till för hand, men inte de som tagits bort för hand. Ett scenario kan också skjuta alla åtgärder ett antal år framåt och räkna med lägre eller högre effekter och kostnader än planerat.',
        scenarioSentence(scenario).trim(),
        'Åtgärdslistan visar alla planens åtgärder. För åtgärder som inte ingår i scenariot visas siffrorna som om de ingick, men de räknas inte i några summor.',
      ],
    },
    {
      heading: 'När en åtgärd verkar',
      paragraphs: [
        'En åtgärd börjar sitt startår och genomförs under sin genomförandetid, minst ett år. Om inget annat år anges börjar effekten året efter att genomförandet är klart, och den upphör ett angivet slutår eller fortsätter annars hela planperioden. Med en upptrappningstid växer effekten i lika steg varje år tills den är full; utan upptrappning är den full från första året.',
      ],
    },
    {
      heading: 'Effekter på utsläppen',
      paragraphs: [
        'En åtgärds effekt anges antingen i ton per år eller som en andel av sektorns utsläpp i basscenariot samma år. I båda fallen gäller upptrappningen och scenariots effektfaktor.',
        'Scenariots utsläpp i en sektor är basscenariots utsläpp minus effekterna av de åtgärder i sektorn som ingår. Utsläppen kan aldrig bli lägre än noll: om åtgärderna tillsammans lovar mer än sektorn släpper ut ett år, räknas sektorn som noll det året och resten av effekten räknas inte. I kolsänkor anges effekten som ökat upptag, och där finns ingen sådan gräns.',
      ],
    },
    {
      heading: 'Kostnader',
      paragraphs: [
        'Investeringen fördelas lika på genomförandeåren. Driftkostnader och besparingar räknas de år åtgärden har effekt. Där en åtgärd har en justering för ett visst år ersätter justeringen det framräknade beloppet det året. Scenariots kostnadsfaktor gäller investeringar och driftkostnader men inte besparingar. Nettokostnaden är investering plus drift minus besparingar.',
      ],
    },
    {
      heading: 'Diskontering och nuvärde',
      paragraphs: [
        `Pengar som betalas eller sparas senare är värda mindre i dag. Därför räknas varje års belopp om till ett nuvärde med diskonteringsräntan ${rate} per år, räknat från prisbasåret ${base}: ett belopp år Å multipliceras med (1 + ${rate})^−(Å − ${base}). Belopp före prisbasåret räknas på samma sätt upp.`,
        'En åtgärds nuvärde är summan av dess diskonterade nettokostnader under planperioden. Ett positivt nuvärde är en kostnad för samhället som helhet, ett negativt nuvärde betyder att besparingarna väger tyngre än kostnaderna. Effekterna diskonteras på samma sätt, till diskonterade ton.',
      ],
    },
    {
      heading: 'Kostnad per ton',
      paragraphs: [
        `Kostnaden per ton i åtgärdslistan och i åtgärdskostnadskurvan är en årlig kostnad delad med åtgärdens största årliga effekt under planperioden. Den årliga kostnaden är investeringen utslagen som ett lika stort belopp varje år under åtgärdens livslängd (en annuitet med diskonteringsräntan ${rate}), plus driftkostnaden, minus besparingen. Saknas livslängd, eller har åtgärden ingen effekt, anges ingen kostnad per ton.`,
        'Åtgärdskostnadskurvan ordnar scenariots åtgärder från den billigaste till den dyraste per ton. Varje stapel är lika bred som åtgärdens minskning det valda året och lika hög som dess kostnad per ton. En negativ kostnad betyder att åtgärden sparar mer än den kostar.',
      ],
    },
    {
      heading: 'Värdet för samhället',
      paragraphs: [
        `Planen räknar med ett koldioxidvärde på ${carbon} kr per ton. Åtgärder vars kostnad per ton ligger under koldioxidvärdet lönar sig för samhället med det värdet. I det samhällsekonomiska nuvärdet dras från åtgärdens nuvärde både värdet av dess diskonterade effekt (${carbon} kr per ton) och det diskonterade värdet av dess värderade multipla nyttor, de år åtgärden har effekt. Ett negativt samhällsekonomiskt nuvärde betyder att nyttan är större än kostnaden.`,
      ],
    },
    {
      heading: 'Mål',
      paragraphs: [
        'Ett mål om minskning räknas mot ett referensår, då basscenariots utsläpp det året är referensen, eller mot en angiven referensnivå: målnivån är referensen minskad med målets andel. Ett mål om en absolut nivå anger nivån i ton, och ett mål om nettonoll betyder att nettoutsläppen ska vara noll. Mål kan gälla bruttoutsläppen (utan kolsänkor) eller nettoutsläppen (med kolsänkor).',
        'Avståndet till målet är scenariots utsläpp målåret minus målnivån. Ett avstånd som är noll eller negativt betyder att målet nås; ett positivt avstånd är det som återstår att minska. Ett mål vars år ligger utanför planperioden får ingen bedömning.',
      ],
    },
    {
      heading: 'Koldioxidbudget',
      paragraphs: [
        'Koldioxidbudgeten är den mängd utsläpp som återstår från ett visst år. Scenariots utsläpp, brutto eller netto som budgeten anger, läggs ihop år för år från budgetens startår till planperiodens slut. Det som återstår är budgeten minus den summan, och budgeten tar slut det första år då summan blir större än budgeten.',
      ],
    },
    {
      heading: 'Finansiering och finansiering som saknas',
      paragraphs: [
        'En finansieringspost räknas det år pengarna kommer, om den inte är knuten till någon åtgärd eller är knuten till en åtgärd som ingår i scenariot. Scenariots förskjutning flyttar inte finansieringen. Poster är säkrade, sökta eller möjliga.',
        'Finansiering som saknas ett år är kostnaden det året (investeringar och driftkostnader för scenariots åtgärder) minus den säkrade finansieringen. Ett negativt belopp är ett överskott det året. ”Finansiering som saknas” i rapporten är summan av årens underskott: ett överskott ett år täcker inte ett underskott ett annat år.',
      ],
    },
  ];
}
