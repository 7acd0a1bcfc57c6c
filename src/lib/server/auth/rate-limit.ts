/**
 * A token bucket per key that refills completely after `windowMs`. In memory, so it holds per
 * process: enough for one app server; several would need a shared store.
 */
export interface RateLimiter {
	/** Takes `cost` tokens if there are enough; false means "too many, wait". */
	consume(key: string, cost?: number, now?: number): boolean;
	/** Seconds until the key is allowed again (0 when allowed). */
	retryAfter(key: string, now?: number): number;
	reset(key: string): void;
}

export function createRateLimiter(max: number, windowMs: number): RateLimiter {
	const buckets = new Map<string, { tokens: number; refillAt: number }>();
	const bucket = (key: string, now: number) => {
		let b = buckets.get(key);
		if (!b || now >= b.refillAt) {
			b = { tokens: max, refillAt: now + windowMs };
			buckets.set(key, b);
		}
		if (buckets.size > 100_000) {
			for (const [k, v] of buckets) if (now >= v.refillAt) buckets.delete(k);
		}
		return b;
	};
	return {
		consume(key, cost = 1, now = Date.now()) {
			const b = bucket(key, now);
			if (b.tokens < cost) return false;
			b.tokens -= cost;
			return true;
		},
		retryAfter(key, now = Date.now()) {
			const b = buckets.get(key);
			return !b || now >= b.refillAt || b.tokens > 0 ? 0 : Math.ceil((b.refillAt - now) / 1000);
		},
		reset(key) {
			buckets.delete(key);
		}
	};
}
