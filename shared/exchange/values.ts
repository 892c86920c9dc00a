// Reading one cell for one column: the same rules for a number typed in Excel, a text from a
// CSV file and a value copied from a report. Numbers in Swedish forms (`1 234,5`, `−12`,
// `12,5 %`) go through shared/format; fixed ids may be written as the id, the Swedish or the
// English label; sectors and financing sources by id or name. Ranges and rules are not checked
// here: the entity schemas do that, with the same messages as every other way in. Pure.
import {
  ACTION_STATUSES,
  COMMITMENT_IDS,
  COST_BEARERS,
  EFFECT_KINDS,
  FINANCING_STATUSES,
  MONEY_UNIT_FACTOR,
  type CommitmentId,
  type MoneyUnit,
} from '../domain/ids';
import type { FinancingSource, Sector } from '../domain/types';
import { parseMoneySek, parseNumber, parsePercent } from '../format/parse';
import { COMMITMENT_LABELS, COST_BEARER_LABELS, EFFECT_KIND_LABELS, FINANCING_STATUS_LABELS, SECTOR_LABELS, STATUS_LABELS } from '../i18n/labels';
import type { Cell } from './cells';
import type { ColumnKind } from './columns';
import { nameKey } from './headers';

export interface ValueContext {
  /** The money unit of the file's amounts (a suffix in a text cell, `12 mnkr`, wins). */
  unit: MoneyUnit;
  sectors: readonly Sector[];
  sources: readonly FinancingSource[];
}

export type Parsed<T = unknown> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = (message: string): Parsed<never> => ({ ok: false, message });

/** A lookup from every way of writing a value (id, labels, synonyms) to the value. */
function lookup<K extends string>(ids: readonly K[], labels: Record<K, { sv: string; en: string }>, synonyms: Partial<Record<K, string[]>> = {}) {
  const m = new Map<string, K>();
  for (const id of ids) {
    for (const name of [id, labels[id].sv, labels[id].en, ...(synonyms[id] ?? [])]) m.set(nameKey(name), id);
  }
  return m;
}

const STATUS = lookup(ACTION_STATUSES, STATUS_LABELS, {
  idea: ['ide'],
  proposed: ['föreslaget', 'förslag'],
  decided: ['beslutat', 'beslut'],
  ongoing: ['pågår', 'påbörjad', 'påbörjat'],
  done: ['genomfört', 'klar', 'klart', 'avslutad', 'avslutat'],
  cancelled: ['avbrutet', 'struken', 'inställd'],
});
const COST_BEARER = lookup(COST_BEARERS, COST_BEARER_LABELS, {
  municipality: ['kommun', 'kommunal budget'],
  municipalCompany: ['kommunalt bolag', 'kommunala bolaget', 'bolag'],
  business: ['näringslivet', 'företag', 'näringsidkare'],
  households: ['hushållen', 'invånare', 'privatpersoner'],
  state: ['staten', 'regionen', 'stat', 'region', 'stat/region'],
});
const EFFECT_KIND = lookup(EFFECT_KINDS, EFFECT_KIND_LABELS, { absolute: ['ton', 'absolut', 't/år'], share: ['andel', 'procent', '%'] });
const FINANCING_STATUS = lookup(FINANCING_STATUSES, FINANCING_STATUS_LABELS, {
  secured: ['säkrat', 'beviljad', 'beviljat', 'beslutad'],
  applied: ['ansökt', 'söks'],
  potential: ['möjligt', 'potentiell', 'potentiellt'],
});
const COMMITMENT = lookup(COMMITMENT_IDS, COMMITMENT_LABELS);
COMMITMENT_IDS.forEach((id, i) => COMMITMENT.set(String(i + 1), id));

function choice<K extends string>(table: Map<string, K>, text: string, what: string, allowed: Record<K, { sv: string }>): Parsed<K> {
  const id = table.get(nameKey(text));
  if (id) return ok(id);
  const names = (Object.values(allowed) as { sv: string }[]).map((l) => l.sv).join(', ');
  return no(`${what} "${text}" finns inte; använd någon av: ${names}.`);
}

function sectorOf(text: string, sectors: readonly Sector[]): Parsed<string> {
  const byId = sectors.find((s) => s.id === text.trim());
  if (byId) return ok(byId.id);
  const key = nameKey(text);
  const named = sectors.filter((s) => nameKey(s.name) === key);
  if (named.length === 1) return ok(named[0].id);
  if (named.length > 1) return no(`Flera sektorer i planen heter "${text}"; ange sektorns id i stället.`);
  // The standard names, also in English, for the standard sectors the plan has.
  for (const [id, label] of Object.entries(SECTOR_LABELS)) {
    if ((nameKey(label.sv) === key || nameKey(label.en) === key) && sectors.some((s) => s.id === id)) return ok(id);
  }
  return no(`Sektorn "${text}" finns inte i planen; planens sektorer är: ${sectors.map((s) => s.name).join(', ')}.`);
}

