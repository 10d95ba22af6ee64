import type { CodegenConfig } from "@graphql-codegen/cli";

// Types come from the schema the server prints (packages/server/schema.graphql, kept current by CI).

// The public pages (sign-in, an invitee's link) ship without a GraphQL client or the graphql
// runtime: their operations become plain strings with types (TypedDocumentString), sent by
// src/features/api/graphqlRequest.ts. Everything else goes through Apollo, with parsed documents.
const publicDocuments = ["src/pages/SignIn/**/*.{ts,tsx}", "src/pages/Accept/**/*.{ts,tsx}", "src/public/**/*.{ts,tsx}"];

const shared = {
  useTypeImports: true,
  enumsAsTypes: true,
  scalars: { DateTime: "string" },
  onlyOperationTypes: true,
  skipTypename: true,
};

const config: CodegenConfig = {
  schema: "../server/schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*", "!src/gql-public/**/*", ...publicDocuments.map((glob) => `!${glob}`)],
      preset: "client",
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: "getFragmentData" },
      },
      config: shared,
    },
    "./src/gql-public/": {
      documents: publicDocuments,
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { ...shared, documentMode: "string" },
    },
  },
  silent: true,
};

export default config;
