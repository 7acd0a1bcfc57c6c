import type { ParamMatcher } from '@sveltejs/kit';
import { UUID } from '../lib/schemas/query.ts';

/** Ids of meetings, events and cases: a malformed one never reaches a loader (404). */
export const match = ((param: string): param is string => UUID.test(param)) satisfies ParamMatcher;
