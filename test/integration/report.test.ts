// The council report as PDF, made by the real CLI and the real browser host with the system's
// Chromium, and read back with poppler: every heading, every action name, the engine's gaps for
// 2030 and 2040, the municipality, the date and "Sida x av y" on every page, a table of contents
// whose page numbers are right, the sections and scenario the user chose; refusals that write
// nothing. The pages are also turned into PNGs (test/e2e/__screenshots__/report-*.png) for a
// person to look at.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calculate } from '../../shared/calc';
import type { Plan } from '../../shared/domain/types';
import { formatNumber } from '../../shared/format/number';
import { localDay } from '../../shared/report/options';
import { REPORT_SECTIONS, SECTION_TITLES, type ReportSectionId } from '../../shared/report/sections';
import { downloaded } from '../support/calls';
import { samplePlan, writeDocument } from '../support/documents';
import { REPO, removeTempDirs, SAMPLE_JSON, sha256, tempDir, useTempDataDir } from '../support/env';
import { cli, startHost, stderrLines, stopHosts, type HostProcess } from '../support/processes';

const SCREENSHOTS = join(REPO, 'test/e2e/__screenshots__');
const plan: Plan = samplePlan();

/**
 * Text as poppler reads it, with the no-break spaces of sv-SE numbers as plain spaces: `raw` in
 * the order Chromium wrote it (a table cell's text stays together), `layout` as laid out on the
 * page (a table row on one line).
 */
