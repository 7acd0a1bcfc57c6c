import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../domain/audit.ts';
import { z } from './zod.ts';

/** The change log's filters, shared by the log page and the API. */
export const auditEntity = z.enum(AUDIT_ENTITIES, { error: 'Ukendt type' });
export const auditAction = z.enum(AUDIT_ACTIONS, { error: 'Ukendt handling' });
