// The contract's files mirror the services (issue 13.6): shared/api/calls/X.ts holds the calls
// that electron/services/X.ts handles, so a call is found by its area's name on either side.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALL_NAMES } from '../../../shared/api/contract';

const CALLS = join(process.cwd(), 'shared/api/calls');
const SERVICES = join(process.cwd(), 'electron/services');
const areas = readdirSync(CALLS)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));

async function callsOf(area: string): Promise<string[]> {
  const mod = (await import(join(CALLS, `${area}.ts`))) as Record<string, unknown>;
  return Object.entries(mod)
    .filter(([name]) => name.endsWith('Calls'))
    .flatMap(([, table]) => Object.keys(table as object));
}

describe('calls/X.ts ↔ services/X.ts', () => {
  it.each(areas)('%s: every call is handled in the service of the same name', async (area) => {
    const service = join(SERVICES, `${area}.ts`);
    expect(existsSync(service), `electron/services/${area}.ts`).toBe(true);
    const text = readFileSync(service, 'utf8');
    const names = await callsOf(area);
    expect(names.length, area).toBeGreaterThan(0);
    for (const name of names) expect(text, `${name} in services/${area}.ts`).toContain(`'${name}': `);
  });

  it('the area files hold every call of the contract, each once', async () => {
    const all = (await Promise.all(areas.map(callsOf))).flat();
    expect(all.sort()).toEqual([...CALL_NAMES].sort());
  });
});
