import { embedColours } from '$lib/embed/options';
import type { LayoutServerLoad } from './$types';

/** The host's colours, if readable (otherwise the embed's own): see $lib/embed/options. */
export const load: LayoutServerLoad = ({ url }) => ({ colours: embedColours(url.searchParams).colours });
