import { describe, expect, it } from 'vitest';
import { isBearer, isCrossSiteWrite, transportSecurity } from '../../../src/lib/server/http/origin.ts';

const site = new URL('https://aarshjul.kommune.dk/api/v1/events');
const req = (method: string, headers: Record<string, string>) => new Request(site, { method, headers });

describe('isCrossSiteWrite', () => {
	it('lets reads through whatever their origin', () => {
		for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(isCrossSiteWrite(req(method, { origin: 'https://evil.example' }), site)).toBe(false);
	});
	it('refuses a write from another origin, a null origin, or a browser saying another site sent it', () => {
		for (const headers of [{ origin: 'https://evil.example' }, { origin: 'null' }, { origin: 'http://aarshjul.kommune.dk' }, { origin: 'https://aarshjul.kommune.dk.evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }] as Record<string, string>[]) {
			for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect({ method, headers, refused: isCrossSiteWrite(req(method, headers), site) }).toEqual({ method, headers, refused: true });
		}
	});
	it('accepts this origin, a same-origin fetch, and a program that sends neither header', () => {
		expect(isCrossSiteWrite(req('POST', { origin: 'https://aarshjul.kommune.dk' }), site)).toBe(false);
		expect(isCrossSiteWrite(req('POST', { 'sec-fetch-site': 'same-origin' }), site)).toBe(false);
		expect(isCrossSiteWrite(req('POST', {}), site)).toBe(false);
	});
	it('exempts a Bearer token, and only that scheme', () => {
		expect(isCrossSiteWrite(req('DELETE', { origin: 'https://evil.example', authorization: 'Bearer aj_x' }), site)).toBe(false);
		expect(isCrossSiteWrite(req('DELETE', { origin: 'https://evil.example', authorization: 'Basic dTpw' }), site)).toBe(true);
		expect([isBearer('Bearer aj_x'), isBearer('bearer aj_x'), isBearer('Bearer'), isBearer('Basic dTpw'), isBearer('Bearerish x'), isBearer(null)]).toEqual([true, true, true, false, false, false]);
	});
});

describe('transportSecurity', () => {
	it('asks browsers to keep to https for a year on an https site, and says nothing on http', () => {
		expect(transportSecurity(new URL('https://aarshjul.kommune.dk/'))).toBe('max-age=31536000');
		expect(transportSecurity(new URL('http://127.0.0.1:3000/'))).toBe(null);
	});
});
