// DESIGN §2's layers as ESLint rules (eslint.config.js), proven to bite: each breach below is
// linted as if it were a file of that layer, and ESLint must refuse it with the layer's reason.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function problemsOf(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rules bite', () => {
  it('renderer/ may not import electron/ code, Node or SQLite', async () => {
    expect(
      await problemsOf('renderer/views/x.ts', "import { openDocument } from '../../electron/document/manager';\nexport const x = openDocument;\n"),
    ).toEqual([expect.stringMatching(/renderer\/ never reaches Node, SQLite or electron\//)]);
    expect(await problemsOf('renderer/views/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
    expect(await problemsOf('renderer/views/x.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n")).toHaveLength(1);
  });

  it('shared/ may not import Node, a UI library, or electron/ and renderer/ code', async () => {
    expect(await problemsOf('shared/calc/x.ts', "import { join } from 'path';\nexport const x = join;\n")).toEqual([expect.stringMatching(/shared\/ is pure/)]);
    expect(await problemsOf('shared/calc/x.ts', "import React from 'react';\nexport const x = React;\n")).toHaveLength(1);
    expect(await problemsOf('shared/calc/x.ts', "import { x as y } from '../../renderer/app/App';\nexport const x = y;\n")).toHaveLength(1);
  });

  it('electron/ may not import renderer/ code', async () => {
    expect(await problemsOf('electron/report/x.ts', "import { Report } from '../../renderer/report/Report';\nexport const x = Report;\n")).toEqual([
      expect.stringMatching(/electron\/ never imports renderer\//),
    ]);
  });

  it('lets each layer import what it may', async () => {
    expect(await problemsOf('renderer/views/x.ts', "import { calculate } from '../../shared/calc';\nexport const x = calculate;\n")).toEqual([]);
    expect(await problemsOf('electron/services/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toEqual([]);
  });
});
