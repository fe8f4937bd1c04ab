// npm run manifest: custom-elements.json from the elements' JSDoc (@summary, @fires, @csspart,
// @cssproperty, one line per property). The package's "customElements" field points at it.

/**
 * The analyzer reads `static properties` but not `state: true`: internal reactive state (private
 * fields) would be listed as attributes. Keep only attributes of public fields.
 */
const dropPrivateAttributes = () => ({
  name: 'drop-private-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const d of mod.declarations ?? []) {
        const hidden = new Set((d.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
        if (d.attributes) d.attributes = d.attributes.filter((a) => !hidden.has(a.fieldName));
      }
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/**/*.generated.ts'],
  litelement: true,
  outdir: '.',
  // package.json's customElements field is set by hand: the analyzer would write its outdir there
  // (a temporary folder when the manifest test regenerates it).
  packagejson: false,
  plugins: [dropPrivateAttributes()],
};
