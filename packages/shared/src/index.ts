export * from "./enums.js";
export * from "./normalise.js";
export * from "./schemas.js";
export * from "./limits.js";
