import type { Viewer } from '../auth/access.ts';
import { recordAudit } from '../audit/repository.ts';
import type { SessionUser } from '../auth/session.ts';
import { invalidateUserSessions } from '../auth/session.ts';
import { normaliseEmail } from '../users/repository.ts';
import type { Db } from '../db/index.ts';
import type { MappedRole, UserRow } from '../db/schema.ts';
import { ConflictError, invalidField, notFound } from '../http/problem.ts';
import { mapClaims } from './mapping.ts';
import {
	deleteRule,
	findRuleByValue,
	findUserByIdentity,
	findUserIdByEmail,
	insertRule,
	insertSsoUser,
	loadMapping,
	updateSettings,
	updateSsoUser
} from './repository.ts';

export type SsoRefusal = 'no-access' | 'disabled' | 'email-taken' | 'no-email';
export type SsoSignIn = { ok: true; user: SessionUser } | { ok: false; reason: SsoRefusal };

const EMAIL = /^[^@\s]+@[^@\s]+$/;

/** How the audit log names someone who is signing in (there is no session yet). */
export const signInViewer = (u: { id: number | null; email: string; name: string; unit: string; role: SessionUser['role'] }): Viewer => ({
	role: u.role,
	name: u.name,
	unit: u.unit,
	userId: u.id,
	email: u.email,
	sessionId: null,
	tokenId: null
});

/** A successful sign-in, by password or through the provider, in the audit log. */
export function recordSignIn(db: Db, user: SessionUser, method: string): Promise<void> {
	return recordAudit(db, signInViewer(user), { action: 'sign-in', entity: 'session', entityId: user.id, summary: `Logget ind (${method})`, after: { role: user.role, unit: user.unit } });
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/**
 * A user the provider vouched for, created or updated from the ID token: keyed by issuer and
 * subject, role and unit from the admin's mapping. A role that changed (or access that was
 * taken away) ends every session the user had, so no open browser keeps the old rights.
 * Run in a transaction: the user, the ended sessions and the audit row land together.
 */
export async function signInWithProvider(db: Db, issuer: string, claims: Record<string, unknown>): Promise<SsoSignIn> {
	const subject = text(claims.sub);
	const email = normaliseEmail(text(claims.email) || text(claims.preferred_username) || text(claims.upn));
	const name = (text(claims.name) || email).slice(0, 200);
	const existing = await findUserByIdentity(db, issuer, subject);
	const { role, unit } = mapClaims(claims, await loadMapping(db));
	const refuse = async (reason: SsoRefusal, user: UserRow | undefined): Promise<SsoSignIn> => {
		if (user) await invalidateUserSessions(db, user.id);
		const who = signInViewer({ id: user?.id ?? null, email: email || subject, name: name || subject, unit, role: user?.role ?? 'reader' });
		await recordAudit(db, who, { action: 'sign-in-refused', entity: 'session', entityId: user?.id ?? `${issuer}#${subject}`, summary: `Login afvist (${reason})` });
		return { ok: false, reason };
	};
	if (!subject || !EMAIL.test(email) || email.length > 254) return refuse('no-email', existing);
	if (existing?.disabled_at) return refuse('disabled', existing);
	if (role === 'none') return refuse('no-access', existing);
	const holder = await findUserIdByEmail(db, email);
	if (holder && holder.id !== existing?.id) return refuse('email-taken', existing);

	let user: UserRow;
	if (existing) {
		if (existing.role !== role) await invalidateUserSessions(db, existing.id);
		user = await updateSsoUser(db, existing.id, { email, name, unit, role });
		if (existing.role !== role || existing.unit !== unit || existing.email !== email || existing.name !== name) {
			await recordAudit(db, signInViewer(user), {
				action: 'update',
				entity: 'app_user',
				entityId: user.id,
				summary: 'Bruger opdateret fra login-tjenesten',
				before: { email: existing.email, name: existing.name, role: existing.role, unit: existing.unit },
				after: { email, name, role, unit }
			});
		}
	} else {
		user = await insertSsoUser(db, { issuer, subject, email, name, unit, role });
		await recordAudit(db, signInViewer(user), { action: 'create', entity: 'app_user', entityId: user.id, summary: 'Bruger oprettet ved første login', after: { email, name, role, unit } });
	}
	const signedIn: SessionUser = { id: user.id, email: user.email, name: user.name, unit: user.unit, role: user.role };
	await recordSignIn(db, signedIn, 'OpenID Connect');
	return { ok: true, user: signedIn };
}

export const SSO_REFUSAL_MESSAGE: Record<SsoRefusal | 'invalid' | 'unavailable' | 'cancelled', string> = {
	'no-access': 'Du har ikke adgang til Årshjul. Kontakt sekretariatet, hvis du mener, du skal have adgang.',
	disabled: 'Din bruger i Årshjul er deaktiveret. Kontakt en administrator.',
	'email-taken': 'E-mailadressen fra din konto bruges allerede af en anden bruger i Årshjul. Kontakt en administrator.',
	'no-email': 'Login-tjenesten sendte ingen gyldig e-mailadresse for din konto. Kontakt en administrator.',
	invalid: 'Login blev afvist: svaret fra login-tjenesten kunne ikke godkendes. Prøv at logge ind igen.',
	unavailable: 'Login-tjenesten svarer ikke lige nu. Prøv igen om lidt.',
	cancelled: 'Login blev afbrudt hos login-tjenesten.'
};

/** The admin's edits of the mapping, each with its audit row; run in a transaction. */
export async function saveMappingSettings(db: Db, viewer: Viewer, s: { roleClaim: string; unitClaim: string; defaultRole: MappedRole; version: number }): Promise<void> {
	const before = await loadMapping(db);
	if (!(await updateSettings(db, s))) throw new ConflictError({ roleClaim: before.roleClaim, unitClaim: before.unitClaim, defaultRole: before.defaultRole, version: before.version });
	await recordAudit(db, viewer, {
		action: 'update',
		entity: 'sso_setting',
		entityId: 1,
		summary: 'Rolletildeling fra login-tjenesten ændret',
		before: { roleClaim: before.roleClaim, unitClaim: before.unitClaim, defaultRole: before.defaultRole },
		after: { roleClaim: s.roleClaim, unitClaim: s.unitClaim, defaultRole: s.defaultRole }
	});
}

export async function addRoleRule(db: Db, viewer: Viewer, claimValue: string, role: MappedRole): Promise<void> {
	if (await findRuleByValue(db, claimValue)) throw invalidField('claimValue', 'Værdien har allerede en regel; slet den først');
	const rule = await insertRule(db, claimValue, role);
	await recordAudit(db, viewer, { action: 'create', entity: 'sso_role_rule', entityId: rule.id, summary: `Regel: ${claimValue} → ${role}`, after: rule });
}

export async function removeRoleRule(db: Db, viewer: Viewer, id: number): Promise<void> {
	const rule = await deleteRule(db, id);
	if (!rule) throw notFound('Reglen');
	await recordAudit(db, viewer, { action: 'delete', entity: 'sso_role_rule', entityId: rule.id, summary: `Regel slettet: ${rule.claim_value}`, before: rule });
}
