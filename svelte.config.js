import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ out: 'build' }),
		typescript: {
			config: (config) => {
				config.compilerOptions.allowImportingTsExtensions = true;
				config.include.push('../scripts/**/*.ts', '../migrations/**/*.ts', '../bench/**/*.ts', '../playwright.config.ts');
				return config;
			}
		}
	}
};
