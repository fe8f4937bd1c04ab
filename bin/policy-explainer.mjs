#!/usr/bin/env node
// The `policy-explainer` command (package.json "bin"). The CLI itself is compiled from src/cli/
// into dist/cli/ by `npm run build` (rollup.cli.config.mjs).
process.stdout.on('error', (e) => {
  // `policy-explainer validate … | head` closes the pipe early: not an error.
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/cli/main.js')) throw e;
  process.stderr.write('policy-explainer: the CLI is not built (dist/cli/main.js is missing); run npm run build\n');
  process.exit(1);
}
process.exitCode = await cli.main(process.argv.slice(2));
