// Imported first by index.ts: libraries that read NODE_ENV when they load (graphql-js drops its
// development-only checks in production) must see the same production setting as the app's config.
process.env.NODE_ENV = "production";
