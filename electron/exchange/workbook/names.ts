// The workbook's sheet names (the importers find the readable sheets by them) and the guide the
// summary sheet gives to them.
import { TECHNICAL_SHEET } from '../../../shared/exchange/technical';

export const SHEETS = {
  summary: 'Sammanfattning',
  actions: 'Åtgärder',
  costs: 'Kostnader per år',
  owners: 'Per nämnd',
  financing: 'Finansiering',
  emissions: 'Utsläpp',
  targets: 'Mål',
  commitments: 'Åtaganden',
  followup: 'Uppföljning',
  overrides: 'Kostnadsjusteringar',
  uncertainty: 'Osäkerhet',
  technical: TECHNICAL_SHEET,
} as const;

export const SHEET_GUIDE: [string, string][] = [
  [SHEETS.actions, 'En rad per åtgärd med alla uppgifter; belopp i planens enhet. Kan ändras och läsas in igen.'],
  [SHEETS.costs, 'Investering, drift och besparing per år i scenariot, investering per kostnadsbärare, finansiering per källa och finansiering som saknas.'],
  [SHEETS.owners, 'Investering och drift per nämnd och bolag för budgetåret och planåren, uppdelat på kostnadsbärare.'],
  [SHEETS.financing, 'En rad per finansieringspost. Kan ändras och läsas in igen.'],
  [SHEETS.emissions, 'Basscenario och scenario per sektor och år (ton koldioxid).'],
  [SHEETS.targets, 'Målen med målnivå, scenariots utsläpp och avståndet till målet; koldioxidbudgeten.'],
  [SHEETS.commitments, 'Klimatkontrakt 2030:s tio gemensamma åtaganden med vald nivå och de åtgärder som bidrar.'],
  [
    SHEETS.uncertainty,
    'När exporten tog med den: utsläppens percentiler per år ur osäkerhetsdragningarna, sannolikheten att nå målen och de drivande åtgärderna.',
  ],
  [
    SHEETS.followup,
    'Utfall mot plan per åtgärd t.o.m. uppföljningsåret (mot den senast fastställda versionen, annars planen och scenariot), summor och takten mot målen.',
  ],
  [SHEETS.overrides, 'Justerade kostnader per åtgärd och år. Kan ändras och läsas in igen.'],
  [TECHNICAL_SHEET, 'Dolt blad med det appen behöver för att läsa in arbetsboken som en hel plan igen. Ändra inte i det.'],
];
