import { appDb } from '$lib/server/db/app-db';
import { CLIENTS, feedHealth } from '$lib/server/feeds/health';
import { auditTime } from '$lib/server/audit/view';
import { requirePageRole } from '$lib/server/http/guard';
import { longDate } from '$lib/format';
import { Temporal } from 'temporal-polyfill';
import type { PageServerLoad } from './$types';

/** Feed health: how often each feed is fetched, by which kind of client, and when last. */
export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'secretariat');
	const { feeds, personal } = await feedHealth(appDb(), viewer);
	return {
		personal,
		feeds: feeds.map((f) => ({
			key: f.key,
			name: f.name,
			days: f.days.map((d) => ({ day: longDate(Temporal.PlainDate.from(d.day)), counts: CLIENTS.map((c) => d.fetches[c]) })),
			last: CLIENTS.map((c) => (f.lastFetched[c] ? auditTime(f.lastFetched[c]) : '–'))
		}))
	};
};
