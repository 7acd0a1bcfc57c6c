import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import { ROLES } from '$lib/domain/roles';
import { ROLE_LABEL } from '$lib/server/auth/access';
import { listUsers } from '$lib/server/users/repository';
import { changeUserRole, createUserAccount, setUserDisabled } from '$lib/server/users/service';
import { requirePageRole } from '$lib/server/http/guard';
import { email, newPassword, roleSchema } from '$lib/schemas/auth';
import { title } from '$lib/schemas/calendar';
import { auditTime } from '$lib/server/audit/view';
import { formAction } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

const userCreateSchema = z.object({
	email,
	name: title('Navnet'),
	unit: z.string().trim().max(200, { error: 'Enheden må højst være 200 tegn' }),
	role: roleSchema,
	password: newPassword
});
const userId = z.coerce.number().int().positive();

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'admin');
	const users = await listUsers(appDb());
	return {
		roles: ROLES.map((value) => ({ value, label: ROLE_LABEL[value] })),
		users: users.map((u) => ({
			id: u.id,
			email: u.email,
			name: u.name,
			unit: u.unit,
			role: u.role,
			disabled: u.disabled_at !== null,
			created: auditTime(u.created_at),
			me: u.id === viewer.userId
		}))
	};
};

export const actions: Actions = {
	create: formAction({
		role: 'admin',
		form: 'create',
		schema: userCreateSchema,
		// The password is never sent back to the page.
		keep: (v) => ({ ...v, password: '' }),
		run: (tx, input, { viewer }) => createUserAccount(tx, viewer, input),
		done: (user) => ({ saved: `Brugeren ${user.email} er oprettet.` })
	}),
	role: formAction({
		role: 'admin',
		form: (v) => `role-${v.id}`,
		schema: z.object({ id: userId, role: roleSchema }),
		invalid: () => ({ role: 'Vælg en rolle' }),
		run: (tx, input, { viewer }) => changeUserRole(tx, viewer, input.id, input.role),
		done: (user) => ({ saved: `${user.name} er nu ${ROLE_LABEL[user.role]}.` })
	}),
	disable: formAction({
		role: 'admin',
		form: (v) => `disable-${v.id}`,
		schema: z.object({ id: userId, disabled: z.string().optional().transform((d) => d === 'true') }),
		invalid: () => ({ form: 'Ukendt bruger' }),
		run: (tx, input, { viewer }) => setUserDisabled(tx, viewer, input.id, input.disabled),
		done: (user, { input }) => ({ saved: `${user.name} er ${input.disabled ? 'deaktiveret og logget ud' : 'genaktiveret'}.` })
	})
};
