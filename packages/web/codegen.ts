import { existsSync } from "node:fs";
import type { CodegenConfig } from "@graphql-codegen/cli";

// The server prints its schema to packages/server/schema.graphql; until it exists,
// generate against the agreed contract (a subset the server must honour).
const serverSchema = "../server/schema.graphql";
const contract = "/work/shared/contract.graphql";
const schema = existsSync(serverSchema) ? serverSchema : contract;

const config: CodegenConfig = {
  schema,
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
