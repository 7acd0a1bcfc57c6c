import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from '../../../src/lib/server/http/redirect.ts';

describe('safeRedirectTarget', () => {
	it('keeps a path on this site, with its query and fragment', () => {
		expect(safeRedirectTarget('/redigering/organer')).toBe('/redigering/organer');
		expect(safeRedirectTarget('/kalender?year=2027&view=listMonth#uge-10')).toBe('/kalender?year=2027&view=listMonth#uge-10');
		expect(safeRedirectTarget('/sager?q=%C3%A6')).toBe('/sager?q=%C3%A6');
	});

	it('percent-encodes Danish letters instead of putting them raw in a Location header', () => {
		expect(safeRedirectTarget('/organer/økonomiudvalget')).toBe('/organer/%C3%B8konomiudvalget');
	});

	it('sends everything that could leave the site, or break the header, to /', () => {
		const hostile = [
			null,
			'',
			'https://evil.example/',
			'evil.example',
			'//evil.example',
			'/\t/evil.example', // what /%09/evil.example decodes to; browsers drop the tab
			'/\n/evil.example',
			'/\r\n/evil.example',
			'/\\evil.example',
			'/\\/evil.example',
			'/ /evil.example',
			'/\u00a0/evil.example',
			'/\u2028/evil.example',
			'/\u200b/evil.example',
			'/\u202e/evil.example',
			'/\ufeff/evil.example',
			'/\u0000',
			'/\u0085/evil.example',
			'/ok\r\nSet-Cookie: x=1',
			'javascript:alert(1)',
			`/${'a'.repeat(3000)}`
		];
		for (const raw of hostile) expect({ raw, target: safeRedirectTarget(raw) }).toEqual({ raw, target: '/' });
	});

	it('resolves dot segments on this site', () => {
		expect(safeRedirectTarget('/a/../b')).toBe('/b');
		expect(safeRedirectTarget('/../../etc')).toBe('/etc');
	});
});
