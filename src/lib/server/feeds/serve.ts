import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { cachedPublicFeed, currentDay, currentDayText, readyPublicFeed } from './cache.ts';
import { countFetch, PERSONAL_CASE_FETCH_KEY, PERSONAL_FETCH_KEY } from './fetches.ts';
import { answerPublished, PRIVATE_CACHE, type FeedAnswer, type FeedRequest, type PreparedFeed } from './http.ts';
import { caseFeed, personalFeed } from './personal.ts';
import { bodyFeed, publicFeed } from './public.ts';
import { publishFeed } from './publish.ts';
import { subscriberByToken } from './subscriptions.ts';

/**
 * Every feed address answered the same way whether the request reaches the framework's route
 * or is answered before it (feeds/before-framework.ts): the public feeds from memory, the
 * personal ones rendered, published and compressed per request.
 */
export type PublicFeedRef = { kind: 'public' } | { kind: 'body'; slug: string } | { kind: 'case'; id: string };

function cacheKey(ref: PublicFeedRef, origin: string): string {
	const name = ref.kind === 'public' ? '' : ref.kind === 'body' ? ref.slug : ref.id;
	return `${ref.kind}|${name}|${origin}|${currentDayText()}`;
}

/** The prepared public feed, or undefined for an unknown or internal body or a closed or unknown case. */
export function publicFeedFor(db: Kysely<DB>, ref: PublicFeedRef, origin: string): Promise<PreparedFeed | undefined> {
	const today = currentDay();
	return cachedPublicFeed(db, cacheKey(ref, origin), () =>
		ref.kind === 'public' ? publicFeed(db, today, origin) : ref.kind === 'body' ? bodyFeed(db, ref.slug, today, origin) : caseFeed(db, ref.id, null, today, origin)
	);
}

/** The same, when it is ready to send without waiting (see readyPublicFeed). */
export function readyFeedFor(db: Kysely<DB>, ref: PublicFeedRef, origin: string): { feed: PreparedFeed | undefined } | null {
	return readyPublicFeed(db, cacheKey(ref, origin));
}

/** A personal feed by its token; undefined for an unknown, revoked or disabled-user token. */
export async function personalFeedAnswer(db: Kysely<DB>, token: string, req: FeedRequest, origin: string, userAgent: string | null): Promise<FeedAnswer | undefined> {
	const sub = await subscriberByToken(db, token);
	if (!sub) return undefined;
	const feed = await personalFeed(db, sub, currentDay(), origin);
	countFetch(PERSONAL_FETCH_KEY, userAgent);
	return answerPublished(await publishFeed(db, feed), req, { cacheControl: PRIVATE_CACHE, fileName: feed.fileName });
}

/** One case with the rights of a personal token's owner; undefined when the token or the case is not there for them. */
export async function personalCaseFeedAnswer(db: Kysely<DB>, token: string, caseId: string, req: FeedRequest, origin: string, userAgent: string | null): Promise<FeedAnswer | undefined> {
	const sub = await subscriberByToken(db, token);
	if (!sub) return undefined;
	const feed = await caseFeed(db, caseId, sub.viewer, currentDay(), origin, sub.subscriptionId);
	if (!feed) return undefined;
	countFetch(PERSONAL_CASE_FETCH_KEY, userAgent);
	return answerPublished(await publishFeed(db, feed), req, { cacheControl: PRIVATE_CACHE, fileName: feed.fileName });
}
