// `npm run --silent klimat -- <command> …`: exit 0 on success; exit 1 with one clear Swedish
// line on stderr for every error.
import { parseArgs } from 'node:util';
import { COMMANDS } from './commands';
import { CliError } from './io';

async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  const cmd = COMMANDS[command];
  if (!cmd) {
    process.stderr.write(`Okänt kommando "${command}". Kör "klimat help" för en lista.\n`);
    return 1;
  }
  try {
    const { positionals, values } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        municipality: { type: 'string' },
        title: { type: 'string' },
        scenario: { type: 'string' },
        year: { type: 'string' },
        draws: { type: 'string' },
        seed: { type: 'string' },
        uncertainty: { type: 'boolean' },
        force: { type: 'boolean' },
        prefer: { type: 'string' },
        sections: { type: 'string' },
        version: { type: 'string' },
        as: { type: 'string' },
        report: { type: 'string' },
        json: { type: 'boolean' },
        xlsx: { type: 'string' },
        targets: { type: 'string' },
        candidates: { type: 'string' },
        objective: { type: 'string' },
        budget: { type: 'string' },
        'carbon-budget': { type: 'boolean' },
        'time-limit': { type: 'string' },
        save: { type: 'string' },
      },
    });
    await cmd.run({ positionals, values });
    return 0;
  } catch (e) {
    process.stderr.write(`${oneLine(e)}\n`);
    return 1;
  }
}

function oneLine(e: unknown): string {
  // One line, whatever a message carries (DESIGN §2: one clear line on stderr for every error).
  if (e instanceof CliError) return e.message.replace(/\s*\n\s*/g, ' ');
  const m = e instanceof Error ? e.message : String(e);
  if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return `Felaktiga argument: ${m.split('\n')[0]}`;
  return `Ett oväntat fel inträffade: ${m.split('\n')[0]}`;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
