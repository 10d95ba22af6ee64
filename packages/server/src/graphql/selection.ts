import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

/**
 * Whether the query asks for a field at this path below the current one, e.g.
 * `selects(info, "edges", "node", "school")`, following fragments as the client wrote them.
 */
export function selects(info: GraphQLResolveInfo, ...path: string[]): boolean {
  const walk = (sets: SelectionSetNode[], depth: number): boolean => {
    if (depth === path.length) return true;
    const fields: FieldNode[] = [];
    const collect = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value === path[depth]) fields.push(selection);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          collect(selection.selectionSet);
        } else {
          const fragment = info.fragments[selection.name.value];
          if (fragment) collect(fragment.selectionSet);
        }
      }
    };
    sets.forEach(collect);
    if (fields.length === 0) return false;
    const next = fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
    return depth + 1 === path.length || walk(next, depth + 1);
  };
  return walk(info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])), 0);
}
