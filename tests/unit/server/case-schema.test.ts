import { describe, expect, it } from 'vitest';
import { caseCreateSchema, caseUpdateSchema } from '../../../src/lib/schemas/cases.ts';

describe('case schemas', () => {
	it('leaves closed and keyCase out of an update that does not name them, so a PATCH of the title opens no closed case', () => {
		expect(caseUpdateSchema.parse({ version: 3, title: 'Ny titel' })).toEqual({ version: 3, title: 'Ny titel' });
		expect(caseUpdateSchema.parse({ version: 3, keyCase: true })).toEqual({ version: 3, keyCase: true });
	});

	it('creates an open case that is no key case unless told otherwise', () => {
		const created = caseCreateSchema.parse({ title: 'Sag', template: 'Politisk sag' });
		expect([created.closed, created.keyCase]).toEqual([false, undefined]);
		expect(caseUpdateSchema.safeParse({ version: 3, keyCase: 'ja' }).error?.issues[0]?.message).toBe('keyCase skal være true eller false');
	});
});
