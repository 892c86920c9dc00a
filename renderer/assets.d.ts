// Vite's `?url` imports: the asset's URL in the build (e.g. highs.wasm for the optimiser's worker).
declare module '*?url' {
  const url: string;
  export default url;
}
