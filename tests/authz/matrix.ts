/**
 * The authorisation matrix: every endpoint of the route tree × every role → the expected
 * status. tests/unit/authz-coverage.test.ts fails when a route is missing here, and
 * tests/e2e/authz.spec.ts requests every row as every role.
 *
 * Writes are sent empty, so a role that may write gets 400 (validation) and nothing changes.
 * `{meeting}` etc. are filled in at run time with real ids from the demo data.
 */
export const ROLES = ['public', 'reader', 'editor', 'secretariat', 'admin'] as const;
export type MatrixRole = (typeof ROLES)[number];
type Expect = Record<MatrixRole, number>;

export interface MatrixRow {
	/** as routeEndpoints() names it, e.g. 'PATCH /api/v1/meetings/[id]' or 'POST /konto?/password' */
	endpoint: string;
	/** the concrete request path */
	path: string;
	expect: Expect;
	/** JSON body for API writes; form posts are sent as an empty form */
	json?: unknown;
	/** the request ends the session it is made with, so it gets a session of its own */
	endsSession?: boolean;
}

const all = (s: number): Expect => ({ public: s, reader: s, editor: s, secretariat: s, admin: s });
const signedIn = (s: number): Expect => ({ public: 303, reader: s, editor: s, secretariat: s, admin: s });
const staffOnly = (s: number, publicStatus = 404): Expect => ({ public: publicStatus, reader: s, editor: s, secretariat: s, admin: s });
const secretariatPage = (s: number): Expect => ({ public: 303, reader: 403, editor: 403, secretariat: s, admin: s });
const editorPage = (s: number): Expect => ({ public: 303, reader: 403, editor: s, secretariat: s, admin: s });
const adminPage = (s: number): Expect => ({ public: 303, reader: 403, editor: 403, secretariat: 403, admin: s });
const secretariatApi = (s: number): Expect => ({ public: 401, reader: 403, editor: 403, secretariat: s, admin: s });
const adminApi = (s: number): Expect => ({ public: 401, reader: 403, editor: 403, secretariat: 403, admin: s });
const editorApi = (s: number): Expect => ({ public: 401, reader: 403, editor: s, secretariat: s, admin: s });
const staffApi = (s: number): Expect => ({ public: 401, reader: s, editor: s, secretariat: s, admin: s });

