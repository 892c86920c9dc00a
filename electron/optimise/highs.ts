// HiGHS for the Node side (CLI, bench): the package stays outside the esbuild bundles
// (bundle.mjs), so its loader finds highs.wasm beside itself in node_modules. Compiling the
// WebAssembly takes a few hundred milliseconds, so it is done once per process.
import loadHighs, { type Highs } from 'highs';

let loading: Promise<Highs> | null = null;

export function nodeHighs(): Promise<Highs> {
  loading ??= loadHighs();
  return loading;
}
