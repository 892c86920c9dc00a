// `npm run bench`: speed is measured here, not timed in tests. Prints one line per figure.
import { benchCalc } from './calc';
import { benchCharts } from './charts';
import { benchDocument } from './document';
import { benchGrid } from './grid';
import { benchExchange } from './exchange';
import { benchMerge } from './merge';
import { benchOptimise } from './optimise';
import { benchReport } from './report';
import { benchRollup } from './rollup';

const print = (line: string) => process.stdout.write(`${line}\n`);

const benches: [string, (p: typeof print) => Promise<void>][] = [
  ['Dokument (öppna och spara)', benchDocument],
  ['Beräkningsmotorn', benchCalc],
  ['Rutnätet Åtgärder (grid, Chromium)', benchGrid],
  ['Diagram i Chromium', benchCharts],
  ['Sammanfogning', benchMerge],
  ['Excel-export och import', benchExchange],
  ['PDF-rapport (Chromium)', benchReport],
  ['Sammanställning av planer (region)', benchRollup],
  ['Optimeraren (HiGHS)', benchOptimise],
];

async function main(): Promise<void> {
  print(`Klimatinvesteringsplan bench – Node ${process.version}, ${process.platform}/${process.arch}`);
  const only = process.argv[2];
  for (const [name, run] of benches) {
    if (only && !name.toLowerCase().includes(only.toLowerCase())) continue;
    print(`\n== ${name}`);
    await run(print);
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
