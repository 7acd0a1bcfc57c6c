import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Feed } from './public.ts';
import { itemContent, renderFeed, type FeedItem } from './render.ts';
import { lockFeedState, readFeedState, readPublished, writeFeedState, writePublished, type PublishedItem } from './repository.ts';

/**
 * Publishing a feed: its markers come from what its subscribers were actually sent, not from the
 * rows' own timestamps, which cannot see a change computed from other records (a closure moving
 * a deadline, a move changing another meeting's agenda) or an event leaving the feed.
 *
 * Per UID the last published content and time/status are kept as hashes (feed_published):
 * - content changed → DTSTAMP and LAST-MODIFIED become now (at least a second after the last);
 * - time or status changed → SEQUENCE rises by one (never below the writer's own counter);
 * - nothing changed → the markers stay exactly as sent, so the bytes stay the same.
 * Per feed the hash of the bytes is kept (feed_state); when it changes, Last-Modified becomes now.
 * An item seen for the first time keeps its row's updated_at and sequence.
 */
export interface PublishedFeed {
	bytes: Buffer;
	/** Strong ETag of the uncompressed bytes. */
	etag: string;
	/** When the bytes last changed, to the second. */
	lastModified: Date;
}

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url');
const wholeSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);

/** The stamp of a change made `now`: now to the second, and at least a second after `previous`. */
export function nextStamp(previous: Date, now: Date): Date {
	const n = wholeSecond(now);
	return n.getTime() > previous.getTime() ? n : new Date(previous.getTime() + 1000);
}

interface Hashed {
	item: FeedItem;
	contentHash: string;
	timingHash: string;
}

function hashed(item: FeedItem): Hashed {
	const c = itemContent(item);
	return { item, contentHash: sha256([...c.lines, ...c.alarm].join('\n')), timingHash: sha256(c.timing.join('\n')) };
}

/** The items with their markers against what was published, and the UIDs whose published state changes. */
function withMarkers(items: Hashed[], published: Map<string, PublishedItem>, now: Date) {
	const changed = new Map<string, PublishedItem>();
	const marked = items.map(({ item, contentHash, timingHash }) => {
		const prev = published.get(item.uid);
		let next: PublishedItem;
		if (!prev) next = { contentHash, timingHash, sequence: item.sequence, stamp: wholeSecond(item.updatedAt) };
		else {
			const sequence = Math.max(prev.timingHash === timingHash ? prev.sequence : prev.sequence + 1, item.sequence);
			if (prev.contentHash === contentHash && sequence === prev.sequence) return { ...item, sequence: prev.sequence, updatedAt: prev.stamp };
			next = { contentHash, timingHash, sequence, stamp: nextStamp(prev.stamp, now) };
		}
		changed.set(item.uid, next);
		return { ...item, sequence: next.sequence, updatedAt: next.stamp };
	});
	return { marked, changed };
}

function render(feed: Feed, items: FeedItem[]) {
	const bytes = Buffer.from(renderFeed({ ...feed.calendar, items }), 'utf8');
	return { bytes, hash: sha256(bytes) };
}

/**
 * Renders `feed` with its published markers, recording any change. Unchanged feeds (the common
 * case: clients poll hourly) are answered from one read without a lock or a write. A change is
 * recorded in one transaction that holds the feed's state row, so two renders at once — in this
 * process or in another instance on the same database — take turns and the second one sees the
 * first one's markers.
 */
export async function publishFeed(db: Kysely<DB>, feed: Feed, clock: () => Date = () => new Date()): Promise<PublishedFeed> {
	const items = feed.calendar.items.map(hashed);
	const [state, published] = await Promise.all([readFeedState(db, feed.key), readPublished(db, feed.key)]);
	if (state) {
		const { marked, changed } = withMarkers(items, published, clock());
		if (changed.size === 0) {
			const r = render(feed, marked);
			if (r.hash === state.bytesHash) return { bytes: r.bytes, etag: `"${r.hash}"`, lastModified: state.lastModified };
		}
	}
	return db.transaction().execute(async (tx) => {
		const locked = await lockFeedState(tx, feed.key);
		const now = clock();
		const { marked, changed } = withMarkers(items, await readPublished(tx, feed.key), now);
		await writePublished(tx, feed.key, changed);
		const r = render(feed, marked);
		let lastModified = locked.lastModified;
		if (r.hash !== locked.bytesHash) {
			lastModified = nextStamp(locked.lastModified, now);
			await writeFeedState(tx, feed.key, { bytesHash: r.hash, lastModified });
		}
		return { bytes: r.bytes, etag: `"${r.hash}"`, lastModified };
	});
}
