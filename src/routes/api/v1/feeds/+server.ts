import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import { inTransaction } from '$lib/server/db/transaction';
import { followedCaseIds } from '$lib/server/feeds/personal';
import { publicFeedLinks } from '$lib/server/feeds/public';
import { subscriptionInputSchema } from '$lib/server/feeds/selection';
import { createSubscription, listSubscriptions, personalFeedPath } from '$lib/server/feeds/subscriptions';
import { api, json, parseJsonBody, parseQuery } from '$lib/server/http/api';
import { requireApiRole } from '$lib/server/http/guard';

/**
 * The feeds the caller may subscribe to, with absolute URLs; without login the public ones. A
 * signed-in user also gets the case feeds of the open cases they are responsible for and their
 * personal subscriptions — the latter without URL, which is shown only when it is created.
 */
export const GET = api(async ({ url, locals }) => {
	parseQuery(url, z.object({}), []);
	const db = appDb();
	const links = await publicFeedLinks(db);
	const open = links.map((f) => ({ name: f.name, url: `${url.origin}${f.path}`, kind: f.kind }));
	const viewer = locals.viewer;
	if (!viewer || viewer.userId === null) return json(open);
	const caseIds = await followedCaseIds(db, { id: viewer.userId, name: viewer.name }, { own: true, unit: null, includeClosed: false });
	const cases = caseIds.length ? await db.selectFrom('case_file').select(['id', 'title']).where('id', 'in', caseIds).orderBy('title').execute() : [];
	const subscriptions = (await listSubscriptions(db, viewer.userId)).filter((s) => s.revoked_at === null);
	return json([
		...open,
		...cases.map((c) => ({ name: `Årshjul – sag: ${c.title}`, url: `${url.origin}/feeds/sager/${c.id}.ics`, kind: 'case' })),
		...subscriptions.map((s) => ({ name: s.name, url: null, kind: 'personal', id: s.id, createdAt: s.created_at }))
	]);
});

/** Creates a personal subscription; its URL (with the token) is in this response only. */
export const POST = api(async ({ locals, request, url }) => {
	const viewer = requireApiRole(locals, 'reader');
	const input = await parseJsonBody(request, subscriptionInputSchema);
	const created = await inTransaction((tx) => createSubscription(tx, viewer, input));
	return json(
		{ id: created.id, name: input.name, kind: 'personal', url: `${url.origin}${personalFeedPath(created.token)}` },
		{ status: 201, headers: { 'cache-control': 'no-store' } }
	);
});
