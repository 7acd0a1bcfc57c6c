import { request, type APIRequestContext } from '@playwright/test';

export const DEMO_PASSWORD = 'aarshjul-demo';
export const DEMO = {
	admin: 'admin@demo.aarshjul.dk',
	secretariat: 'sekretariat@demo.aarshjul.dk',
	editor: 'redaktoer@demo.aarshjul.dk',
	reader: 'laeser@demo.aarshjul.dk'
} as const;
export type DemoRole = keyof typeof DEMO;

/** An API client signed in as a demo user through POST /api/v1/auth/login (cookie kept). */
export async function signedIn(baseURL: string, role: DemoRole): Promise<APIRequestContext> {
	const ctx = await request.newContext({ baseURL });
	const res = await ctx.post('/api/v1/auth/login', { data: { email: DEMO[role], password: DEMO_PASSWORD } });
	if (res.status() !== 200) throw new Error(`login as ${role}: ${res.status()} ${await res.text()}`);
	return ctx;
}
