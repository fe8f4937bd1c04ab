// dist/policy-explainer-wordpress.zip: the WordPress plugin (wordpress/) with its own copy of the
// one-script bundle, of the language scripts (dist/lang/*.js, in lang/) and of the on-demand
// modules (dist/modules/*.js, in modules/), the bundled story's
// data (the fallback's link) and the licenses, in a folder `policy-explainer/` as WordPress's
// "Upload Plugin" expects. Run by `npm run build`, after the
// bundle. A small zip writer on node:zlib (deflate, CRC-32): no `zip` binary, no dependency.
import { deflateRawSync } from 'node:zlib';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist/policy-explainer-wordpress.zip');
const folder = 'policy-explainer/';

// What the bundle contains from node_modules, whose licenses ask to travel with it.
const BUNDLED = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', 'd3-time', 'd3-array', 'd3-dsv'];

const read = (path) => readFileSync(join(root, path));

/** The plugin's version must be the package's: WordPress updates a plugin only when it changes. */
function checkVersions() {
  const { version } = JSON.parse(read('package.json'));
  const php = read('wordpress/policy-explainer.php').toString();
  const found = {
    'wordpress/policy-explainer.php (Version:)': /^\s*\*\s*Version:\s*(\S+)/m.exec(php)?.[1],
    'wordpress/policy-explainer.php (const VERSION)': /const VERSION = '([^']+)'/.exec(php)?.[1],
    'wordpress/readme.txt (Stable tag:)': /^Stable tag:\s*(\S+)/m.exec(read('wordpress/readme.txt').toString())?.[1],
  };
  const wrong = Object.entries(found).filter(([, v]) => v !== version);
  if (wrong.length) {
    console.error(
      `wordpress-zip: the plugin's version must be package.json's ${version}: ${wrong.map(([k, v]) => `${k} is ${v}`).join('; ')}`,
    );
    process.exit(1);
  }
}

/**
 * The plugin's languages must be the build's: each dist/lang/<tag>.js travels in the zip and is
 * offered by the PHP (LANGUAGE_SCRIPTS, FALLBACK), block.json's enum and the editor's select.
 * A language added to src/i18n/ fails the build here until the plugin offers it too.
 */
function checkLanguages() {
  const built = languageTags();
  const php = read('wordpress/policy-explainer.php').toString();
  const quoted = (text) => [...(text ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
  const wanted = ['', 'en', ...built].sort().join();
  const found = {
    'wordpress/policy-explainer.php (LANGUAGE_SCRIPTS)': ['', 'en', ...quoted(/const LANGUAGE_SCRIPTS = array\(([^)]*)\)/.exec(php)?.[1])],
    'wordpress/policy-explainer.php (FALLBACK)': ['', ...[...php.matchAll(/^\t'([a-z-]+)' => array\($/gm)].map((m) => m[1])],
    'wordpress/block.json (lang enum)': JSON.parse(read('wordpress/block.json')).attributes.lang.enum,
    'wordpress/editor.js (Language options)': [
      ...read('wordpress/editor.js')
        .toString()
        .matchAll(/option\('([a-z-]*)', (?:t\('The page|'[^']+'\))/g),
    ].map((m) => m[1]),
  };
  const wrong = Object.entries(found).filter(([, tags]) => [...tags].sort().join() !== wanted);
  if (wrong.length) {
    console.error(
      `wordpress-zip: the plugin's languages must be '', en and dist/lang's (${built.join(', ')}): ${wrong
        .map(([k, v]) => `${k} has ${v.map((t) => `'${t}'`).join(', ')}`)
        .join('; ')}`,
    );
    process.exit(1);
  }
}

/** The interface languages built as their own scripts (dist/lang/<tag>.js). */
function languageTags() {
  return readdirSync(join(root, 'dist/lang'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => f.slice(0, -3))
    .sort();
}

function licenses() {
  const parts = BUNDLED.map((name) => {
    const dir = join('node_modules', name);
    const file = readdirSync(join(root, dir)).find((f) => /^licen[cs]e/i.test(f));
    if (!file) throw new Error(`wordpress-zip: ${dir} has no LICENSE file`);
    return `${name} (${JSON.parse(read(join(dir, 'package.json'))).license})\n\n${read(join(dir, file)).toString().trim()}\n`;
  });
  return `Third-party code in policy-explainer.js\n${'='.repeat(39)}\n\n${parts.join(`\n${'-'.repeat(72)}\n\n`)}`;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip archive (PKWARE APPNOTE 4.3: local headers, central directory, end record) of `entries`, deflated. */
function zip(entries) {
  const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01 00:00: a fixed time, so a build is reproducible
  const local = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const path = Buffer.from(name, 'utf8');
    const isDir = name.endsWith('/');
    const deflated = isDir ? Buffer.alloc(0) : deflateRawSync(data, { level: 9 });
    const method = isDir ? 0 : 8;
    const crc = isDir ? 0 : crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate, folders)
    header.writeUInt16LE(0x0800, 6); // names are UTF-8
    header.writeUInt16LE(method, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(DOS_DATE, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(deflated.length, 18);
    header.writeUInt32LE(isDir ? 0 : data.length, 22);
    header.writeUInt16LE(path.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, path, deflated);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0 (so the modes below apply)
    header.copy(entry, 6, 4, 28); // version needed … name length, as in the local header
    entry.writeUInt16LE(0, 30); // extra
    entry.writeUInt16LE(0, 32); // comment
    entry.writeUInt16LE(0, 34); // disk
    entry.writeUInt16LE(0, 36); // internal attributes
    entry.writeUInt32LE((isDir ? 0o40755 : 0o100644) * 0x10000 + (isDir ? 0x10 : 0), 38); // Unix mode, MS-DOS folder bit
    entry.writeUInt32LE(offset, 42);
    central.push(entry, path);
    offset += header.length + path.length + deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

checkVersions();
checkLanguages();
const plugin = readdirSync(join(root, 'wordpress'))
  .sort()
  .map((f) => ({ name: folder + f, data: read(join('wordpress', f)) }));
const entries = [
  { name: folder, data: Buffer.alloc(0) },
  ...plugin,
  { name: `${folder}policy-explainer.js`, data: read('dist/policy-explainer.js') },
  // The interface's other languages, served from the plugin's lang/ folder (no source maps: as the main script).
  { name: `${folder}lang/`, data: Buffer.alloc(0) },
  ...languageTags().map((tag) => ({ name: `${folder}lang/${tag}.js`, data: read(`dist/lang/${tag}.js`) })),
  // The on-demand modules the script imports from beside itself (issue 21): the validator, print, CSV, the story's Spanish.
  { name: `${folder}modules/`, data: Buffer.alloc(0) },
  ...readdirSync(join(root, 'dist/modules'))
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => ({ name: `${folder}modules/${f}`, data: read(`dist/modules/${f}`) })),
  { name: `${folder}chicago-welcoming-city.json`, data: read('data/chicago-welcoming-city.json') },
  { name: `${folder}LICENSE`, data: read('LICENSE') },
  { name: `${folder}THIRD-PARTY-LICENSES.txt`, data: Buffer.from(licenses()) },
];
const archive = zip(entries);
writeFileSync(out, archive);
console.log(`dist/policy-explainer-wordpress.zip: ${entries.length - 1} files, ${archive.length} bytes`);
