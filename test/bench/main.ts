// `npm run bench`: speed is measured here, not timed in tests. Prints one line per figure.
import { benchCalc } from './calc';
import { benchCharts } from './charts';
import { benchDocument } from './document';
import { benchGrid } from './grid';
import { benchExchange } from './exchange';
import { benchFollowUp } from './followup';
import { benchMerge } from './merge';
import { benchOptimise } from './optimise';
import { benchReport } from './report';
import { benchRollup } from './rollup';
import { benchViews } from './views';
import { benchRobust } from './robust';
import { benchUncertainty } from './uncertainty';

const print = (line: string) => process.stdout.write(`${line}\n`);

const benches: [string, (p: typeof print) => Promise<void>][] = [
  ['Dokument (öppna och spara)', benchDocument],
  ['Beräkningsmotorn', benchCalc],
  ['Osäkerhet (Monte Carlo)', benchUncertainty],
  ['Rutnätet Åtgärder (grid, Chromium)', benchGrid],
  ['Diagram i Chromium', benchCharts],
  ['Vyer med alla åtgärder (Åtaganden, Historik)', benchViews],
  ['Sammanfogning', benchMerge],
  ['Excel-export och import', benchExchange],
  ['PDF-rapport (Chromium)', benchReport],
  ['Uppföljning (utfall, vyn och rapporten)', benchFollowUp],
  ['Sammanställning av planer (region)', benchRollup],
  ['Optimeraren (HiGHS)', benchOptimise],
  ['Stora och fientliga filer', benchRobust],
];

async function main(): Promise<void> {
  print(`Klimatinvesteringsplan bench – Node ${process.version}, ${process.platform}/${process.arch}`);
  // `npm run bench -- <word>`: only the sections whose name holds it (e.g. uppföljning).
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
