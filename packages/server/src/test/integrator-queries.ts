/** Pages of 100 an integrator asks for, each with its natural nested lists: all within the cost limit. */
export const INTEGRATOR_PAGES = {
  "schools with their subscriptions and products": `{
    schools(first: 100) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id urn name postcode subscriptions { id active startsAt endsAt product { id code name level } } } }
    }
  }`,
  "invitations with their items' product, role, school and cohort": `{
    invitations(first: 100) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id email firstName lastName state delivery createdAt expiresAt
        items { id product { id code name } role { id code name } school { id urn name } cohort { id code name } } } }
    }
  }`,
  "staff with their school and their account's accesses": `{
    staff(first: 100) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id misId firstName lastName email jobTitle school { id urn name }
        user { id email accesses { id grantedAt product { id code name } role { id code name } school { id urn name } } } } }
    }
  }`,
  "users with their accesses' product, role, school and cohort": `{
    users(first: 100) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id email firstName lastName
        accesses { id grantedAt revokedAt product { id code name } role { id code name } school { id urn name } cohort { id code name } } } }
    }
  }`,
} as const;

/** Ten aliased pages of 100 invitations with their items: refused by the cost limit. */
export const EXPENSIVE_QUERY = `{ ${Array.from(
  { length: 10 },
  (_, i) => `p${i}: invitations(first: 100) { edges { node { id email state items { product { id name } role { id name } school { id name } cohort { id name } } } } }`,
).join(" ")} }`;
