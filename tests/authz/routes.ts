import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every endpoint the route tree offers: `METHOD /route/[param]`, and `POST /page?/action` for form actions. */
export function routeEndpoints(root = 'src/routes'): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				walk(full);
				continue;
			}
			// A param's matcher ([id=uuid]) is not part of the endpoint's name.
			const route = '/' + relative(root, dir).split(sep).filter((p) => p && !/^\(.*\)$/.test(p)).join('/').replace(/\[(\w+)=\w+\]/g, '[$1]');
			const source = readFileSync(full, 'utf8');
			if (name === '+server.ts') {
				for (const m of source.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) out.push(`${m[1]} ${route}`);
			} else if (name === '+page.server.ts' || name === '+page.svelte') {
				out.push(`GET ${route}`);
				const actions = source.match(/export const actions[^=]*=\s*\{([\s\S]*)\};?\s*$/);
				if (actions) for (const m of actions[1]!.matchAll(/^\t(\w+): /gm)) out.push(`POST ${route}?/${m[1]}`);
			}
		}
	};
	walk(root);
	return [...new Set(out)].sort();
}
