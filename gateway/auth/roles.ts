/**
 * Roles and what each one includes: an admin may do everything, a supervisor everything an agent
 * may, an editor maintains the knowledge base. Principals carry their *effective* roles (the
 * inclusions already expanded), so a route only asks "does the caller have role X".
 */
import type { Role } from '../api/guard';

/** Every role, in the order the API lists them. */
export const ROLES = ['agent', 'supervisor', 'editor', 'admin'] as const satisfies readonly Role[];

const INCLUDES: Record<Role, readonly Role[]> = {
  admin: ROLES,
  supervisor: ['supervisor', 'agent'],
  editor: ['editor'],
  agent: ['agent'],
};

/** The roles `granted` amounts to, inclusions expanded, in {@link ROLES} order. */
export function effectiveRoles(granted: readonly Role[]): Role[] {
  const all = new Set(granted.flatMap((role) => INCLUDES[role]));
  return ROLES.filter((role) => all.has(role));
}

/** Roles both sets grant, effectively: a scoped API token never exceeds its account. */
export function intersectRoles(a: readonly Role[], b: readonly Role[]): Role[] {
  const other = new Set(effectiveRoles(b));
  return effectiveRoles(a).filter((role) => other.has(role));
}
