/** The part of autocannon 9's programmatic API the benchmarks use (the package ships no types). */
declare module 'autocannon' {
	interface Request {
		method?: string;
		path: string;
		headers?: Record<string, string>;
	}
	interface Options {
		url: string;
		connections?: number;
		duration?: number;
		/** Seconds before a request counts as a timeout. */
		timeout?: number;
		headers?: Record<string, string>;
		requests?: Request[];
	}
	interface Histogram {
		average: number;
		mean: number;
		stddev: number;
		min: number;
		max: number;
		total: number;
		p50: number;
		p90: number;
		p99: number;
	}
	interface Result {
		requests: Histogram;
		latency: Histogram;
		throughput: Histogram;
		errors: number;
		timeouts: number;
		non2xx: number;
		resets: number;
		statusCodeStats: Record<string, { count: number }>;
		duration: number;
	}
	function autocannon(options: Options): Promise<Result>;
	export default autocannon;
}
