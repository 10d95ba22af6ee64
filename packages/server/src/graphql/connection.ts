import { Field, Int, type ClassType } from "type-graphql";
import { ObjectType } from "./object-type.js";

@ObjectType("PageInfo", { description: "Where a page sits in its list, as the Relay cursor connections spec has it." })
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field({ description: "false when paging forward from the start; true after a cursor" }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: "the first edge's cursor; null for an empty page" }) startCursor!: string | null;
  @Field(() => String, { nullable: true, description: "the last edge's cursor: pass it as `after` for the next page" }) endCursor!: string | null;
}

/** The cursor connection convention: `<Name>Connection` with `<Name>Edge`s. */
export function ConnectionType<Node extends object>(name: string, node: ClassType<Node>) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor!: string;
    @Field(() => node) node!: Node;
  }

  @ObjectType(`${name}Connection`)
  class Connection {
    @Field(() => [Edge]) edges!: Edge[];
    @Field(() => PageInfo) pageInfo!: PageInfo;
    @Field(() => Int) totalCount!: number;
  }
  return Connection;
}
