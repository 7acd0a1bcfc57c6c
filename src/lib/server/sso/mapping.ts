import type { MappedRole, Role } from '../db/schema.ts';

/**
 * From the ID token's claims to the user's role and unit, by the admin's mapping: every value
 * of the role claim (Entra ID's `groups` holds group object ids, `roles` the app roles) that a
 * rule names counts, and the highest role wins; a rule to 'none' denies access outright, so a
 * "blocked" group overrides any other. No rule matched: the default role, which may be 'none'.
 */
export interface SsoMapping {
	roleClaim: string;
	unitClaim: string;
	defaultRole: MappedRole;
	rules: { claimValue: string; role: MappedRole }[];
}

const RANK: Record<Role, number> = { reader: 1, editor: 2, secretariat: 3, admin: 4 };

/** A claim's values as strings: a single value or an array of them. */
export function claimValues(claims: Record<string, unknown>, name: string): string[] {
	if (!name) return [];
	const v = claims[name];
	const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
	return list.filter((x): x is string | number => typeof x === 'string' || typeof x === 'number').map(String);
}

export function mapClaims(claims: Record<string, unknown>, mapping: SsoMapping): { role: MappedRole; unit: string } {
	const values = new Set(claimValues(claims, mapping.roleClaim));
	const matched = mapping.rules.filter((r) => values.has(r.claimValue)).map((r) => r.role);
	let role: MappedRole = mapping.defaultRole;
	if (matched.includes('none')) role = 'none';
	else if (matched.length) role = (matched as Role[]).reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
	const unit = (claimValues(claims, mapping.unitClaim)[0] ?? '').trim().slice(0, 200);
	return { role, unit };
}
