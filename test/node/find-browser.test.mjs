// scripts/find-browser.mjs: which browsers `npm test` finds, and what it tells a newcomer to install
// when one is missing, on Debian and Ubuntu, Fedora, Arch, openSUSE, Alpine and macOS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectSystem, findBrowser, installCommand, selectEngines } from '../../scripts/find-browser.mjs';

const osRelease = {
  debian: 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n',
  ubuntu: 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n',
  mint: 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n',
  fedora: 'NAME="Fedora Linux"\nID=fedora\n',
  rocky: 'NAME="Rocky Linux"\nID="rocky"\nID_LIKE="rhel centos fedora"\n',
  arch: 'NAME="Arch Linux"\nID=arch\n',
  manjaro: 'NAME="Manjaro Linux"\nID=manjaro\nID_LIKE=arch\n',
  tumbleweed: 'NAME="openSUSE Tumbleweed"\nID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n',
  alpine: 'NAME="Alpine Linux"\nID=alpine\n',
  gentoo: 'NAME=Gentoo\nID=gentoo\n',
};

test('tells the system apart by /etc/os-release (ID, then ID_LIKE), and macOS by its platform', () => {
  const seen = Object.fromEntries(Object.entries(osRelease).map(([name, text]) => [name, detectSystem(text, 'linux')]));
  assert.deepEqual(seen, {
    debian: 'debian',
    ubuntu: 'ubuntu',
    mint: 'ubuntu',
    fedora: 'fedora',
    rocky: 'fedora',
    arch: 'arch',
    manjaro: 'arch',
    tumbleweed: 'opensuse',
    alpine: 'alpine',
    gentoo: undefined,
  });
  assert.equal(detectSystem('', 'darwin'), 'macos');
});

test('on Debian the install line is the one the README gives', () => {
  assert.equal(
    installCommand('chromium', 'debian'),
    'apt-get update && apt-get install -y chromium   (or set CHROME_PATH to a Chrome/Chromium binary)',
  );
  assert.match(installCommand('webkit', 'debian'), /^apt-get update && apt-get install -y webkit2gtk-driver xvfb /);
});

test('each system gets its own package manager and package names', () => {
  assert.match(installCommand('firefox', 'fedora'), /^sudo dnf install -y firefox /);
  assert.match(installCommand('webkit', 'arch'), /^sudo pacman -S --needed webkit2gtk-4\.1 xorg-server-xvfb /);
  assert.match(installCommand('firefox', 'opensuse'), /^sudo zypper install MozillaFirefox /);
  assert.match(installCommand('chromium', 'macos'), /^brew install --cask google-chrome /);
});

test('where there is nothing to install (WebKitGTK on macOS) or the system is unknown, it says so and names the way out', () => {
  assert.match(installCommand('webkit', 'macos'), /Linux-only: run BROWSERS=chromium,firefox npm test/);
  assert.equal(installCommand('firefox', undefined), "install Firefox from your system's packages (set FIREFOX_PATH if it is not found)");
});

test('a path variable is the only place looked at: a missing file is a missing engine, with the reason', () => {
  const saved = process.env.CHROME_PATH;
  try {
    process.env.CHROME_PATH = '/nonexistent/chrome';
    assert.equal(findBrowser('chromium'), undefined);
    const s = selectEngines({ BROWSERS: 'chromium' });
    assert.match(s.errors[0], /^Chromium is requested in BROWSERS=chromium but missing: CHROME_PATH=\/nonexistent\/chrome does not exist/);
    process.env.CHROME_PATH = process.execPath;
    assert.equal(findBrowser('chromium'), process.execPath);
  } finally {
    if (saved === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = saved;
  }
});
