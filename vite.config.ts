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
		testTimeout: 30_000,
		hookTimeout: 60_000
	}
});
