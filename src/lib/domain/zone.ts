/** Every wall-clock time in the domain is Danish local time; summer time is handled by the zone. */
export const ZONE = 'Europe/Copenhagen';
