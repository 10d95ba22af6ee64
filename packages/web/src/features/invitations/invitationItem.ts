import { graphql } from "../../gql";

/**
 * What one item of an invitation gives: a role in a product, at a school (none: trust-wide). A
 * school admin sees an item outside their school as managed by the trust: its product, no more.
 */
export const InvitationItemFragment = graphql(`
  fragment InvitationItem_grant on InvitationItem {
    id
    viewerCanManage
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
