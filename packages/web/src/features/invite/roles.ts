// Rule 3: one bulk invitation applies one role code to every product it names.

export interface RoleOption {
  code: string;
  /** What this code is called, and does, in each chosen product (names differ: "viewer" is "Employee" in HR). */
  perProduct: { productId: string; productName: string; roleName: string; description: string | null }[];
}

interface ProductWithRoles {
  id: string;
  name: string;
  roles: readonly { code: string; name: string; description: string | null }[];
}

/** The role codes every one of `products` has, in the first product's order; none for no products. */
export function commonRoles(products: readonly ProductWithRoles[]): RoleOption[] {
  const [first, ...rest] = products;
  if (!first) return [];
  return first.roles
    .filter((role) => rest.every((p) => p.roles.some((r) => r.code === role.code)))
    .map((role) => ({
      code: role.code,
      perProduct: products.map((p) => {
        const own = p.roles.find((r) => r.code === role.code)!;
        return { productId: p.id, productName: p.name, roleName: own.name, description: own.description };
      }),
    }));
}
