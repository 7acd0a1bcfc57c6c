import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ out: 'build' }),
		// Scripts only from this site (SvelteKit adds nonces for its own); inline style
		// attributes are allowed because body colours are data; never framed.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		},
		typescript: {
			config: (config) => {
				config.compilerOptions.allowImportingTsExtensions = true;
				config.include.push('../server.ts', '../scripts/**/*.ts', '../migrations/**/*.ts', '../bench/**/*.ts', '../playwright.config.ts');
				return config;
			}
		}
	}
};
