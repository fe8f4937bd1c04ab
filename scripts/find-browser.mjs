// Finds the system browsers the tests drive. npm tools cannot download browsers on this network,
// so when one is missing we say exactly which Debian package provides it.
import { existsSync } from 'node:fs';

const candidates = {
  chromium: [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
};

export const installHint = {
  chromium: 'apt-get update && apt-get install -y chromium   (or set CHROME_PATH to a Chrome/Chromium binary)',
};

/** The path of the named browser, or undefined when it is not installed. */
export function findBrowser(name) {
  return candidates[name]?.find((p) => p && existsSync(p));
}
