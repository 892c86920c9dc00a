// The CLI's commands (DESIGN §2 "The CLI"). Each is a thin transport over the same services,
// store and engine as the app.
import { basename, dirname, resolve } from 'node:path';
import { CALL_NAMES, contract, effectOf, type CallName } from '../../shared/api/contract';
import { toPlanDocument } from '../../shared/schema/document';
import { readPlan } from '../document/read';
import { readVersions } from '../document/versions';
import { writePlanFile } from '../document/files';
import { newPlan } from '../document/new-plan';
import { DocumentManager } from '../document/manager';
import { folderPicker } from '../document/folder-picker';
import { readSettings, currentUser } from '../app-data/settings';
import { ApiFailure } from '../../shared/api/result';
import { dispatch } from '../services/dispatch';
import { CliError, jsonWhere, readAnyPlan, withCheckedCopy, writeOutput } from './io';
import { calcCommand } from './calc';
import { followUpCommand } from './followup';
import { OPTIMISE_USAGE, optimiseCommand } from './optimise';
import { UNCERTAINTY_USAGE, uncertaintyCommand } from './uncertainty';
import { mergeCommand } from './merge';
import { exportCommand, importBaselineCommand, importPlanCommand } from './exchange';
import { exportPdfCommand } from '../report/command';
import { rollupCommand } from './rollup';

