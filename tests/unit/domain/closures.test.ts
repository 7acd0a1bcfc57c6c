import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { closureOn, type Closure } from '../../../src/lib/domain/closures.ts';

const d = (iso: string) => Temporal.PlainDate.from(iso);

const summerKB: Closure = {
	from: d('2025-07-01'),
	to: d('2025-07-31'),
	name: 'Sommerferie',
	bodyCodes: ['KB']
};
const buildingClosed: Closure = {
	from: d('2025-07-14'),
	to: d('2025-07-18'),
	name: 'Rådhuset lukket',
	bodyCodes: null
};

describe('closureOn', () => {
	const closures = [summerKB, buildingClosed];

	it('finds the first closure that covers the date for the body', () => {
		expect(closureOn(closures, d('2025-07-15'), 'KB')?.name).toBe('Sommerferie');
		expect(closureOn(closures, d('2025-07-15'), 'DIR')?.name).toBe('Rådhuset lukket');
	});

	it('finds only closures for all bodies when no body is given', () => {
		expect(closureOn(closures, d('2025-07-02'))).toBeNull();
		expect(closureOn(closures, d('2025-07-18'))?.name).toBe('Rådhuset lukket');
	});

	it('finds nothing outside every closure', () => {
		expect(closureOn(closures, d('2025-08-01'), 'KB')).toBeNull();
	});
});
