// `npm start` serves the demo article (and dist/, data/) from this folder on localhost.
// A small static server with no dependencies: nothing the demo needs beyond files.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

if (!existsSync(join(root, 'dist/policy-explainer.js')) || !existsSync(join(root, 'dist/studio.html'))) {
  console.error('dist/policy-explainer.js or dist/studio.html is missing: run `npm run build` first (npm start does it for you).');
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  if (path === '/') {
    res.writeHead(302, { location: '/demo/' });
    return res.end();
  }
  let file = normalize(join(root, path));
  if (!file.startsWith(root) || file.split(sep).includes('node_modules') || file.split(sep).includes('.git')) {
    res.writeHead(403);
    return res.end('Forbidden');
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' });
    return res.end('Not found');
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
});

const port = Number(process.env.PORT ?? 8000);
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE') console.error(`Port ${port} is busy: run PORT=8080 npm start (or any free port).`);
  else console.error(e.message);
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`\nThe demo article is at  http://localhost:${port}/demo/`);
  console.log(`The story studio is at  http://localhost:${port}/dist/studio.html`);
  console.log('Stop with Ctrl+C. Rebuild after editing src/ with `npm run build`.');
});
