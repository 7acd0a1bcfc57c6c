import { describe, expect, it } from 'vitest';
import { sessionCookieOptions } from '../../../src/lib/server/auth/session.ts';

describe('sessionCookieOptions', () => {
	it('marks the cookie Secure on https, HttpOnly and SameSite=Lax always, for 12 hours on the whole site', () => {
		expect(sessionCookieOptions(true)).toEqual({ path: '/', httpOnly: true, sameSite: 'lax', secure: true, maxAge: 12 * 60 * 60 });
	});

	it('leaves Secure off on plain http, where a browser would otherwise drop the cookie', () => {
		expect(sessionCookieOptions(false)).toEqual({ path: '/', httpOnly: true, sameSite: 'lax', secure: false, maxAge: 12 * 60 * 60 });
	});
});
