import type { ParamMatcher } from '@sveltejs/kit';

/** Serial ids (closures, fixed items, templates, tokens, subscriptions): a positive integer within int4. */
export const match = ((param: string): param is string => /^[1-9][0-9]{0,8}$/.test(param)) satisfies ParamMatcher;
