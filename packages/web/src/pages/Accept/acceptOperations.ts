import { graphql } from "../../gql-public";

// Everything here is public: the link's token is the only credential (plus the invitee's own sign-in).

export const AcceptPageQuery = graphql(`
  query AcceptPage($token: String!) {
    invitationByToken(token: $token) {
      status
      message
      trustName
      email
      firstName
      lastName
      items {
        productName
        roleName
        roleDescription
        schoolName
        cohortName
      }
      invitedBy
      expiresAt
      existingUser
    }
    currentUser {
      id
      email
      firstName
      lastName
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $firstName: String, $lastName: String, $password: String) {
    acceptInvitation(token: $token, firstName: $firstName, lastName: $lastName, password: $password) {
      user {
        id
        email
        firstName
        lastName
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const DeclineInvitationMutation = graphql(`
  mutation DeclineInvitation($token: String!) {
    declineInvitation(token: $token) {
      errors {
        code
        field
        message
      }
    }
  }
`);

export const SignInUserMutation = graphql(`
  mutation SignInUser($email: String!, $password: String!) {
    signInUser(email: $email, password: $password) {
      user {
        id
        email
      }
      errors {
        code
        message
      }
    }
  }
`);

export const SignOutUserMutation = graphql(`
  mutation SignOutUser {
    signOutUser
  }
`);