export const MATRIX: MatrixRow[] = [
	// Public pages
	{ endpoint: 'GET /', path: '/?year=2024', expect: all(200) },
	{ endpoint: 'GET /kalender', path: '/kalender', expect: all(200) },
	{ endpoint: 'GET /liste', path: '/liste?year=2024', expect: all(200) },
	{ endpoint: 'GET /organer', path: '/organer', expect: all(200) },
	{ endpoint: 'GET /organer/[slug]', path: '/organer/kommunalbestyrelsen?year=2024', expect: all(200) },
	{ endpoint: 'GET /organer/[slug]', path: '/organer/chefforum?year=2024', expect: staffOnly(200) },
	{ endpoint: 'GET /helligdage', path: '/helligdage?year=2024', expect: all(200) },
	{ endpoint: 'GET /was', path: '/was', expect: all(200) },
	{ endpoint: 'GET /abonner', path: '/abonner', expect: all(200) },
	{ endpoint: 'GET /moeder/[id]', path: '/moeder/{meeting}', expect: all(200) },
	{ endpoint: 'GET /moeder/[id]', path: '/moeder/{internalMeeting}', expect: staffOnly(200) },

	{ endpoint: 'GET /sager', path: '/sager', expect: all(200) },
	{ endpoint: 'GET /sager/[id]', path: '/sager/{case}', expect: all(200) },
	{ endpoint: 'GET /sager/[id]', path: '/sager/{closedCase}', expect: staffOnly(200) },
	{ endpoint: 'GET /sager/ny', path: '/sager/ny', expect: editorPage(200) },
	{ endpoint: 'POST /sager/ny?/plan', path: '/sager/ny?/plan', expect: editorPage(400) },
	{ endpoint: 'POST /sager/ny?/create', path: '/sager/ny?/create', expect: editorPage(400) },
	{ endpoint: 'POST /sager/[id]?/repair', path: '/sager/{case}?/repair', expect: editorPage(400) },
	{ endpoint: 'POST /sager/[id]?/status', path: '/sager/{case}?/status', expect: editorPage(400) },
	{ endpoint: 'POST /sager/[id]?/delete', path: '/sager/{case}?/delete', expect: editorPage(400) },
	{ endpoint: 'POST /sager/[id]?/keyCase', path: '/sager/{case}?/keyCase', expect: editorPage(400) },

	// Signing in and out
	{ endpoint: 'GET /login', path: '/login', expect: { public: 200, reader: 303, editor: 303, secretariat: 303, admin: 303 } },
	// A signed-in user's failed login re-renders the login page, whose load sends them home.
	{ endpoint: 'POST /login?/default', path: '/login', expect: { public: 400, reader: 303, editor: 303, secretariat: 303, admin: 303 } },
	{ endpoint: 'GET /logout', path: '/logout', expect: all(303) },
	// Single sign-on is not configured for this app instance (tests/e2e/sso.spec.ts starts one that is).
	{ endpoint: 'GET /login/sso', path: '/login/sso', expect: all(404) },
	{ endpoint: 'GET /login/sso/callback', path: '/login/sso/callback?code=x&state=y', expect: all(404) },
	{ endpoint: 'GET /logget-ud', path: '/logget-ud', expect: all(200) },
	{ endpoint: 'POST /logout?/default', path: '/logout', expect: all(303), endsSession: true },
	{ endpoint: 'GET /konto', path: '/konto', expect: signedIn(200) },
	{ endpoint: 'POST /konto?/password', path: '/konto?/password', expect: signedIn(400) },
	{ endpoint: 'POST /konto?/revoke', path: '/konto?/revoke', expect: signedIn(404) },
	{ endpoint: 'POST /konto?/logoutEverywhere', path: '/konto?/logoutEverywhere', expect: signedIn(303), endsSession: true },

	// The secretariat's meeting page actions
	{ endpoint: 'POST /moeder/[id]?/move', path: '/moeder/{meeting}?/move', expect: secretariatPage(400) },
	{ endpoint: 'POST /moeder/[id]?/moveAndRepair', path: '/moeder/{meeting}?/moveAndRepair', expect: secretariatPage(400) },
	{ endpoint: 'POST /moeder/[id]?/cancel', path: '/moeder/{meeting}?/cancel', expect: secretariatPage(400) },
	{ endpoint: 'POST /moeder/[id]?/restore', path: '/moeder/{meeting}?/restore', expect: secretariatPage(400) },
	{ endpoint: 'POST /moeder/[id]?/delete', path: '/moeder/{meeting}?/delete', expect: secretariatPage(400) },
	{ endpoint: 'POST /moeder/[id]?/impact', path: '/moeder/{meeting}?/impact', expect: secretariatPage(400) },
	{ endpoint: 'POST /moeder/[id]?/briefing', path: '/moeder/{meeting}?/briefing', expect: secretariatPage(400) },
	{ endpoint: 'POST /moeder/[id]?/constitutive', path: '/moeder/{meeting}?/constitutive', expect: secretariatPage(400) },

	// Editing and administration pages
	{ endpoint: 'GET /redigering', path: '/redigering', expect: secretariatPage(200) },
	{ endpoint: 'GET /redigering/organer', path: '/redigering/organer', expect: secretariatPage(200) },
	{ endpoint: 'GET /redigering/feeds', path: '/redigering/feeds', expect: secretariatPage(200) },
	{ endpoint: 'GET /redigering/organer/ny', path: '/redigering/organer/ny', expect: secretariatPage(200) },
	{ endpoint: 'POST /redigering/organer/ny?/default', path: '/redigering/organer/ny', expect: secretariatPage(400) },
	{ endpoint: 'GET /redigering/organer/[code]', path: '/redigering/organer/KB', expect: secretariatPage(200) },
	{ endpoint: 'POST /redigering/organer/[code]?/default', path: '/redigering/organer/KB', expect: secretariatPage(400) },
	{ endpoint: 'GET /redigering/moedeplaner', path: '/redigering/moedeplaner?body=KB&year=2027', expect: secretariatPage(200) },
	{ endpoint: 'POST /redigering/moedeplaner?/preview', path: '/redigering/moedeplaner?/preview', expect: secretariatPage(400) },
	{ endpoint: 'POST /redigering/moedeplaner?/accept', path: '/redigering/moedeplaner?/accept', expect: secretariatPage(400) },
	{ endpoint: 'GET /redigering/begivenheder', path: '/redigering/begivenheder', expect: secretariatPage(200) },
	{ endpoint: 'GET /redigering/begivenheder/ny', path: '/redigering/begivenheder/ny', expect: secretariatPage(200) },
	{ endpoint: 'POST /redigering/begivenheder/ny?/default', path: '/redigering/begivenheder/ny', expect: secretariatPage(400) },
	{ endpoint: 'GET /redigering/faste-punkter', path: '/redigering/faste-punkter', expect: secretariatPage(200) },
	{ endpoint: 'GET /redigering/faste-punkter/ny', path: '/redigering/faste-punkter/ny', expect: secretariatPage(200) },
	{ endpoint: 'POST /redigering/faste-punkter/ny?/save', path: '/redigering/faste-punkter/ny?/save', expect: secretariatPage(400) },
	{ endpoint: 'GET /redigering/faste-punkter/[id]', path: '/redigering/faste-punkter/{fixedItem}', expect: secretariatPage(200) },
	{ endpoint: 'POST /redigering/faste-punkter/[id]?/save', path: '/redigering/faste-punkter/{fixedItem}?/save', expect: secretariatPage(400) },
	{ endpoint: 'POST /redigering/faste-punkter/[id]?/delete', path: '/redigering/faste-punkter/{fixedItem}?/delete', expect: secretariatPage(400) },
	{ endpoint: 'GET /redigering/sagsskabeloner', path: '/redigering/sagsskabeloner', expect: secretariatPage(200) },
	{ endpoint: 'GET /redigering/sagsskabeloner/ny', path: '/redigering/sagsskabeloner/ny', expect: secretariatPage(200) },
	{ endpoint: 'POST /redigering/sagsskabeloner/ny?/save', path: '/redigering/sagsskabeloner/ny?/save', expect: secretariatPage(400) },
	{ endpoint: 'GET /redigering/sagsskabeloner/[id]', path: '/redigering/sagsskabeloner/{template}', expect: secretariatPage(200) },
	{ endpoint: 'POST /redigering/sagsskabeloner/[id]?/save', path: '/redigering/sagsskabeloner/{template}?/save', expect: secretariatPage(400) },
	{ endpoint: 'POST /redigering/sagsskabeloner/[id]?/delete', path: '/redigering/sagsskabeloner/{template}?/delete', expect: secretariatPage(400) },
	{ endpoint: 'GET /redigering/import', path: '/redigering/import', expect: secretariatPage(200) },
	{ endpoint: 'POST /redigering/import?/preview', path: '/redigering/import?/preview', expect: secretariatPage(400) },
	{ endpoint: 'POST /redigering/import?/accept', path: '/redigering/import?/accept', expect: secretariatPage(400) },
	{ endpoint: 'GET /redigering/hjul', path: '/redigering/hjul', expect: secretariatPage(200) },
	{ endpoint: 'POST /redigering/hjul?/threshold', path: '/redigering/hjul?/threshold', expect: secretariatPage(400) },
	{ endpoint: 'GET /redigering/lukkedage', path: '/redigering/lukkedage', expect: secretariatPage(200) },
	{ endpoint: 'GET /redigering/nyt-aar', path: '/redigering/nyt-aar?year=2027', expect: secretariatPage(200) },
	{ endpoint: 'POST /redigering/nyt-aar?/accept', path: '/redigering/nyt-aar?/accept', expect: secretariatPage(400) },
	{ endpoint: 'POST /redigering/lukkedage?/create', path: '/redigering/lukkedage?/create', expect: secretariatPage(400) },
	{ endpoint: 'POST /redigering/lukkedage?/impact', path: '/redigering/lukkedage?/impact', expect: secretariatPage(400) },
	{ endpoint: 'POST /redigering/lukkedage?/delete', path: '/redigering/lukkedage?/delete', expect: secretariatPage(400) },
	{ endpoint: 'GET /begivenheder/[id]', path: '/begivenheder/{event}', expect: all(200) },
	{ endpoint: 'GET /begivenheder/[id]', path: '/begivenheder/{internalEvent}', expect: staffOnly(200) },
	{ endpoint: 'POST /begivenheder/[id]?/update', path: '/begivenheder/{event}?/update', expect: secretariatPage(400) },
	{ endpoint: 'POST /begivenheder/[id]?/delete', path: '/begivenheder/{event}?/delete', expect: secretariatPage(400) },
	{ endpoint: 'GET /admin/log', path: '/admin/log', expect: adminPage(200) },
	{ endpoint: 'GET /admin', path: '/admin', expect: adminPage(200) },
	{ endpoint: 'GET /admin/brugere', path: '/admin/brugere', expect: adminPage(200) },
	{ endpoint: 'POST /admin/brugere?/create', path: '/admin/brugere?/create', expect: adminPage(400) },
	{ endpoint: 'POST /admin/brugere?/role', path: '/admin/brugere?/role', expect: adminPage(400) },
	{ endpoint: 'POST /admin/brugere?/disable', path: '/admin/brugere?/disable', expect: adminPage(400) },
	{ endpoint: 'GET /admin/login-tjeneste', path: '/admin/login-tjeneste', expect: adminPage(200) },
	{ endpoint: 'POST /admin/login-tjeneste?/settings', path: '/admin/login-tjeneste?/settings', expect: adminPage(400) },
	{ endpoint: 'POST /admin/login-tjeneste?/addRule', path: '/admin/login-tjeneste?/addRule', expect: adminPage(400) },
	{ endpoint: 'POST /admin/login-tjeneste?/deleteRule', path: '/admin/login-tjeneste?/deleteRule', expect: adminPage(400) },
	{ endpoint: 'GET /admin/api-noegler', path: '/admin/api-noegler', expect: adminPage(200) },
	{ endpoint: 'POST /admin/api-noegler?/create', path: '/admin/api-noegler?/create', expect: adminPage(400) },
	{ endpoint: 'POST /admin/api-noegler?/revoke', path: '/admin/api-noegler?/revoke', expect: adminPage(400) },

	// Feeds
	{ endpoint: 'GET /feeds/offentlig.ics', path: '/feeds/offentlig.ics', expect: all(200) },
	{ endpoint: 'GET /feeds/organer/[slug].ics', path: '/feeds/organer/kommunalbestyrelsen.ics', expect: all(200) },
	{ endpoint: 'GET /feeds/organer/[slug].ics', path: '/feeds/organer/chefforum.ics', expect: all(404) },
	{ endpoint: 'GET /feeds/sager/[id].ics', path: '/feeds/sager/{case}.ics', expect: all(200) },
	{ endpoint: 'GET /feeds/sager/[id].ics', path: '/feeds/sager/{closedCase}.ics', expect: all(404) },
	// Token feeds ignore the caller's session: an unknown token is 404 for everyone.
	{ endpoint: 'GET /feeds/personlig/[token].ics', path: '/feeds/personlig/abcdefghijkmnpqrstuvwxyz23456789.ics', expect: all(404) },
	{ endpoint: 'GET /feeds/personlig/[token]/sager/[id].ics', path: '/feeds/personlig/abcdefghijkmnpqrstuvwxyz23456789/sager/{closedCase}.ics', expect: all(404) },
	{ endpoint: 'POST /abonner?/create', path: '/abonner?/create', expect: signedIn(400) },
	{ endpoint: 'POST /abonner?/revoke', path: '/abonner?/revoke', expect: signedIn(400) },
	{ endpoint: 'POST /abonner?/regenerate', path: '/abonner?/regenerate', expect: signedIn(400) },

	// Embeds for other sites (public content only, whoever asks) and the secretariat's snippet builder
	{ endpoint: 'GET /indlejr/aarshjul', path: '/indlejr/aarshjul?year=2024', expect: all(200) },
	{ endpoint: 'GET /indlejr/kalender', path: '/indlejr/kalender?year=2024', expect: all(200) },
	{ endpoint: 'GET /indlejr/organer/[slug]', path: '/indlejr/organer/kommunalbestyrelsen?year=2024', expect: all(200) },
	{ endpoint: 'GET /indlejr/organer/[slug]', path: '/indlejr/organer/chefforum?year=2024', expect: all(404) },
	{ endpoint: 'GET /indlejr.js', path: '/indlejr.js', expect: all(200) },
	{ endpoint: 'GET /redigering/indlejring', path: '/redigering/indlejring', expect: secretariatPage(200) },

	// OParl 1.1: stateless and public for everyone (internal bodies and their meetings do not exist there)
	{ endpoint: 'GET /oparl/v1.1', path: '/oparl/v1.1', expect: all(200) },
	{ endpoint: 'GET /oparl/v1.1/body', path: '/oparl/v1.1/body', expect: all(200) },
	{ endpoint: 'GET /oparl/v1.1/body/[body]', path: '/oparl/v1.1/body/kommune', expect: all(200) },
	{ endpoint: 'GET /oparl/v1.1/body/[body]/organization', path: '/oparl/v1.1/body/kommune/organization', expect: all(200) },
	{ endpoint: 'GET /oparl/v1.1/body/[body]/person', path: '/oparl/v1.1/body/kommune/person', expect: all(200) },
	{ endpoint: 'GET /oparl/v1.1/body/[body]/meeting', path: '/oparl/v1.1/body/kommune/meeting?limit=20', expect: all(200) },
	{ endpoint: 'GET /oparl/v1.1/body/[body]/paper', path: '/oparl/v1.1/body/kommune/paper', expect: all(200) },
	{ endpoint: 'GET /oparl/v1.1/body/[body]/legislative-term', path: '/oparl/v1.1/body/kommune/legislative-term', expect: all(200) },
	{ endpoint: 'GET /oparl/v1.1/organization/[id]', path: '/oparl/v1.1/organization/999999', expect: all(404) },
	{ endpoint: 'GET /oparl/v1.1/organization/[id]/meeting', path: '/oparl/v1.1/organization/999999/meeting', expect: all(404) },
	{ endpoint: 'GET /oparl/v1.1/meeting/[id]', path: '/oparl/v1.1/meeting/{meeting}', expect: all(200) },
	{ endpoint: 'GET /oparl/v1.1/meeting/[id]', path: '/oparl/v1.1/meeting/{internalMeeting}', expect: all(404) },
	{ endpoint: 'GET /oparl/v1.1/meeting/[id]/location', path: '/oparl/v1.1/meeting/{meeting}/location', expect: all(200) },
	{ endpoint: 'GET /oparl/v1.1/agenda-item/[meeting]/[key]', path: '/oparl/v1.1/agenda-item/{meeting}/f999', expect: all(404) },
	{ endpoint: 'GET /oparl/v1.1/paper/[id]', path: '/oparl/v1.1/paper/{case}', expect: all(200) },
	{ endpoint: 'GET /oparl/v1.1/paper/[id]', path: '/oparl/v1.1/paper/{closedCase}', expect: all(200) },
	{ endpoint: 'GET /oparl/v1.1/paper/[id]/consultation/[position]', path: '/oparl/v1.1/paper/{closedCase}/consultation/0', expect: all(404) },
	{ endpoint: 'GET /oparl/v1.1/legislative-term/[year]', path: '/oparl/v1.1/legislative-term/2022', expect: all(200) },

	// API: reads
	{ endpoint: 'GET /api/v1/openapi.json', path: '/api/v1/openapi.json', expect: all(200) },
	{ endpoint: 'GET /api/v1/bodies', path: '/api/v1/bodies', expect: all(200) },
	{ endpoint: 'GET /api/v1/bodies/[code]', path: '/api/v1/bodies/KB', expect: all(200) },
	{ endpoint: 'GET /api/v1/bodies/[code]', path: '/api/v1/bodies/CF', expect: staffOnly(200) },
	{ endpoint: 'GET /api/v1/meetings', path: '/api/v1/meetings?from=2024-01-01&to=2024-01-31', expect: all(200) },
	{ endpoint: 'GET /api/v1/meetings/[id]', path: '/api/v1/meetings/{meeting}', expect: all(200) },
	{ endpoint: 'GET /api/v1/meetings/[id]', path: '/api/v1/meetings/{internalMeeting}', expect: staffOnly(200) },
	{ endpoint: 'GET /api/v1/events', path: '/api/v1/events?from=2024-01-01&to=2024-01-31', expect: all(200) },
	{ endpoint: 'GET /api/v1/events/[id]', path: '/api/v1/events/{event}', expect: all(200) },
	{ endpoint: 'GET /api/v1/events/[id]', path: '/api/v1/events/{internalEvent}', expect: staffOnly(200) },
	{ endpoint: 'GET /api/v1/closures', path: '/api/v1/closures', expect: all(200) },
	{ endpoint: 'GET /api/v1/holidays', path: '/api/v1/holidays?year=2024', expect: all(200) },
	{ endpoint: 'GET /api/v1/working-days/before', path: '/api/v1/working-days/before?date=2024-04-03&days=5', expect: all(200) },
	{ endpoint: 'GET /api/v1/terms', path: '/api/v1/terms?year=2024', expect: all(200) },
	{ endpoint: 'GET /api/v1/feeds', path: '/api/v1/feeds', expect: all(200) },
	{ endpoint: 'GET /api/v1/audit', path: '/api/v1/audit', expect: adminApi(200) },
	{ endpoint: 'GET /api/v1/tokens', path: '/api/v1/tokens', expect: adminApi(200) },

	// API: writes (sent empty)
	{ endpoint: 'POST /api/v1/auth/login', path: '/api/v1/auth/login', json: {}, expect: all(400) },
	{ endpoint: 'POST /api/v1/auth/logout', path: '/api/v1/auth/logout', json: {}, expect: all(204), endsSession: true },
	{ endpoint: 'POST /api/v1/meetings', path: '/api/v1/meetings', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'PATCH /api/v1/meetings/[id]', path: '/api/v1/meetings/{meeting}', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'DELETE /api/v1/meetings/[id]', path: '/api/v1/meetings/{meeting}', expect: secretariatApi(400) },
	{ endpoint: 'POST /api/v1/events', path: '/api/v1/events', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'PATCH /api/v1/events/[id]', path: '/api/v1/events/{event}', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'DELETE /api/v1/events/[id]', path: '/api/v1/events/{event}', expect: secretariatApi(400) },
	{ endpoint: 'POST /api/v1/bodies', path: '/api/v1/bodies', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'PATCH /api/v1/bodies/[code]', path: '/api/v1/bodies/KB', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'POST /api/v1/closures', path: '/api/v1/closures', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'DELETE /api/v1/closures/[id]', path: '/api/v1/closures/999999', expect: secretariatApi(404) },
	{ endpoint: 'POST /api/v1/rollover/preview', path: '/api/v1/rollover/preview', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'POST /api/v1/rollover', path: '/api/v1/rollover', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'PUT /api/v1/cycles/[council]/briefing', path: '/api/v1/cycles/00000000-0000-4000-8000-000000000000/briefing', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'DELETE /api/v1/cycles/[council]/briefing', path: '/api/v1/cycles/00000000-0000-4000-8000-000000000000/briefing', expect: secretariatApi(404) },
	{ endpoint: 'POST /api/v1/plans/preview', path: '/api/v1/plans/preview', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'POST /api/v1/plans', path: '/api/v1/plans', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'POST /api/v1/import/preview', path: '/api/v1/import/preview', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'POST /api/v1/import', path: '/api/v1/import', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'GET /api/v1/export', path: '/api/v1/export?body=KB&year=2024&format=csv', expect: secretariatApi(200) },
	{ endpoint: 'POST /api/v1/tokens', path: '/api/v1/tokens', json: {}, expect: adminApi(400) },
	{ endpoint: 'POST /api/v1/feeds', path: '/api/v1/feeds', json: {}, expect: staffApi(400) },
	{ endpoint: 'DELETE /api/v1/feeds/[id]', path: '/api/v1/feeds/999999', expect: staffApi(404) },
	{ endpoint: 'DELETE /api/v1/tokens/[id]', path: '/api/v1/tokens/999999', expect: adminApi(404) },

	// API: cases, templates, fixed items, agendas
	{ endpoint: 'POST /api/v1/plan', path: '/api/v1/plan', json: {}, expect: staffApi(400) },
	{ endpoint: 'GET /api/v1/cases', path: '/api/v1/cases', expect: all(200) },
	{ endpoint: 'POST /api/v1/cases', path: '/api/v1/cases', json: {}, expect: editorApi(400) },
	{ endpoint: 'GET /api/v1/cases/[id]', path: '/api/v1/cases/{case}', expect: all(200) },
	{ endpoint: 'GET /api/v1/cases/[id]', path: '/api/v1/cases/{closedCase}', expect: staffOnly(200) },
	{ endpoint: 'PATCH /api/v1/cases/[id]', path: '/api/v1/cases/{case}', json: {}, expect: editorApi(400) },
	{ endpoint: 'DELETE /api/v1/cases/[id]', path: '/api/v1/cases/{case}', expect: editorApi(400) },
	{ endpoint: 'POST /api/v1/cases/[id]/repair', path: '/api/v1/cases/{case}/repair', json: {}, expect: editorApi(400) },
	{ endpoint: 'GET /api/v1/templates', path: '/api/v1/templates', expect: all(200) },
	{ endpoint: 'POST /api/v1/templates', path: '/api/v1/templates', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'PATCH /api/v1/templates/[id]', path: '/api/v1/templates/999999', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'DELETE /api/v1/templates/[id]', path: '/api/v1/templates/999999', expect: secretariatApi(404) },
	{ endpoint: 'GET /api/v1/fixed-items', path: '/api/v1/fixed-items', expect: all(200) },
	{ endpoint: 'POST /api/v1/fixed-items', path: '/api/v1/fixed-items', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'PATCH /api/v1/fixed-items/[id]', path: '/api/v1/fixed-items/999999', json: {}, expect: secretariatApi(400) },
	{ endpoint: 'DELETE /api/v1/fixed-items/[id]', path: '/api/v1/fixed-items/999999', expect: secretariatApi(404) },
	{ endpoint: 'GET /api/v1/meetings/[id]/agenda', path: '/api/v1/meetings/{meeting}/agenda', expect: all(200) },
	{ endpoint: 'GET /api/v1/meetings/[id]/agenda', path: '/api/v1/meetings/{internalMeeting}/agenda', expect: staffOnly(200) },
	{ endpoint: 'GET /api/v1/legal-checks', path: '/api/v1/legal-checks?year=2027', expect: staffApi(200) },
	{ endpoint: 'GET /lovkrav', path: '/lovkrav?year=2027', expect: signedIn(200) },
	{ endpoint: 'GET /api/v1/meetings/[id]/impact', path: '/api/v1/meetings/{meeting}/impact', expect: secretariatApi(400) },
	{ endpoint: 'GET /api/v1/meetings/[id]/legal-impact', path: '/api/v1/meetings/{meeting}/legal-impact', expect: secretariatApi(400) }
];
