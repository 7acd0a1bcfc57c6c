import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 3000 },
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		environment: 'node',
		reporters: ['default', 'json'],
		outputFile: { json: 'test-results/vitest.json' },
		// The tests write through their own transactions, not the app's inTransaction, so the data
		// fingerprint (src/lib/server/db/fingerprint.ts) is read afresh on every use instead of
		// being trusted for half a second.
		env: { FINGERPRINT_TTL_MS: '0' },
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
