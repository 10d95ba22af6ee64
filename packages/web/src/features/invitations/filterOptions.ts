import { graphql } from "../../gql";

/** The choices the invitation filter pane offers: products with their roles and cohorts. */
export const InvitationFilterOptionsQuery = graphql(`
  query InvitationFilterOptions {
    products {
      id
      name
      roles {
        id
        name
      }
      cohorts {
        id
        name
      }
    }
  }
`);
