/**
 * Recognising a UUID. Ids are made with `uuid`'s v5 (name-based, RFC 9562):
 * see xapiStatements.ts. This test is our own because uuid's `validate` takes
 * only the versions and variant it knows, while xAPI and cmi5 accept any UUID
 * an LMS or LRS sends (a registration made by another system, say).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
