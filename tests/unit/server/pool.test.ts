import { describe, expect, it } from 'vitest';
import { poolMax } from '../../../src/lib/server/db/pool.ts';

describe('DATABASE_POOL_MAX', () => {
	it('defaults to 10 and takes a whole number from 1 to 1000', () => {
		expect(poolMax({})).toBe(10);
		expect(poolMax({ DATABASE_POOL_MAX: ' 4 ' })).toBe(4);
		expect(poolMax({ DATABASE_POOL_MAX: '1000' })).toBe(1000);
	});
	it('refuses anything else, naming the setting', () => {
		for (const bad of ['0', '-3', '2.5', 'ti', '1001']) {
			expect(() => poolMax({ DATABASE_POOL_MAX: bad })).toThrow(`DATABASE_POOL_MAX skal være et helt tal fra 1 til 1000, ikke "${bad}".`);
		}
	});
});
