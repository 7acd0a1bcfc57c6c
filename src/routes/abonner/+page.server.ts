import { appDb } from '$lib/server/app-db';
import { publicFeedLinks } from '$lib/server/feeds/public';
import type { PageServerLoad } from './$types';

/** webcal:// is the same address; it makes the operating system hand it to the calendar app. */
const webcal = (url: string) => url.replace(/^https?:\/\//, 'webcal://');

/** The feeds a visitor may subscribe to, each with the one-click links of the common calendar apps. */
export const load: PageServerLoad = async ({ url }) => {
	const links = await publicFeedLinks(appDb());
	return {
		feeds: links.map((f) => {
			const address = `${url.origin}${f.path}`;
			const subscribe = new URLSearchParams({ url: address, name: f.name }).toString();
			return {
				id: f.body ? `organ-${f.body}` : 'offentlig',
				kind: f.kind,
				name: f.name,
				description: f.description,
				url: address,
				outlookWork: `https://outlook.office.com/calendar/0/addfromweb?${subscribe}`,
				outlookPersonal: `https://outlook.live.com/calendar/0/addfromweb?${subscribe}`,
				google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal(address))}`,
				apple: webcal(address)
			};
		})
	};
};
