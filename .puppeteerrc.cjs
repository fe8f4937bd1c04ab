// Browsers come from the system (Debian's chromium); npm tools must not try to download one.
module.exports = { skipDownload: true };
