// The messages of issue 16: one clear Swedish line, no absolute path, no errno or SQLite or XML
// parser words (those go to errors.log); no permission to read is not a missing folder; and the
// stricter inputs: impossible dates, non-base64 uploads, unknown import column targets, unknown
// merge choices, file names with control characters or only spaces.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '../support/calls';
import { removeTempDirs, tempDir, useTempDataDir } from '../support/env';
import { call, managerIn, ok, refused, SWEDISH, writeDocument } from '../support/documents';
import { cli, stderrLines, type Run } from '../support/processes';
import { unprivileged } from '../support/unprivileged';
import { workbookEntries, zip } from '../unit/exchange/zip';

let dataDir: string;
let dir: string;
let plan: string;
beforeAll(async () => {
  dataDir = useTempDataDir();
  dir = tempDir('messages');
  plan = writeDocument(dir, 'plan.klimat');
  expect((await cli(['export-xlsx', plan, join(dir, 'plan.xlsx')])).code).toBe(0);
});
afterAll(removeTempDirs);

/** One Swedish line without a path, an errno code or a parser's words. */
function oneCleanLine(r: Run, expected: RegExp): void {
  expect(r.code).toBe(1);
  const lines = stderrLines(r);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(expected);
  expect(lines[0]).toMatch(SWEDISH);
  expect(lines[0]).not.toMatch(/\/|E[A-Z]{3,}|SQLITE|errno|\.tmp/);
}

describe('no permission to read is said so; a missing folder is not', () => {
  it('open (validate), merge and an import of a file the user may not read', async (ctx) => {
    const how = unprivileged();
    if ('skip' in how) {
      console.warn(`messages: the no-permission case was skipped: ${how.skip}.`);
      return ctx.skip(how.skip);
    }
    const secret = join(dir, 'hemlig.klimat');
    copyFileSync(plan, secret);
    const secretXlsx = join(dir, 'hemlig.xlsx');
    copyFileSync(join(dir, 'plan.xlsx'), secretXlsx);
    chmodSync(secret, 0o600);
    chmodSync(secretXlsx, 0o600);
    // The folder and the other files are open to everyone: only the two secret files are not.
    chmodSync(dir, 0o755);
    chmodSync(plan, 0o644);
    const childData = join(dataDir, 'child');
    mkdirSync(childData, { recursive: true });
    chmodSync(childData, 0o777);
    chmodSync(dataDir, 0o755);
    const opts = { prefix: how.prefix, env: { ...process.env, KLIMAT_DATA_DIR: childData } };
    oneCleanLine(await cli(['validate', secret], opts), /^Du saknar behörighet att läsa hemlig\.klimat\.$/);
    oneCleanLine(
      await cli(['merge', plan, secret, join(childData, 'ut.klimat')], opts),
      /^hemlig\.klimat kan inte sammanfogas: Du saknar behörighet att läsa hemlig\.klimat\.$/,
    );
    oneCleanLine(await cli(['import-xlsx', secretXlsx, join(childData, 'ny.klimat')], opts), /^Du saknar behörighet att läsa hemlig\.xlsx\.$/);
  });

  it('a missing folder, a missing file', async () => {
    oneCleanLine(await cli(['validate', join(dir, 'finns-inte', 'plan.klimat')]), /^Mappen där plan\.klimat skulle ligga finns inte\.$/);
    oneCleanLine(await cli(['validate', join(dir, 'saknas.klimat')]), /^Filen saknas\.klimat finns inte\.$/);
  });
});

describe('an export that cannot be written names the file, not a temp path', () => {
  let ro: string;
  let mounted = false;
  let why = '';
  beforeAll(() => {
    ro = tempDir('readonly-mount');
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', ro], { stdio: 'pipe' });
      mounted = true;
    } catch (e) {
      const said = String((e as { stderr?: Buffer }).stderr ?? (e as Error).message)
        .replace(/\s+/g, ' ')
        .trim();
      why = `mount -t tmpfs -o ro was refused (${said || 'no privilege'})`;
    }
  });
  afterAll(() => {
    if (mounted) execFileSync('umount', [ro]);
  });

  it('into a read-only folder: "du saknar behörighet att skriva i mappen"', async (ctx) => {
    if (!mounted) {
      console.warn(`messages: the read-only export case was skipped: ${why}.`);
      return ctx.skip(why);
    }
    for (const [cmd, out] of [
      ['export-xlsx', 'plan.xlsx'],
      ['export-csv', 'plan.csv'],
      ['export-json', 'plan.json'],
    ]) {
      oneCleanLine(
        await cli([cmd, plan, join(ro, out)]),
        new RegExp(`^Filen ${out.replace('.', '\\.')} kunde inte skrivas: du saknar behörighet att skriva i mappen `),
      );
    }
  });
});

