import { appDb } from '$lib/server/db/app-db';
import { listVisibleBodies } from '$lib/server/bodies/repository';
import { listVisibleFixedItems } from '$lib/server/cases/repository';
import { requirePageRole } from '$lib/server/http/guard';
import type { FixedItemRule } from '$lib/domain/fixed-items';
import { fixedItemRuleText } from '$lib/labels';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'secretariat');
	const db = appDb();
	const names = new Map((await listVisibleBodies(db, viewer)).map((b) => [b.code, b.name]));
	const items = await listVisibleFixedItems(db, viewer);
	return {
		items: items.map((f) => ({
			id: f.id,
			body: f.body_code,
			bodyName: names.get(f.body_code) ?? f.body_code,
			title: f.title,
			rule: fixedItemRuleText(f.rule as FixedItemRule),
			closed: f.is_closed
		}))
	};
};
