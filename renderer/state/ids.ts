/** Fresh ids for things the user creates. Short, unique, readable in a diff. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().replaceAll('-', '').slice(0, 12)}`;
}
