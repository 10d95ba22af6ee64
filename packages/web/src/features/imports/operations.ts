import type { ApolloCache } from "@apollo/client";
import { graphql } from "../../gql";

export const ImportStatusQuery = graphql(`
  query ImportStatus($id: ID!) {
    import(id: $id) {
      id
      kind
      filename
      status
      rowCount
      errorCount
      createdAt
      preview {
        create
        update
        unchanged
        skipped
      }
    }
  }
`);

export const ImportErrorsQuery = graphql(`
  query ImportErrors($id: ID!, $first: Int!, $after: String) {
    import(id: $id) {
      id
      errorCount
      errors(first: $first, after: $after) {
        row
        column
        value
        message
      }
    }
  }
`);

export const ImportSkippedRowsQuery = graphql(`
  query ImportSkippedRows($id: ID!, $first: Int!, $after: String) {
    import(id: $id) {
      id
      skippedRows(first: $first, after: $after) {
        row
        email
        productCode
        schoolUrn
        reason
        message
      }
    }
  }
`);

export const ImportUpdatedRowsQuery = graphql(`
  query ImportUpdatedRows($id: ID!, $first: Int!, $after: String) {
    import(id: $id) {
      id
      updatedRows(first: $first, after: $after) {
        row
        email
        productCode
        schoolUrn
        changed
      }
    }
  }
`);

export const ImportHistoryQuery = graphql(`
  query ImportHistory($first: Int!, $after: String) {
    imports(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...ConnectionPager_pageInfo
      }
      edges {
        node {
          id
          kind
          filename
          status
          rowCount
          errorCount
          createdAt
          uploadedBy
        }
      }
    }
  }
`);

export const ApproveImportMutation = graphql(`
  mutation ApproveImport($id: ID!, $sendAt: DateTime) {
    approveImport(id: $id, sendAt: $sendAt) {
      import {
        id
        status
        rowCount
        errorCount
        preview {
          create
          update
          unchanged
          skipped
        }
      }
      errors {
        code
        message
      }
    }
  }
`);

export const RejectImportMutation = graphql(`
  mutation RejectImport($id: ID!) {
    rejectImport(id: $id) {
      import {
        id
        status
      }
      errors {
        code
        message
      }
    }
  }
`);

// An approved import changes invitations, the roster, the outbox and the history: what was read before is stale.
const STALE_AFTER_APPROVE = ["imports", "invitations", "invitation", "schoolInvitationSummaries", "invitationStats", "emailMessages", "staff"];

export function forgetStaleAfterApprove(cache: ApolloCache) {
  for (const fieldName of STALE_AFTER_APPROVE) cache.evict({ id: "ROOT_QUERY", fieldName });
  cache.gc();
}

/** A new upload or a rejection: only the history is out of date. */
export function forgetImportHistory(cache: ApolloCache) {
  cache.evict({ id: "ROOT_QUERY", fieldName: "imports" });
  cache.gc();
}