describe('the API', () => {
  let m: ReturnType<typeof managerIn>;
  beforeAll(async () => {
    m = managerIn(dir);
    await ok(m, 'document.open', { name: 'plan.klimat' });
  });
  afterAll(() => m.close(true));

  it("answers zod's top-level refusals in Swedish and echoes an unknown field of 5 MB short", async () => {
    const e = await refused(m, 'plan.update', []);
    expect(e.message).toBe('Värdet måste vara ett objekt, inte en lista.');
    const r = await call(m, 'plan.update', { changes: { ['x'.repeat(5_000_000)]: 1 } });
    expect(JSON.stringify(r).length).toBeLessThan(1_000);
  });

  it('keeps the XML parser’s words out of the message and in errors.log', async () => {
    const broken = zip(
      workbookEntries('Blad1', { name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet><sheetData><row><c r="A1"><v>1</c></row>') }),
    );
    const e = await refused(m, 'exchange.stage', { from: 'upload', name: 'trasig.xlsx', base64: broken.toString('base64'), purpose: 'table' });
    expect(e).toMatchObject({ code: 'refusedFile', message: 'Excel-arbetsboken kunde inte läsas; den är skadad eller inte sparad av ett kalkylprogram.' });
    const log = join(dataDir, 'errors.log');
    expect(existsSync(log) && readFileSync(log, 'utf8')).toMatch(/read worker \(xlsx\).*(closing tag|mismatch|unexpected|Unexpected)/i);
  });

  it('refuses an impossible date in the history filter', async () => {
    for (const from of ['2025-13-45', '2025-02-30', '2025-01-01T25:00']) {
      const e = await refused(m, 'history.list', { from });
      expect(e).toMatchObject({ code: 'invalid', path: 'from' });
      expect(e.message).toMatch(/är inget datum som finns/);
    }
    await ok(m, 'history.list', { from: '2024-02-29', to: '2025-03-14T23:59' });
  });

  it('refuses an upload that is not base64', async () => {
    const e = await refused(m, 'exchange.stage', { from: 'upload', name: 'a.csv', base64: 'inte base64!', purpose: 'table' });
    expect(e).toMatchObject({ code: 'invalid', path: 'base64', message: 'Filens innehåll är inte base64-kodat och kan inte läsas.' });
  });

  it('refuses a column read into a field the rows do not have', async () => {
    const staged = present(
      await ok(m, 'exchange.stage', { from: 'upload', name: 'a.csv', base64: Buffer.from('Kod;Namn\nX-1;Ny\n').toString('base64'), purpose: 'table' }),
    );
    const input = { fileId: staged.fileId, sheet: staged.sheets[0].name, kind: 'actions' as const, headerRow: 1, unit: 'tkr' as const, mode: 'add' as const };
    const e = await refused(m, 'exchange.apply', { ...input, columns: ['code', 'hackerField'] });
    expect(e).toMatchObject({ code: 'invalid', path: 'columns[1]' });
    expect(e.message).toMatch(/^Kolumn 2 ska läsas in som "hackerField", som inget fält för åtgärder heter\.$/);
    const f = await refused(m, 'exchange.preview', { ...input, kind: 'financing', columns: ['code', null] });
    expect(f.path).toBe('columns[0]');
  });

  it('refuses a merge choice for a conflict the merge does not have', async () => {
    copyFileSync(plan, join(dir, 'kopia.klimat'));
    const preview = present(await ok(m, 'merge.preview', { name: 'kopia.klimat' }));
    const e = await refused(m, 'merge.apply', { mergeId: preview.mergeId, choices: { 'finns-inte': 'mine' } });
    expect(e).toMatchObject({ code: 'invalid', path: 'choices.finns-inte' });
    expect(e.message).toMatch(/ingen konflikt med id "finns-inte"/);
  });

  it('refuses file names with control characters or only spaces', async () => {
    for (const name of ['ny\nplan', 'ny\tplan', 'ny\u0007', '   ', ' ']) {
      const e = await refused(m, 'document.saveAs', { name });
      expect(e).toMatchObject({ code: 'invalid', path: 'name' });
      expect(e.message).toMatch(/styrtecken|bara mellanslag/);
    }
    writeFileSync(join(dir, 'sentinel'), '');
  });
});
