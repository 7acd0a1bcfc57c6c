import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTable, encodeTable } from '../../../src/lib/wheel/table.ts';

const KINDS = ['s', 'S', 'n', 'N', 'b', 'a', 'A'] as const;

describe('the compact table the wheel page is sent', () => {
	it('gives back exactly the rows it was given, whatever the strings hold', () => {
		const row = fc.tuple(
			fc.string({ minLength: 1 }),
			fc.option(fc.string(), { nil: null }),
			fc.integer({ min: -1, max: 1440 }),
			fc.option(fc.integer({ min: 0, max: 1440 }), { nil: null }),
			fc.boolean(),
			fc.array(fc.nat({ max: 999 }), { maxLength: 5 }),
			fc.array(fc.string(), { maxLength: 4 }).filter((a) => !(a.length === 1 && a[0] === ''))
		);
		fc.assert(
			fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
				expect(decodeTable(KINDS, encodeTable(KINDS, rows))).toEqual(rows);
			}),
			{ numRuns: 500 }
		);
	});

	it('writes the separators, the escape and null the agreed way', () => {
		const text = encodeTable(KINDS, [['KB|ØK~x\\y', null, 1410, null, true, [0, 3], ['2027-05-25', 'a,b']]]);
		expect(text).toBe('KB\\|ØK\\~x\\\\y|\\-|1410||1|0,3|2027-05-25,a\\,b');
		expect(decodeTable(KINDS, text)).toEqual([['KB|ØK~x\\y', null, 1410, null, true, [0, 3], ['2027-05-25', 'a,b']]]);
		expect(decodeTable(KINDS, encodeTable(KINDS, []))).toEqual([]);
	});
});