function sourceOf(text: string, sources: readonly FinancingSource[]): Parsed<string> {
  const byId = sources.find((s) => s.id === text.trim());
  if (byId) return ok(byId.id);
  const named = sources.filter((s) => nameKey(s.name) === nameKey(text));
  if (named.length === 1) return ok(named[0].id);
  if (named.length > 1) return no(`Flera finansieringskällor i planen heter "${text}"; ange källans id i stället.`);
  return no(`Finansieringskällan "${text}" finns inte i planen; lägg till den först eller skriv en av: ${sources.map((s) => s.name).join(', ')}.`);
}

/** `a; "b; c"; d` → a, b; c, d. A part that starts with a quote is quoted CSV-style. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    while (text[i] === ' ') i += 1;
    let item = '';
    if (text[i] === '"') {
      i += 1;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          item += '"';
          i += 2;
        } else if (text[i] === '"') {
          i += 1;
          break;
        } else item += text[i++];
      }
      while (i < text.length && text[i] !== ';') i += 1;
    } else {
      const end = text.indexOf(';', i);
      item = text.slice(i, end < 0 ? text.length : end).trim();
      i = end < 0 ? text.length : end;
    }
    if (item !== '') out.push(item);
    i += 1;
  }
  return out;
}

/** The inverse of splitList: items that hold `;`, start with a quote or a space are quoted. */
export function joinList(items: readonly string[]): string {
  return items.map((t) => (/;|^[\s"]|\s$/.test(t) ? `"${t.replace(/"/g, '""')}"` : t)).join('; ');
}

function commitmentsOf(text: string): Parsed<CommitmentId[]> {
  const out: CommitmentId[] = [];
  for (const part of text
    .split(/[;,\n]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const id = COMMITMENT.get(nameKey(part));
    if (!id) return no(`Åtagandet "${part}" finns inte; skriv åtagandets namn eller nummer 1–10.`);
    out.push(id);
  }
  return ok(out);
}

function notAValue(cell: Cell): string | null {
  switch (cell.t) {
    case 'f':
      return `Cellen innehåller en formel (=${cell.formula}), som inte läses in: ett beräknat värde kan vara inaktuellt. Kopiera kolumnen och klistra in den som värden, och läs in filen igen.`;
    case 'e':
      return `Cellen innehåller felvärdet ${cell.v}.`;
    default:
      return null;
  }
}

function numberOf(cell: Cell, parse: (text: string) => number | null, example: string): Parsed<number> {
  if (cell.t === 'n') return ok(cell.v);
  if (cell.t === 's') {
    const n = parse(cell.v);
    return n === null ? no(`"${cell.v}" är inte ett tal (skriv till exempel ${example}).`) : ok(n);
  }
  if (cell.t === 'd') return no('Cellen innehåller ett datum, inte ett tal.');
  if (cell.t === 'b') return no('Cellen innehåller SANT eller FALSKT, inte ett tal.');
  return no('Cellen innehåller inget tal.');
}

function textOf(cell: Cell): Parsed<string> {
  if (cell.t === 's') return ok(cell.v);
  if (cell.t === 'n') return ok(String(cell.v));
  if (cell.t === 'b') return ok(cell.v ? 'SANT' : 'FALSKT');
  return ok(cell.t === 'd' ? cell.v : '');
}

/** The value of a non-empty cell for a column of `kind`, or why it cannot be read. */
export function readValue(cell: Cell, kind: ColumnKind, ctx: ValueContext): Parsed {
  const bad = notAValue(cell);
  if (bad) return no(bad);
  switch (kind) {
    case 'year':
    case 'whole':
    case 'tons':
    case 'score':
    case 'factor':
      return numberOf(cell, (t) => parseNumber(t), kind === 'year' ? '2030' : kind === 'factor' ? '0,8' : '1 234,5');
    case 'share':
      // A cell formatted as % holds the fraction; any other number is per cent, as the header says.
      if (cell.t === 'n') return ok(cell.percent ? cell.v : Number((cell.v / 100).toPrecision(12)));
      return numberOf(cell, (t) => parsePercent(t), '12,5 %');
    case 'money':
      if (cell.t === 'n') return ok(Math.round(cell.v * MONEY_UNIT_FACTOR[ctx.unit]) + 0);
      return numberOf(cell, (t) => parseMoneySek(t, ctx.unit), '1 234,5');
    default:
      break;
  }
  const text = textOf(cell);
  if (!text.ok) return text;
  const v = text.value;
  switch (kind) {
    case 'text':
      return ok(v);
    case 'id':
    case 'actionRef':
      return ok(v.trim());
    case 'sector':
      return sectorOf(v, ctx.sectors);
    case 'source':
      return sourceOf(v, ctx.sources);
    case 'status':
      return choice(STATUS, v, 'Statusen', STATUS_LABELS);
    case 'costBearer':
      return choice(COST_BEARER, v, 'Kostnadsbäraren', COST_BEARER_LABELS);
    case 'effectKind':
      return choice(EFFECT_KIND, v, 'Effekttypen', EFFECT_KIND_LABELS);
    case 'financingStatus':
      return choice(FINANCING_STATUS, v, 'Statusen', FINANCING_STATUS_LABELS);
    case 'commitments':
      return commitmentsOf(v);
    case 'tags':
      return ok(splitList(v));
    default:
      return no(`Okänd kolumntyp ${kind}.`);
  }
}
