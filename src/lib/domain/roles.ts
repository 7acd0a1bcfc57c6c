/**
 * The roles of users and API tokens, highest first: the administrator, the secretariat
 * (sekretariatet), an editor of its own unit's cases (redaktør), and a reader (læser).
 */
export const ROLES = ['admin', 'secretariat', 'editor', 'reader'] as const;

export type Role = (typeof ROLES)[number];
