// Preloaded into the CLI by test/node/cli-sheet.test.mjs (node --import): Node's fetch sends
// requests for Google's and a CDN's hosts to the Google Sheets stand-in at PE_SHEETS_STANDIN
// (http://127.0.0.1:<port>/__sheets/), so the command runs unchanged against Google's URL shapes.
const standIn = process.env.PE_SHEETS_STANDIN;
if (standIn) {
  const real = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    if (url.hostname === 'docs.google.com' || url.hostname === 'cdn.example.org')
      return real(new URL(`${url.pathname.slice(1)}${url.search}`, standIn), init);
    return real(input, init);
  };
}
