import { graphql } from "../../gql";

/** What both a mailbox row and the preview's heading say about an email: to whom, what, where it stands, when and how. */
export const EmailSummaryFragment = graphql(`
  fragment EmailSummary_message on EmailMessage {
    id
    toEmail
    toName
    subject
    kind
    delivery
    withdrawn
    lastError
    createdAt
    sentAt
    transport
  }
`);
