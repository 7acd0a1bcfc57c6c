import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import type { Viewer } from '$lib/server/auth/access';
import { inTransaction } from '$lib/server/db/transaction';
import { listVisibleBodies } from '$lib/server/bodies/repository';
import { publicFeedLinks } from '$lib/server/feeds/public';
import { selectionFromForm, subscriptionInputSchema } from '$lib/server/feeds/selection';
import {
	createSubscription,
	listSubscriptions,
	mayFollowUnit,
	personalFeedPath,
	regenerateSubscription,
	revokeSubscription
} from '$lib/server/feeds/subscriptions';
import { auditTime } from '$lib/server/audit/view';
import { invalidForm, refusedWrite } from '$lib/server/http/forms';
import { requirePageRole } from '$lib/server/http/guard';
import { fieldErrors } from '$lib/schemas/form';
import { EVENT_CATEGORIES } from '$lib/domain/events';
import { CATEGORY_LABEL } from '$lib/labels';
import type { Actions, PageServerLoad } from './$types';

/** webcal:// is the same address; it makes the operating system hand it to the calendar app. */
const webcal = (url: string) => url.replace(/^https?:\/\//, 'webcal://');

/**
 * The one-click links of the common calendar apps for one feed address. Outlook shows `name`
 * literally, so spaces are written %20 (URLSearchParams would write +).
 */
function subscribeLinks(address: string, name: string) {
	const subscribe = `url=${encodeURIComponent(address)}&name=${encodeURIComponent(name)}`;
	return {
		url: address,
		outlookWork: `https://outlook.office.com/calendar/0/addfromweb?${subscribe}`,
		outlookPersonal: `https://outlook.live.com/calendar/0/addfromweb?${subscribe}`,
		google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal(address))}`,
		apple: webcal(address)
	};
}

/** The feeds a visitor may subscribe to; for a signed-in user also the personal subscriptions. */
export const load: PageServerLoad = async ({ url, locals }) => {
	const db = appDb();
	const links = await publicFeedLinks(db);
	const feeds = links.map((f) => ({
		id: f.body ? `organ-${f.body}` : 'offentlig',
		kind: f.kind,
		name: f.name,
		description: f.description,
		...subscribeLinks(`${url.origin}${f.path}`, f.name)
	}));
	const viewer = locals.viewer;
	if (!viewer || viewer.userId === null) return { feeds, personal: null };
	const [bodies, subscriptions] = await Promise.all([listVisibleBodies(db, viewer), listSubscriptions(db, viewer.userId)]);
	const bodyNames = new Map(bodies.map((b) => [b.code, b.name]));
	return {
		feeds,
		personal: {
			bodies: bodies.map((b) => ({ code: b.code, name: b.name, internal: !b.is_public })),
			categories: EVENT_CATEGORIES.map((value) => ({ value, label: CATEGORY_LABEL[value] })),
			mayFollowUnit: mayFollowUnit(viewer),
			unit: viewer.unit,
			subscriptions: subscriptions.map((s) => ({
				id: s.id,
				name: s.name,
				created: auditTime(s.created_at),
				lastUsed: s.last_used_at ? auditTime(s.last_used_at) : null,
				revoked: s.revoked_at ? auditTime(s.revoked_at) : null,
				summary: [
					s.selection.bodies.map((c) => bodyNames.get(c) ?? c).join(', '),
					s.selection.categories.map((c) => CATEGORY_LABEL[c]?.toLowerCase() ?? c).join(', '),
					s.selection.ownCases ? 'mine sager' : '',
					s.selection.unitCases ? 'enhedens sager' : '',
					(s.selection.ownCases || s.selection.unitCases) && s.selection.deadlines ? 'frister' : '',
					s.selection.reminders.deadlineMinutes ? 'påmindelse før frister' : '',
					s.selection.reminders.meetingMinutes ? 'påmindelse før møder' : ''
				]
					.filter(Boolean)
					.join(' · ')
			}))
		}
	};
};

const idSchema = z.coerce.number().int().positive();

/** The new address, shown once: the database keeps only the token's hash. */
const created = (origin: string, form: string, name: string, token: string, saved: string) => ({
	form,
	saved,
	created: { name, ...subscribeLinks(`${origin}${personalFeedPath(token)}`, `Årshjul – ${name}`) }
});

/** Personal subscriptions belong to a user; an API key has none. */
function requireUser(locals: App.Locals, url: URL): (Viewer & { userId: number }) | null {
	const viewer = requirePageRole(locals, url, 'reader');
	return viewer.userId === null ? null : { ...viewer, userId: viewer.userId };
}
const noUser = (form: string) => invalidForm(form, {}, { form: 'Personlige abonnementer kræver, at du er logget ind som bruger.' });

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		const viewer = requireUser(locals, url);
		if (!viewer) return noUser('create');
		const data = await request.formData();
		const raw = selectionFromForm(data);
		const values = { name: raw.name };
		const parsed = subscriptionInputSchema.safeParse(raw);
		if (!parsed.success) return invalidForm('create', values, fieldErrors(parsed.error.issues));
		try {
			const t = await inTransaction((tx) => createSubscription(tx, viewer, parsed.data));
			return created(url.origin, 'create', parsed.data.name, t.token, `Abonnementet »${parsed.data.name}« er oprettet.`);
		} catch (e) {
			return refusedWrite(e, { name: 'create', values });
		}
	},
	revoke: async ({ locals, url, request }) => {
		const viewer = requireUser(locals, url);
		if (!viewer) return noUser('revoke');
		const id = idSchema.safeParse((await request.formData()).get('id'));
		if (!id.success) return invalidForm('revoke', {}, { form: 'Ukendt abonnement' });
		const ok = await inTransaction((tx) => revokeSubscription(tx, viewer, id.data));
		if (!ok) return invalidForm(`revoke-${id.data}`, {}, { form: 'Abonnementet findes ikke eller er allerede tilbagekaldt.' });
		return { form: `revoke-${id.data}`, saved: 'Abonnementet er tilbagekaldt. Kalenderprogrammer kan ikke længere hente det.' };
	},
	regenerate: async ({ locals, url, request }) => {
		const viewer = requireUser(locals, url);
		if (!viewer) return noUser('regenerate');
		const id = idSchema.safeParse((await request.formData()).get('id'));
		if (!id.success) return invalidForm('regenerate', {}, { form: 'Ukendt abonnement' });
		const renewed = await inTransaction((tx) => regenerateSubscription(tx, viewer, id.data));
		if (!renewed) return invalidForm(`regenerate-${id.data}`, {}, { form: 'Abonnementet findes ikke eller er tilbagekaldt.' });
		const row = (await listSubscriptions(appDb(), viewer.userId)).find((s) => s.id === renewed.id)!;
		return created(url.origin, `regenerate-${id.data}`, row.name, renewed.token, `Abonnementet »${row.name}« har fået en ny adresse. Den gamle virker ikke længere.`);
	}
};
