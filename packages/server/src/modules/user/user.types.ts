import { Field, ID } from "type-graphql";
import { ObjectType } from "../../graphql/object-type.js";
import { ConnectionType } from "../../graphql/connection.js";

@ObjectType("User", { description: "A platform account: a person who has registered." })
export class UserObject {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() firstName!: string;
  @Field() lastName!: string;
}

export const UserConnection = ConnectionType("User", UserObject);
