// Stands in for Node's `node:module` in the renderer's build. HiGHS' loader (highs.mjs) imports
// it only on its Node path (`if (ENVIRONMENT_IS_NODE) …`), which never runs in a page or a
// worker; with this stub the bundler need not shim a Node module, and says nothing about it.
export function createRequire(): never {
  throw new Error('node:module is not available in the renderer');
}
