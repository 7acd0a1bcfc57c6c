import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SourceLine {
	file: string;
	line: number;
	text: string;
}

/** Every line of the .ts, .js and .svelte files under the given folders, comments included. */
export function sourceLines(...roots: string[]): SourceLine[] {
	const out: SourceLine[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (/\.(ts|js|svelte)$/.test(name)) readFileSync(full, 'utf8').split('\n').forEach((text, i) => out.push({ file: full, line: i + 1, text }));
		}
	};
	for (const root of roots) walk(root);
	return out;
}

export const where = (hits: SourceLine[]) => hits.map((h) => `${h.file}:${h.line}: ${h.text.trim()}`);
