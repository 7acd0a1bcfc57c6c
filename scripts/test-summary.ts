/**
 * Adds up the JSON reports of Vitest and Playwright under test-results/ into one closing
 * line, "Tests: N passed, N failed", and fails when a runner reported failures or nothing ran.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const dir = 'test-results';
for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []) {
	const report = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
	if ('numPassedTests' in report) {
		passed += report.numPassedTests;
		failed += report.numFailedTests;
		skipped += report.numPendingTests + report.numTodoTests;
	} else if (report.stats) {
		passed += report.stats.expected + report.stats.flaky;
		failed += report.stats.unexpected;
		skipped += report.stats.skipped;
	}
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
