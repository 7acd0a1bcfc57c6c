import { z } from 'zod';

/**
 * Every schema imports zod from here, so zod's own messages (for checks without a message of
 * ours, e.g. a wrong JSON type) are Danish too.
 */
z.config(z.locales.da());

export { z };
