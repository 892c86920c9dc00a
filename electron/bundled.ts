// Where the bundled Node scripts that run in their own process live (dist/node/*.cjs): beside
// this bundle (dist/node), in dist/node seen from dist/electron, or in dist/node seen from
// electron/ (the sources, as the tests run them).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function bundledScript(file: string): string {
  const candidates = [`./${file}`, `../node/${file}`, `../dist/node/${file}`].map((rel) => fileURLToPath(new URL(rel, import.meta.url)));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`${file} saknas (kör "npm run build:node"); sökte i ${candidates.join(', ')}`);
  return found;
}
