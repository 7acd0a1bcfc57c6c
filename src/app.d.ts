import type { Viewer } from '$lib/server/auth/access';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** null for the public (no login). */
			viewer: Viewer | null;
		}
	}
}

export {};
