import { graphql } from "../../gql";

/** What one item of an invitation gives: a role in a product, at a school (none: trust-wide). */
export const InvitationItemFragment = graphql(`
  fragment InvitationItem_grant on InvitationItem {
    id
    product {
      id
      name
    }
    role {
      id
      name
    }
    school {
      id
      name
    }
  }
`);
