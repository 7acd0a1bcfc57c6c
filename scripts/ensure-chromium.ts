/**
 * The browser tests run in Debian's Chromium, never a downloaded browser. Before any test runs:
 * if it is missing, install Debian's package when running as root (as CI does), or stop at
 * once with the one command to run — rather than a wall of failed browser tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	if (process.getuid?.() === 0 && !process.env.CHROMIUM_PATH) {
		console.log('Chromium mangler: installerer Debians pakke chromium …');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
	}
	if (!existsSync(path)) {
		console.error(`Chromium findes ikke på ${path}. Installér det med:\n\n  sudo apt-get install chromium\n`);
		process.exit(1);
	}
}
