import { Field, Int, type ClassType } from "type-graphql";
import { ObjectType } from "./object-type.js";

@ObjectType("PageInfo")
export class PageInfo {
  @Field() hasNextPage!: boolean;
  @Field(() => String, { nullable: true }) endCursor!: string | null;
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