export interface Args {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

const actor = () => ({ replica: readSettings().replica, user: currentUser() });

function need(args: Args, n: number, usage: string): string[] {
  if (args.positionals.length < n) throw new CliError(`Fel antal argument. Användning: klimat ${usage}`);
  return args.positionals;
}

/** Runs a store operation, turning its refusal into the CLI's one-line error. */
function writeKlimat(run: () => void): void {
  try {
    run();
  } catch (e) {
    if (e instanceof ApiFailure) throw new CliError(e.message);
    throw e;
  }
}

export const COMMANDS: Record<string, { usage: string; help: string; run(args: Args): Promise<void> | void }> = {
  help: {
    usage: 'help',
    help: 'Visar kommandona och API-anropen.',
    run: () => {
      process.stdout.write(helpText());
    },
  },
  new: {
    usage: 'new <ut.klimat> --municipality <kommunkod> [--title <titel>] [--force]',
    help: 'Skapar en ny plan för kommunen: standardsektorerna och två scenarier, inga åtgärder.',
    run: (a) => {
      const [out] = need(a, 1, COMMANDS.new.usage);
      const code = a.values.municipality;
      if (typeof code !== 'string') throw new CliError('Ange kommunkoden med --municipality, t.ex. --municipality 2480.');
      writeKlimat(() => writePlanFile(out, newPlan(code, a.values.title as string | undefined), actor(), 'new', !!a.values.force));
    },
  },
  'import-json': {
    usage: 'import-json <in.json> <ut.klimat> [--force]',
    help: 'Läser en plan i JSON-formatet klimat-plan och skriver den som .klimat-fil.',
    run: (a) => importPlanCommand(a, 'json', COMMANDS['import-json'].usage),
  },
  'export-json': {
    usage: 'export-json <in.klimat> <ut.json | -> [--force]',
    help: 'Skriver planen som JSON (klimat-plan version 1); - betyder standard ut.',
    run: async (a) => {
      const [input, out] = need(a, 2, COMMANDS['export-json'].usage);
      const plan = await withCheckedCopy(input, (db) => ({ ...readPlan(db), versions: readVersions(db) }));
      writeOutput(out, `${JSON.stringify(toPlanDocument(plan), null, 2)}\n`, !!a.values.force);
    },
  },
  validate: {
    usage: 'validate <fil.klimat>',
    help: 'Kontrollerar filen som när den öppnas; skriver OK eller skälet. Filen ändras aldrig.',
    run: async (a) => {
      const [input] = need(a, 1, COMMANDS.validate.usage);
      await withCheckedCopy(input, () => undefined);
      process.stdout.write('OK\n');
    },
  },
  call: {
    usage: "call <fil.klimat> <anrop> '<json>'",
    help: 'Kör ett anrop i API-kontraktet på filen (samma kontroller och ändringslogg som appen) och sparar.',
    run: (a) => callCommand(a),
  },
  calc: {
    usage: 'calc <fil.json | fil.klimat> --scenario <id> [--year <år>]',
    help: 'Beräknar scenariot och skriver resultatet som JSON.',
    run: (a) => calcCommand(a, readAnyPlan),
  },
  uncertainty: {
    usage: UNCERTAINTY_USAGE,
    help: 'Drar N möjliga utfall av scenariot med åtgärdernas osäkerhet (seedat) och skriver percentiler, sannolikheten att nå varje mål, koldioxidbudgeten och drivande åtgärder som JSON.',
    run: (a) => uncertaintyCommand(a, readAnyPlan),
  },
  followup: {
    usage: 'followup <plan.klimat | plan.json> [--version <id>] [--scenario <id>] [--year <år>]',
    help: 'Följer upp planen: utfall mot den fastställda versionen (eller planen och ett scenario), observerade utsläpp och takten som krävs mot målen; skriver resultatet som JSON.',
    run: (a) => followUpCommand(a, COMMANDS.followup.usage),
  },
  optimise: {
    usage: OPTIMISE_USAGE,
    help:
      'Väljer de valbara åtgärder och startår som till lägsta nuvärde når målen inom budgeten (heltalsoptimering med HiGHS) och skriver svaret som JSON; ' +
      'slutkod 0 även när det inte går, med skälen. --save lägger till svaret som ett scenario i filen och sparar.',
    run: (a) => optimiseCommand(a, readAnyPlan),
  },
  merge: {
    usage: 'merge <min.klimat> <deras.klimat> <ut.klimat> [--prefer mine|theirs] [--force]',
    help: 'Sammanfogar två kopior av samma plan och skriver resultatet; slutkod 1 om konflikter återstår utan --prefer.',
    run: (a) => mergeCommand(a, COMMANDS.merge.usage),
  },
  'export-pdf': {
    usage:
      'export-pdf <in.klimat | in.json> <ut.pdf> [--scenario <id>] [--sections summary,emissions,…] [--report council|followup] [--version <id>] [--year <år>] [--force]',
    help: 'Skriver rapporten till kommunstyrelsen och kommunfullmäktige som PDF (A4) för scenariot; --sections väljer avsnitt bland summary, emissions, scenarios, uncertainty, macc, actions, investment, financing, coBenefits, commitments, method. --report followup skriver i stället uppföljningsrapporten mot versionen (--version) eller planen och scenariot, för året (--year).',
    run: (a) => exportPdfCommand(a, COMMANDS['export-pdf'].usage),
  },
  'export-xlsx': {
    usage: 'export-xlsx <in.klimat | in.json> <ut.xlsx> [--scenario <id>] [--uncertainty [--draws N] [--seed S]] [--force]',
    help: 'Skriver planen som Excel-arbetsbok (Sammanfattning, Åtgärder, Kostnader per år, Per nämnd, Finansiering, Utsläpp, Mål, Åtaganden, Uppföljning); med --uncertainty även bladet Osäkerhet (percentiler per år ur N dragningar, standard 2 000, frö 1).',
    run: (a) => exportCommand(a, 'xlsx', COMMANDS['export-xlsx'].usage),
  },
  'export-csv': {
    usage: 'export-csv <in.klimat | in.json> <ut.csv | -> [--force]',
    help: 'Skriver åtgärdslistan som CSV för svenska Excel (semikolon, decimalkomma, UTF-8 med BOM).',
    run: (a) => exportCommand(a, 'csv', COMMANDS['export-csv'].usage),
  },
  'import-xlsx': {
    usage: 'import-xlsx <in.xlsx> <ut.klimat> [--force]',
    help: 'Gör en plan av en Excel-arbetsbok som appen har exporterat (med eventuella ändringar i bladen Åtgärder, Kostnadsjusteringar och Finansiering).',
    run: (a) => importPlanCommand(a, 'xlsx', COMMANDS['import-xlsx'].usage),
  },
  'import-baseline': {
    usage: 'import-baseline <plan.klimat> <utsläpp.xlsx> --municipality <namn eller kommunkod> [--as baseline|observed|both]',
    help: 'Läser kommunens utsläpp per sektor ur den nationella utsläppsstatistiken som basscenario (standard), som observerade utsläpp eller båda, för de sektorer filen täcker, och sparar planen.',
    run: (a) => importBaselineCommand(a, COMMANDS['import-baseline'].usage),
  },
  rollup: {
    usage: 'rollup <fil | mapp>... [--scenario <id>] [--json | --xlsx <ut.xlsx>] [--force]',
    help: 'Sammanställer flera kommuners planer (en mapp betyder dess .klimat-filer): varje plans utsläpp, mål, investeringar och finansiering och summan per år, som JSON eller Excel-arbetsbok. Filer som inte kan läsas listas med skälet; av två filer för samma kommun räknas den som sparades senast.',
    run: (a) => rollupCommand(a, COMMANDS.rollup.usage),
  },
};

async function callCommand(a: Args): Promise<void> {
  const [file, name, json = '{}'] = need(a, 2, COMMANDS.call.usage);
  if (!(name in contract)) throw new CliError(`Anropet "${name}" finns inte. Se "klimat help" för listan.`);
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (e) {
    throw new CliError(`Indata till ${name} är inte giltig JSON${jsonWhere(e)}.`);
  }
  const manager = new DocumentManager(folderPicker(dirname(resolve(file))));
  try {
    const opened = await dispatch({ manager }, 'document.open', { name: basename(file) });
    if (!opened.ok) throw new CliError(opened.error.message);
    const result = await dispatch({ manager }, name, input);
    if (result.ok && effectOf(name as CallName) === 'plan') {
      const saved = await dispatch({ manager }, 'document.save', {});
      if (!saved.ok) throw new CliError(saved.error.message);
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
    if (!result.ok) {
      throw new CliError(result.error.path ? `${result.error.path}: ${result.error.message}` : result.error.message);
    }
  } finally {
    manager.close(true);
  }
}

/** What `help` says a call changes. */
const EFFECT_NOTE = { none: '', plan: '  (ändrar planen)', document: '  (arbetar med filen)', settings: '  (ändrar inställningarna)' } as const;

function helpText(): string {
  const lines = ['Klimatinvesteringsplan – kommandon:', ''];
  for (const c of Object.values(COMMANDS)) lines.push(`  klimat ${c.usage}`, `      ${c.help}`);
  lines.push('', 'Anrop för "call" (namn → indata enligt API-kontraktet):', '');
  lines.push(...CALL_NAMES.map((n) => `  ${n}${EFFECT_NOTE[effectOf(n)]}`));
  lines.push('', 'Fel ger slutkod 1 och en rad på standard fel.', '');
  return lines.join('\n');
}
