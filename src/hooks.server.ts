import type { Handle, ServerInit } from '@sveltejs/kit';
import { prepareDatabase } from '$lib/server/app-db';

export const init: ServerInit = async () => {
	await prepareDatabase();
};

export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	return response;
};
