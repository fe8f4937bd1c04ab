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

/** Modules in path order: the analyzer's own order follows the file system and can vary between runs. */
const sortModules = () => ({
  name: 'sort-modules',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  },
});

export default {
  globs: ['src/**/*.ts'],
  // The command line, the conversions and the studio page are no part of the elements' API; language
  // files are data (every interface string), not API: README, Languages.
  exclude: ['src/cli/**', 'src/convert/**', 'src/studio/**', 'src/**/*.generated.ts', 'src/i18n/**'],
  litelement: true,
  outdir: '.',
  // package.json's customElements field is set by hand: the analyzer would write its outdir there
  // (a temporary folder when the manifest test regenerates it).
  packagejson: false,
  plugins: [dropPrivateAttributes(), sortModules()],
};
