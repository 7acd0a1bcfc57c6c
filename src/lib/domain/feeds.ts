/**
 * The calendar feeds (kalenderabonnementer) one can subscribe to: all public content, one body's
 * meetings, one case's stages, or a user's own selection.
 */
export const FEED_KINDS = ['public', 'body', 'case', 'personal'] as const;

export type FeedKind = (typeof FEED_KINDS)[number];
