import { createServer, type Server } from 'node:http';
import Provider from 'oidc-provider';

/**
 * Real OpenID providers for the single sign-on tests (the `oidc-provider` package, the
 * certified reference server), on one loopback port: http://127.0.0.1:PORT is the provider the
 * app trusts, http://localhost:PORT a foreign one with the same client registered. Its
 * development login form signs in whoever types an account id; the accounts' claims are the
 * test's to change between sign-ins.
 */
export interface TestAccount {
	email: string;
	name: string;
	groups: string[];
	department?: string;
}

export const CLIENT_ID = 'aarshjul-e2e';
export const CLIENT_SECRET = 'e2e-hemmelighed-kun-til-test-0123456789';

function provider(issuer: string, appOrigin: string, accounts: Map<string, TestAccount>): Provider {
	return new Provider(issuer, {
		clients: [
			{
				client_id: CLIENT_ID,
				client_secret: CLIENT_SECRET,
				redirect_uris: [`${appOrigin}/login/sso/callback`],
				post_logout_redirect_uris: [`${appOrigin}/`],
				grant_types: ['authorization_code'],
				response_types: ['code'],
				token_endpoint_auth_method: 'client_secret_post'
			}
		],
		async findAccount(_ctx: unknown, id: string) {
			const account = accounts.get(id);
			if (!account) return undefined;
			return { accountId: id, claims: async () => ({ sub: id, ...accounts.get(id) }) };
		},
		claims: { openid: ['sub'], email: ['email'], profile: ['name', 'groups', 'department'] },
		// As Entra ID does when configured to: the groups claim in the ID token itself.
		conformIdTokenClaims: false,
		pkce: { required: () => true },
		features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
		cookies: { keys: ['e2e-cookie-key-0123456789abcdef'] }
	});
}

export async function startProviders(port: number, appOrigin: string) {
	const accounts = new Map<string, TestAccount>();
	const trusted = provider(`http://127.0.0.1:${port}`, appOrigin, accounts);
	const foreign = provider(`http://localhost:${port}`, appOrigin, accounts);
	const handlers = { trusted: trusted.callback(), foreign: foreign.callback() };
	const server: Server = createServer((req, res) => (req.headers.host?.startsWith('localhost:') ? handlers.foreign : handlers.trusted)(req, res));
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	return {
		accounts,
		trustedIssuer: `http://127.0.0.1:${port}`,
		foreignIssuer: `http://localhost:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
