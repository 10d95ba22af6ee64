import "reflect-metadata";
import { isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { plainFieldResolvers } from "./plain-field-resolvers.js";
import { lanyardSchema } from "./schema.js";

describe("plain field resolvers", () => {
  it("give the field resolvers on a list's hot path a direct call, with the row as it is", async () => {
    const schema = await lanyardSchema();
    const changed = plainFieldResolvers(schema);
    expect(changed).toEqual(expect.arrayContaining(["Invitation.items", "Invitation.school", "InvitationItem.product", "InvitationItem.role", "Staff.school"]));

    const itemType = schema.getType("InvitationItem");
    if (!isObjectType(itemType)) throw new Error("InvitationItem is not an object type");
    const product = { id: "p1", name: "MIS" };
    const context = { loaders: { product: { load: (id: string) => (id === "p1" ? product : null) } } };
    // A plain row, not an instance of the type's class: it reaches the resolver untouched.
    expect(itemType.getFields().product!.resolve!({ productId: "p1" }, {}, context, {} as never)).toBe(product);
  });
});
