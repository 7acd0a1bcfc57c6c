import { sha256 } from '@oslojs/crypto/sha2';

// Lucia's alphabet: no 0/o, 1/l confusion; 24 characters × 5 bits = 120 bits of entropy.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export function randomSecret(length = 24): string {
	const bytes = new Uint8Array(length);
	crypto.getRandomValues(bytes);
	let out = '';
	for (const b of bytes) out += ALPHABET[b >> 3];
	return out;
}

export const hashSecret = (secret: string): Uint8Array => sha256(new TextEncoder().encode(secret));

export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
	if (a.byteLength !== b.byteLength) return false;
	let diff = 0;
	for (let i = 0; i < a.byteLength; i++) diff |= a[i]! ^ b[i]!;
	return diff === 0;
}
