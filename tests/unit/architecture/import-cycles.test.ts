import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const lib = join(root, 'src/lib');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
	});
}

/**
 * The specifiers of every static import and re-export, type-only ones included: a circle of
 * types still ties the modules into one. Dynamic `import()` is not a static import.
 */
const IMPORT = /(?:^|[\n;])\s*(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?['"]([^'"]+)['"]/g;

function staticImports(source: string): string[] {
	const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
	return [...withoutComments.matchAll(IMPORT)].map((match) => match[1] as string);
}

/** The file a specifier names inside src/lib, or null for packages and files outside it. */
function resolveSpecifier(from: string, specifier: string): string | null {
	let base: string;
	if (specifier.startsWith('$lib/')) base = join(lib, specifier.slice('$lib/'.length));
	else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
	else return null;
	for (const candidate of [base, `${base}.ts`, `${base}.svelte`, join(base, 'index.ts')]) {
		if (candidate.startsWith(lib) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return null;
}

function importGraph(files: readonly string[]): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const targets = staticImports(readFileSync(file, 'utf8'))
			.map((specifier) => resolveSpecifier(file, specifier))
			.filter((target): target is string => target !== null);
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/** One circle per strongly connected component (Tarjan), written a → b → … → a. */
function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const components: string[][] = [];
	let counter = 0;

	const visit = (node: string) => {
		index.set(node, counter);
		low.set(node, counter);
		counter++;
		stack.push(node);
		onStack.add(node);
		for (const next of graph.get(node) ?? []) {
			if (!index.has(next)) {
				visit(next);
				low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
			} else if (onStack.has(next)) {
				low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
			}
		}
		if (low.get(node) === index.get(node)) {
			const component: string[] = [];
			let member: string;
			do {
				member = stack.pop() as string;
				onStack.delete(member);
				component.push(member);
			} while (member !== node);
			const selfLoop = (graph.get(node) ?? []).includes(node);
			if (component.length > 1 || selfLoop) components.push(component);
		}
	};
	for (const node of graph.keys()) if (!index.has(node)) visit(node);

	return components.map((component) => circleThrough(graph, new Set(component), component.sort()[0] as string));
}

/** A shortest path from `start` back to itself inside the component, to name in a message. */
function circleThrough(graph: ReadonlyMap<string, readonly string[]>, members: ReadonlySet<string>, start: string): string[] {
	const cameFrom = new Map<string, string>();
	const queue = [start];
	while (queue.length > 0) {
		const node = queue.shift() as string;
		for (const next of graph.get(node) ?? []) {
			if (!members.has(next)) continue;
			if (next === start) {
				const path = [start];
				for (let at = node; at !== start; at = cameFrom.get(at) as string) path.splice(1, 0, at);
				return [...path, start];
			}
			if (!cameFrom.has(next)) {
				cameFrom.set(next, node);
				queue.push(next);
			}
		}
	}
	return [start, start];
}

describe('imports under src/lib', () => {
	it('form no circle', () => {
		const cycles = importCycles(importGraph(sourceFiles(lib))).map((cycle) =>
			cycle.map((file) => relative(root, file)).join(' → ')
		);
		expect(cycles).toEqual([]);
	});

	it('are all seen: static, type-only and re-exports, but not dynamic ones', () => {
		const source = [
			"import { a } from './a.ts';",
			"import type { B } from '$lib/b';",
			'import {',
			'\tc,',
			'\ttype D',
			"} from '../c.ts';",
			"export { e } from './e.ts';",
			"export type * from './f.ts';",
			"import './side-effect.ts';",
			"// import { g } from './commented.ts';",
			"const h = await import('./dynamic.ts');"
		].join('\n');
		expect(staticImports(source)).toEqual(['./a.ts', '$lib/b', '../c.ts', './e.ts', './f.ts', './side-effect.ts']);
	});

	it('name the files of a circle in order', () => {
		const graph = new Map([
			['a', ['b']],
			['b', ['c']],
			['c', ['a', 'd']],
			['d', []]
		]);
		expect(importCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
	});
});
