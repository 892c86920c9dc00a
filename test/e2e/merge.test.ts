// Sammanfoga med… in a real Chromium against the real browser host and real files (issue 8):
// two colleagues edited copies of one plan; the review lists the other copy's changes and the
// conflict side by side (who and when), nothing is applied before Sammanfoga, "theirs" is
// chosen, the Åtgärder grid shows their value, and Ctrl+Z brings mine back in one step.
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_BUNDLE, e2eSession, sampleFileViaCli, screenshot, startHost, tempDir, VIEWPORTS } from './harness';
import { api, cell, plainSpaces, text } from './fixtures/sheet';

const session = e2eSession();

/** `klimat call` as the colleague `user`, in their own app data folder. */
function edit(file: string, user: string, name: string, input: unknown): void {
  const env = { ...process.env, KLIMAT_DATA_DIR: join(file, '..', `data-${user}`) };
  execFileSync(process.execPath, [CLI_BUNDLE, 'call', file, 'settings.update', JSON.stringify({ userName: user })], { env, stdio: 'pipe' });
  execFileSync(process.execPath, [CLI_BUNDLE, 'call', file, name, JSON.stringify(input)], { env, stdio: 'pipe' });
}

describe('merge review', () => {
  it('shows the conflict side by side, applies "theirs" on Sammanfoga, and Ctrl+Z restores mine', async () => {
    const dir = tempDir('merge');
    const mine = sampleFileViaCli(dir, 'umea.klimat');
    const theirs = join(dir, 'umea-kollega.klimat');
    copyFileSync(mine, theirs);
    const host0 = await startHost({ file: mine, dir, dataDir: tempDir('probe') });
    const [t1, t2] = await api(host0.url, 'actions.list');
    await host0.stop();
    edit(mine, 'Anna', 'actions.update', { id: t1.id, changes: { capexSek: 150_000_000 } });
    edit(theirs, 'Bo', 'actions.update', { id: t1.id, changes: { capexSek: 200_000_000 } });
    edit(theirs, 'Bo', 'actions.update', { id: t2.id, changes: { name: 'Cykelvägar, etapp 2' } });

    const host = await startHost({ file: mine, dir, dataDir: tempDir('data') });
    const { page, errors } = await session.open(`${host.url}#/history`, { viewport: VIEWPORTS.laptop });
    await page.getByRole('heading', { level: 1, name: 'Historik' }).waitFor();
    // The history names who made the change, in words.
    const annaRow = page.getByRole('row').filter({ hasText: `Investering för ${t1.code} ${t1.name}` });
    await expect.poll(async () => plainSpaces((await annaRow.first().textContent()) ?? '')).toContain('Anna');
    expect(plainSpaces((await annaRow.first().textContent()) ?? '')).toContain('180 000 tkr → 150 000 tkr');

    await page.getByRole('button', { name: 'Sammanfoga med…' }).click();
    const pick = page.getByRole('dialog', { name: 'Sammanfoga med en annan kopia' });
    await pick.getByRole('button', { name: 'umea-kollega.klimat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sammanfoga med umea-kollega.klimat' }).waitFor();

    // The conflict, side by side: what, mine (Anna) and theirs (Bo).
    const conflict = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: `Investering för ${t1.code} ${t1.name}` }) });
    const row = plainSpaces((await conflict.textContent()) ?? '');
    expect(row).toMatch(/150 000 tkr\s*Anna/);
    expect(row).toMatch(/200 000 tkr\s*Bo/);
    // Every incoming change is listed, the name change taken as it is.
    const incoming = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Tas in?' }) });
    expect(plainSpaces((await incoming.textContent()) ?? '')).toContain(`Namn för ${t2.code} ${t2.name}: ${t2.name} → Cykelvägar, etapp 2`);
    const apply = page.getByRole('button', { name: 'Sammanfoga', exact: true });
    expect(await apply.isDisabled()).toBe(true);
    await screenshot(page, 'merge-review-1366x768');
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'merge-review-1920x1080');

    // Nothing is applied before the user confirms.
    expect((await api(host.url, 'actions.list'))[0].capexSek).toBe(150_000_000);

    await conflict.getByRole('radio', { name: /Välj deras version/ }).check();
    await screenshot(page, 'merge-review-chosen');
    await apply.click();
    await page.getByRole('heading', { level: 1, name: 'Historik' }).waitFor();
    await expect.poll(async () => (await page.getByRole('status').filter({ hasText: 'Sammanfogat med' }).count()) > 0).toBe(true);

    // The grid shows their value, and their other change.
    await page.setViewportSize(VIEWPORTS.laptop);
    await page.getByRole('link', { name: 'Åtgärder', exact: true }).click();
    await cell(page, 'Åtgärder', 0, 'name').waitFor();
    const capex = cell(page, 'Åtgärder', 0, 'capexSek');
    await expect.poll(() => text(capex)).toBe('200 000');
    expect(await text(cell(page, 'Åtgärder', 1, 'name'))).toBe('Cykelvägar, etapp 2');
    await screenshot(page, 'merge-grid-after');

    // One undo step takes the whole merge back.
    await page.getByRole('heading', { level: 1, name: 'Åtgärder' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(capex)).toBe('150 000');
    await expect.poll(() => text(cell(page, 'Åtgärder', 1, 'name'))).toBe(t2.name);
    expect(errors).toEqual([]);
  });

  it('shows an action deleted in one copy and edited in the other as one choice, and takes all of one side', async () => {
    const dir = tempDir('merge-deleted');
    const mine = sampleFileViaCli(dir, 'umea.klimat');
    const theirs = join(dir, 'umea-bo.klimat');
    copyFileSync(mine, theirs);
    const probe = await startHost({ file: mine, dir, dataDir: tempDir('probe') });
    const actions = await api(probe.url, 'actions.list');
    await probe.stop();
    const t3 = actions[2];
    edit(mine, 'Anna', 'actions.delete', { id: t3.id });
    edit(mine, 'Anna', 'plan.update', { changes: { title: 'Klimatinvesteringsplan 2025–2045, Annas version' } });
    edit(theirs, 'Bo', 'actions.update', { id: t3.id, changes: { capexSek: 50_000_000, tags: [...t3.tags, 'Reviderad'] } });
    edit(theirs, 'Bo', 'plan.update', { changes: { title: 'Klimatinvesteringsplan 2025–2045, Bos version' } });
    edit(theirs, 'Bo', 'actions.create', { id: 'bo-ny', values: { code: 'T-11', name: 'Pendelparkeringar', capexSek: 12_000_000 } });

    const host = await startHost({ file: mine, dir, dataDir: tempDir('data') });
    const { page, errors } = await session.open(`${host.url}#/history`, { viewport: VIEWPORTS.laptop });
    await page.getByRole('button', { name: 'Sammanfoga med…' }).click();
    await page.getByRole('dialog', { name: 'Sammanfoga med en annan kopia' }).getByRole('button', { name: 'umea-bo.klimat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sammanfoga med umea-bo.klimat' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Konflikter (2)' }).waitFor();

    const deleted = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^Åtgärden ${t3.code}`) }) });
    const text = plainSpaces((await deleted.textContent()) ?? '');
    expect(text).toContain('Du tog bort den; den andra kopian ändrade den.');
    expect(text).toContain(`Tog bort åtgärden ${t3.code} ${t3.name}`);
    expect(text).toContain(`Investering för ${t3.code} ${t3.name}: 45 000 tkr → 50 000 tkr`);
    expect(text).toContain(`Lade till taggen Reviderad för ${t3.code} ${t3.name}`);
    await screenshot(page, 'merge-review-deleted-1366x768');
    await page.setViewportSize(VIEWPORTS.desktop);
    await screenshot(page, 'merge-review-deleted-1920x1080');

    await page.getByRole('button', { name: 'Min version för alla' }).click();
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(2);
    await page.getByRole('button', { name: 'Sammanfoga', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Historik' }).waitFor();
    const after = await api(host.url, 'actions.list');
    expect(after.some((a) => a.id === t3.id)).toBe(false);
    expect(after.find((a) => a.id === 'bo-ny')?.name).toBe('Pendelparkeringar');
    await screenshot(page, 'merge-history-after');
    expect(errors).toEqual([]);
  }, 120_000); // five CLI edits and two hosts

  it('refuses a file of another plan in the picker with a message naming both plans', async () => {
    const dir = tempDir('merge-other');
    const mine = sampleFileViaCli(dir, 'umea.klimat');
    execFileSync(process.execPath, [CLI_BUNDLE, 'new', join(dir, 'lulea.klimat'), '--municipality', '2580'], {
      env: { ...process.env, KLIMAT_DATA_DIR: tempDir('cli') },
      stdio: 'pipe',
    });
    const host = await startHost({ file: mine, dir, dataDir: tempDir('data') });
    const { page, errors } = await session.open(`${host.url}#/history`, { viewport: VIEWPORTS.laptop });
    await page.getByRole('button', { name: 'Sammanfoga med…' }).click();
    const pick = page.getByRole('dialog', { name: 'Sammanfoga med en annan kopia' });
    await pick.getByRole('button', { name: 'lulea.klimat' }).click();
    const alert = pick.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/lulea\.klimat är en annan plan, "Klimatinvesteringsplan för Luleå kommun" \(Luleå\).*Umeå/);
    await screenshot(page, 'merge-refused-other-plan');
    expect(errors).toEqual([]);
  });
});
