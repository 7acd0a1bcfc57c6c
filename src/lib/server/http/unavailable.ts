/** Errors meaning "the database is not reachable right now" rather than "the request is wrong". */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);

export function isUnavailable(e: unknown): boolean {
	if (typeof e !== 'object' || e === null) return false;
	const code = (e as { code?: unknown }).code;
	if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
	const message = (e as { message?: unknown }).message;
	return typeof message === 'string' && /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(message);
}
