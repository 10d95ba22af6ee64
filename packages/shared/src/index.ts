export * from "./enums.js";
export * from "./normalise.js";
export * from "./rules.js";
export * from "./schemas.js";
export * from "./limits.js";
export * from "./publicPages.js";
export * from "./csv-formats.js";
export * from "./reports.js";