function pdfText(file: string, mode: 'raw' | 'layout' = 'raw'): string {
  const out = execFileSync('pdftotext', [`-${mode}`, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  // Soft hyphens are where a word may break; whether it did is the layout's business.
  return out.replace(/[\u00a0\u202f]/g, ' ').replace(/\u00ad/g, '');
}

/** The pages' texts (pdftotext ends every page with a form feed). */
const pagesOf = (text: string) => text.split('\f').slice(0, -1);
/** On one line; a name broken after a dash at the end of a table line reads as one word again. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').replace(/([–-]) /g, '$1');
/**
 * Only the letters and digits, for texts that may be set in narrow columns: whether and where a
 * name breaks (at a soft hyphen, which prints as ‐, or after a dash) is the layout's, so the
 * test compares what is left when every space and hyphen is taken out.
 */
const squash = (text: string) => text.replace(/[\s\u00ad\u2010\u2011-]/g, '');
const tons = (v: number) => formatNumber(v, 'sv').replace(/\u00a0/g, ' ');

/** Table of contents of page 1: section number, title, page. */
function contents(file: string): { n: number; title: string; page: number }[] {
  const first = pagesOf(pdfText(file, 'layout'))[0];
  const start = first.indexOf('Innehåll');
  return [...first.slice(start).matchAll(/^\s*(\d+)\.\s+(.+?)\s{2,}(\d+)\s*$/gm)].map((m) => ({ n: Number(m[1]), title: m[2].trim(), page: Number(m[3]) }));
}

function expectFrameOnEveryPage(file: string, scenarioName: string): number {
  const pages = pagesOf(pdfText(file));
  const today = localDay(new Date());
  pages.forEach((text, i) => {
    expect(text, `page ${i + 1}`).toContain('Umeå · Klimatinvesteringsplan 2025–2045 (exempel)');
    expect(text, `page ${i + 1}`).toContain(today);
    expect(text, `page ${i + 1}`).toContain(`Scenario: ${scenarioName}`);
    expect(text, `page ${i + 1}`).toContain(`Sida ${i + 1} av ${pages.length}`);
  });
  return pages.length;
}

function expectContentsRight(file: string, sections: readonly ReportSectionId[]): void {
  const toc = contents(file);
  expect(toc.map((e) => e.title)).toEqual(sections.map((s) => SECTION_TITLES[s].sv));
  const pages = pagesOf(pdfText(file));
  let last = 1;
  for (const entry of toc) {
    expect(entry.page, entry.title).toBeGreaterThan(last);
    expect(pages[entry.page - 1], `${entry.title} on page ${entry.page}`).toContain(`${entry.n}. ${entry.title}`);
    expect(pages[entry.page - 2] ?? '', `${entry.title} not before page ${entry.page}`).not.toContain(`${entry.n}. ${entry.title}\n`);
    last = entry.page;
  }
}

/**
 * The targets table has, for each target in 2030 and 2040, a row ending with the engine's level,
 * scenario, distance and verdict (the name may wrap onto lines of its own, so it is not matched).
 */
function expectEngineGaps(file: string, scenarioId: string): void {
  const calc = calculate(plan, scenarioId);
  const rows = pdfText(file, 'layout').split('\n');
  const checked = plan.targets.filter((t) => t.year === 2030 || t.year === 2040);
  expect(checked.length).toBeGreaterThanOrEqual(2);
  for (const t of checked) {
    const r = calc.targets.find((x) => x.id === t.id)!;
    expect(r.gap).not.toBeNull();
    const end = new RegExp(`\\s${tons(r.level)}\\s+${tons(r.scenario!)}\\s+${tons(r.gap!)}\\s+${r.met ? 'Ja' : 'Nej'}\\s*$`);
    expect(
      rows.some((l) => end.test(l)),
      t.name,
    ).toBe(true);
  }
}

/** Every page as a PNG for a person to look at; returns how many were made. */
function toPngs(file: string, name: string): number {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const f of readdirSync(SCREENSHOTS)) if (f.startsWith(`${name}-`)) rmSync(join(SCREENSHOTS, f));
  execFileSync('pdftoppm', ['-r', '70', '-png', file, join(SCREENSHOTS, name)]);
  const made = readdirSync(SCREENSHOTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
  for (const f of made) expect(statSync(join(SCREENSHOTS, f)).size).toBeGreaterThan(5_000);
  return made.length;
}

let dir: string;
beforeAll(() => {
  useTempDataDir();
  dir = tempDir('report');
});
afterAll(async () => {
  await stopHosts();
  removeTempDirs();
});

describe('export-pdf (CLI)', () => {
  it('prints the whole report of the sample plan: headings, every action, the engine’s gaps, the frame on every page', async () => {
    const out = join(dir, 'umea.pdf');
    const r = await cli(['export-pdf', SAMPLE_JSON, out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');

    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+|Page size:\s+595\.\d+ x 842\.\d+/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toContain('Title:           Klimatinvesteringsplan 2025–2045 (exempel) – Umeå');

    const text = pdfText(out);
    const flat = oneLine(text);
    for (const s of REPORT_SECTIONS) expect(flat).toContain(SECTION_TITLES[s].sv);
    for (const heading of [
      'Innehåll',
      'Mål och avstånd till målen',
      'Koldioxidbudget',
      'Ekonomi och finansiering 2020–2045',
      'Scenarierna i siffror',
      'Per finansieringskälla',
      'Bedömningar per nytta',
      'Diskontering och nuvärde',
    ]) {
      expect(flat).toContain(heading);
    }
    for (const a of plan.actions) expect(squash(flat), a.name).toContain(squash(a.name));
    for (const s of plan.financingSources) expect(squash(flat), s.name).toContain(squash(s.name));
    // Swedish letters and the real minus sign survive into the PDF's text.
    expect(flat).toContain('Åtgärdskostnadskurva');
    expect(flat).toContain('Etappmål 2030: −63 % mot 1990');
    expect(flat).toContain('diskonteringsräntan 3,5 % per år, räknat från prisbasåret 2025');
    expect(flat).toContain('koldioxidvärde på 7 000 kr per ton');

    expectEngineGaps(out, 'decided');
    const calc = calculate(plan, 'decided');
    const gap2030 = calc.targets.find((t) => t.year === 2030)!.gap!;
    expect(flat).toContain(`Avstånd till målet 2030 ${tons(gap2030)} t`);
    const gap2040 = calc.targets.find((t) => t.year === 2040)!.gap!;
    expect(flat).toContain(`Avstånd till målet 2040 ${tons(gap2040)} t`);

    const pages = expectFrameOnEveryPage(out, 'Beslutade åtgärder');
    expect(pages).toBeGreaterThan(REPORT_SECTIONS.length);
    expectContentsRight(out, REPORT_SECTIONS);
    expect(toPngs(out, 'report-sample')).toBe(pages);
  });

  it('prints only the chosen sections, for the chosen scenario, from a .klimat file', async () => {
    const file = writeDocument(dir, 'umea.klimat');
    const out = join(dir, 'kort.pdf');
    const r = await cli(['export-pdf', file, out, '--scenario', 'all', '--sections', 'method,summary']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const flat = oneLine(pdfText(out));
    expect(flat).toContain('1. Sammanfattning');
    expect(flat).toContain('2. Metodbilaga: så räknar planen');
    for (const absent of [
      'Utsläppsbana och sektorer',
      'Åtgärd och ansvarig',
      'Per finansieringskälla',
      'Klimatkontraktets åtaganden',
      'Bedömningar per nytta',
    ]) {
      expect(flat).not.toContain(absent);
    }
    expect(flat).toContain('Rapporten visar scenariot ”Alla åtgärder”');
    expectEngineGaps(out, 'all');
    expectFrameOnEveryPage(out, 'Alla åtgärder');
    expectContentsRight(out, ['summary', 'method']);
  });

  it('refuses an unknown scenario or section, a missing argument and an existing file, and writes nothing', async () => {
    const out = join(dir, 'nej.pdf');
    const scenario = await cli(['export-pdf', SAMPLE_JSON, out, '--scenario', 'finns-inte']);
    expect(scenario.code).toBe(1);
    expect(stderrLines(scenario)).toEqual(['Scenariot "finns-inte" finns inte i planen; planens scenarier är: decided, all, delayed.']);
    const section = await cli(['export-pdf', SAMPLE_JSON, out, '--sections', 'summary,budget']);
    expect(section.code).toBe(1);
    expect(stderrLines(section)).toHaveLength(1);
    expect(section.stderr).toMatch(/^Okänt avsnitt "budget"; avsnitten heter summary, emissions/);
    const missing = await cli(['export-pdf', SAMPLE_JSON]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Fel antal argument\. Användning: klimat export-pdf /);
    expect(existsSync(out)).toBe(false);

    writeFileSync(out, 'mitt eget dokument');
    const before = sha256(out);
    const taken = await cli(['export-pdf', SAMPLE_JSON, out]);
    expect(taken.code).toBe(1);
    expect(stderrLines(taken)).toEqual([`Filen ${out} finns redan; ange --force för att ersätta den.`]);
    expect(sha256(out)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('report.pdf (browser host)', () => {
  let host: HostProcess;
  let folder: string;
  beforeAll(async () => {
    folder = tempDir('host');
    const file = writeDocument(folder, 'umea.klimat');
    host = await startHost([file, '--dir', folder], { env: { ...process.env, KLIMAT_DATA_DIR: tempDir('host-data') } });
  });

  it('hands the report back as a download when no name is given', async () => {
    const r = await host.call('report.pdf', { scenarioId: 'delayed', sections: ['summary', 'actions'] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const dl = downloaded(r.value);
    expect(dl.fileName).toBe(`Klimatrapport Umeå ${localDay(new Date())}.pdf`);
    expect(dl.mime).toBe('application/pdf');
    const out = join(dir, 'download.pdf');
    writeFileSync(out, Buffer.from(dl.base64, 'base64'));
    const flat = oneLine(pdfText(out));
    expect(flat).toContain('1. Sammanfattning');
    expect(flat).toContain('2. Åtgärdslista');
    expect(flat).toContain('Scenario: Försenat genomförande');
    for (const a of plan.actions) expect(squash(flat), a.name).toContain(squash(a.name));
    // A long name in a narrow column breaks between syllables, with a hyphen: never a lone letter.
    expect(flat).not.toMatch(/miljonprogramsområde n\b/);
  });

  it('saves by name in the folder, refuses to replace a file unless asked, and leaves no temp files', async () => {
    const saved = await host.call('report.pdf', { scenarioId: 'decided', sections: ['method'], name: 'Rapport KS' });
    expect(saved).toEqual({ ok: true, value: { status: 'saved', fileName: 'Rapport KS.pdf' } });
    const target = join(folder, 'Rapport KS.pdf');
    expect(oneLine(pdfText(target))).toContain('1. Metodbilaga: så räknar planen');
    const before = sha256(target);
    const again = await host.call('report.pdf', { scenarioId: 'decided', sections: ['summary'], name: 'Rapport KS.pdf' });
    expect(again).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'Det finns redan en fil som heter Rapport KS.pdf. Vill du ersätta den?', path: 'name' },
    });
    expect(sha256(target)).toBe(before);
    const replaced = await host.call('report.pdf', { scenarioId: 'decided', sections: ['summary'], name: 'Rapport KS.pdf', overwrite: true });
    expect(replaced.ok).toBe(true);
    expect(oneLine(pdfText(target))).toContain('1. Sammanfattning');
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses bad choices with the field named, in Swedish', async () => {
    expect(await host.call('report.pdf', { scenarioId: 'finns-inte', sections: ['summary'] })).toEqual({
      ok: false,
      error: { code: 'notFound', message: 'Scenariot "finns-inte" finns inte i planen; planens scenarier är: decided, all, delayed.', path: 'scenarioId' },
    });
    const none = await host.call('report.pdf', { scenarioId: 'decided', sections: [] });
    expect(none).toMatchObject({ ok: false, error: { code: 'invalid', message: 'Välj minst ett avsnitt till rapporten.', path: 'sections' } });
    const sneaky = await host.call('report.pdf', { scenarioId: 'decided', sections: ['summary'], name: '../../utanför.pdf' });
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'invalid', path: 'name' } });
  });

  it('stops when the user cancels, and writes nothing', async () => {
    const taskId = 'rapport-avbryt';
    const pending = host.call('report.pdf', { scenarioId: 'decided', sections: ['summary'], name: 'Avbruten', taskId });
    // Wait until the task runs (Chromium is starting), then cancel it.
    for (let tries = 0; ; tries++) {
      const p = await host.call('exchange.progress', { taskId });
      if (p.ok && p.value) break;
      if (tries > 500) throw new Error('the report task never showed progress');
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await host.call('exchange.cancel', { taskId })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await pending).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(existsSync(join(folder, 'Avbruten.pdf'))).toBe(false);
    expect(readdirSync(folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
