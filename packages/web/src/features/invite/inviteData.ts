import { graphql } from "../../gql";
import type { InviteWizard_ProductFragment, InviteWizard_SchoolFragment } from "../../gql/graphql";

// What the wizard knows about products and schools; the page unmasks these once and passes plain objects down.
export const InviteProductFragment = graphql(`
  fragment InviteWizard_product on Product {
    id
    code
    name
    level
    acceptance
    roles {
      id
      code
      name
      description
    }
    cohorts {
      id
      name
    }
  }
`);

export const InviteSchoolFragment = graphql(`
  fragment InviteWizard_school on School {
    id
    name
    urn
    subscriptions {
      id
      active
      startsAt
      endsAt
      product {
        id
        name
      }
    }
  }
`);

export type InviteProduct = InviteWizard_ProductFragment;
export type InviteSchool = InviteWizard_SchoolFragment;

/** One mutation for the review's dry run and the real send: the same input, the same answer's shape. */
export const InviteStaffMutation = graphql(`
  mutation InviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      summary {
        invitations
        items
        newPeople
        existingUsers
        skipped
      }
      skipped {
        email
        productId
        schoolId
        reason
      }
      errors {
        code
        field
        message
      }
      invitations {
        id
        email
        firstName
        lastName
        state
        existingUser
        sendAt
        expiresAt
      }
      links {
        invitationId
        email
        url
      }
    }
  }
`);
