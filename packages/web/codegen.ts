import type { CodegenConfig } from "@graphql-codegen/cli";

// Types come from the schema the server prints (packages/server/schema.graphql, kept current by CI).
const config: CodegenConfig = {
  schema: "../server/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  ignoreNoDocuments: true,
  generates: {
    "./src/gql/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: "getFragmentData" },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string" },
        onlyOperationTypes: true,
        skipTypename: true,
      },
    },
  },
  silent: true,
};

export default config;
