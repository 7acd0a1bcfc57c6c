import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// Host pages for the embed tests on other origins: one allowed to frame the embeds, one not (tests/e2e/embed.spec.ts).
export const EMBED_HOST_PORT = Number(process.env.E2E_EMBED_HOST_PORT ?? PORT + 10);
export const OTHER_HOST_PORT = Number(process.env.E2E_OTHER_HOST_PORT ?? PORT + 20);
// Every run starts the production build on a fresh embedded database with the demo years.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'aarshjul-e2e-'));
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results/e2e',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		locale: 'da-DK',
		timezoneId: 'Europe/Copenhagen',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
		}
	},
	webServer: {
		command: 'node server.ts',
		url: `http://127.0.0.1:${PORT}/api/v1/bodies`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		// Every spec logs in from 127.0.0.1; the per-address limit itself is tested in tests/integration/auth.
		env: { PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${PORT}`, DATA_DIR: dataDir, DATABASE_URL: '', LOGIN_LIMIT_PER_ADDRESS: '1000', EMBED_ORIGINS: `http://127.0.0.1:${EMBED_HOST_PORT}` }
	}
});
