// `npm start` and `npm test` run this first (prestart, pretest): when node_modules is missing, or
// package-lock.json asks for packages it does not hold, it runs `npm ci`, so that on a fresh clone
// the README's two commands are all the set-up. Node built-ins only: nothing is installed yet.
//   node scripts/ensure-deps.mjs [--check]   (--check: say what is missing, install nothing; exit 1 if anything is)
import { existsSync, readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN_NODE = 20;

/**
 * Why the dependencies of the project in `root` need installing, or undefined when they are in
 * place. npm writes node_modules/.package-lock.json on every install; a package-lock.json newer
 * than it (a pull, a checkout) is compared package by package, so that a lockfile that was only
 * touched costs no reinstall.
 */
export function installReason(root) {
  const lock = join(root, 'package-lock.json');
  const installed = join(root, 'node_modules/.package-lock.json');
  if (!existsSync(join(root, 'node_modules'))) return 'node_modules is missing';
  if (!existsSync(installed)) return 'node_modules was not installed by npm from package-lock.json';
  if (statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return undefined;
  const want = JSON.parse(readFileSync(lock, 'utf8')).packages ?? {};
  const have = JSON.parse(readFileSync(installed, 'utf8')).packages ?? {};
  // Optional packages (another platform's esbuild, say) are not installed, and need not be.
  const stale = Object.entries(want).find(([path, p]) => path && !p.optional && have[path]?.version !== p.version);
  if (!stale) return undefined;
  const [path, p] = stale;
  return have[path] ? `${path} is ${have[path].version}, package-lock.json asks for ${p.version}` : `${path} is not installed`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < MIN_NODE) {
    console.error(`policy-explainer needs Node ${MIN_NODE} or newer; this is Node ${process.versions.node}.`);
    process.exit(1);
  }
  const root = fileURLToPath(new URL('..', import.meta.url));
  const reason = installReason(root);
  if (process.argv.includes('--check')) {
    console.log(reason ? `needs npm ci: ${reason}` : 'dependencies are installed');
    process.exit(reason ? 1 : 0);
  }
  if (reason) {
    console.log(`Installing the dependencies first (${reason}): npm ci`);
    // The npm that runs this script, when there is one; browsers come from the system (.puppeteerrc.cjs).
    const npm = process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath]] : ['npm', []];
    const r = spawnSync(npm[0], [...npm[1], 'ci', '--no-audit', '--no-fund'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
      shell: process.platform === 'win32' && !process.env.npm_execpath,
    });
    if (r.status !== 0) {
      console.error('npm ci failed (see above); fix that, then run the command again.');
      process.exit(r.status ?? 1);
    }
  }
}
