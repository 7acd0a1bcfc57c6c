import * as oidc from 'openid-client';
import { isLoopbackHttp, type SsoConfig } from './config.ts';

/**
 * The OpenID Connect client (openid-client v6): authorization code flow with PKCE, state and
 * nonce; the library checks the ID token's signature, issuer, audience, expiry and nonce, and
 * the authorization response's `iss` where the provider sends it (RFC 9207).
 */

let discovered: { key: string; config: Promise<oidc.Configuration> } | undefined;

/** The provider's metadata, fetched once per configuration; a failed fetch is retried next time. */
export function providerConfiguration(sso: SsoConfig): Promise<oidc.Configuration> {
	const key = `${sso.issuer.href}|${sso.clientId}`;
	if (discovered?.key !== key) {
		const options = isLoopbackHttp(sso.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined;
		const config = oidc.discovery(sso.issuer, sso.clientId, sso.clientSecret, undefined, options);
		config.catch(() => {
			if (discovered?.config === config) discovered = undefined;
		});
		discovered = { key, config };
	}
	return discovered.config;
}

/** What the browser must bring back: kept in a short-lived HttpOnly cookie between the two legs. */
export interface PendingSignIn {
	state: string;
	nonce: string;
	verifier: string;
	redirectTo: string;
}

export async function beginSignIn(sso: SsoConfig, redirectUri: string, redirectTo: string): Promise<{ url: URL; pending: PendingSignIn }> {
	const config = await providerConfiguration(sso);
	const pending: PendingSignIn = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), redirectTo };
	const url = oidc.buildAuthorizationUrl(config, {
		redirect_uri: redirectUri,
		scope: 'openid profile email',
		response_type: 'code',
		state: pending.state,
		nonce: pending.nonce,
		code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
		code_challenge_method: 'S256'
	});
	return { url, pending };
}

export type IdClaims = oidc.IDToken;

/** Exchanges the code and validates the response and ID token; throws on any mismatch. */
export async function completeSignIn(sso: SsoConfig, callbackUrl: URL, pending: PendingSignIn): Promise<{ issuer: string; claims: IdClaims }> {
	const config = await providerConfiguration(sso);
	const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
		pkceCodeVerifier: pending.verifier,
		expectedState: pending.state,
		expectedNonce: pending.nonce,
		idTokenExpected: true
	});
	const claims = tokens.claims();
	if (!claims) throw new Error('no ID token');
	return { issuer: config.serverMetadata().issuer, claims };
}

/** The provider's sign-out page, if it has one (Entra ID does). */
export async function endSessionUrl(sso: SsoConfig, postLogoutRedirectUri: string): Promise<URL | null> {
	const config = await providerConfiguration(sso);
	if (!config.serverMetadata().end_session_endpoint) return null;
	return oidc.buildEndSessionUrl(config, { client_id: sso.clientId, post_logout_redirect_uri: postLogoutRedirectUri });
}
