// npm run manifest: custom-elements.json from the elements' JSDoc (@summary, @fires, @csspart,
// @cssproperty, one line per property). The package's "customElements" field points at it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/**/*.generated.ts'],
  litelement: true,
  outdir: '.',
};
