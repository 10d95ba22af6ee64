import { GraphQLScalarType, Kind } from "graphql";

function parseDate(value: unknown): Date {
  if (typeof value !== "string") throw new TypeError("DateTime must be an ISO-8601 string, e.g. 2026-11-24T09:30:00.000Z");
  const date = new Date(value);
  if (Number.isNaN(date.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value)) {
    throw new TypeError(`"${value}" is not a date and time: use ISO-8601, e.g. 2026-11-24T09:30:00.000Z`);
  }
  return date;
}

/** ISO-8601 in UTC, e.g. 2026-11-24T09:30:00.000Z */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: "DateTime",
  description: "ISO-8601 in UTC, e.g. 2026-11-24T09:30:00.000Z",
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new TypeError("DateTime cannot represent an invalid date");
    return date.toISOString();
  },
  parseValue: parseDate,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError("DateTime must be a string, e.g. \"2026-11-24T09:30:00.000Z\"");
    return parseDate(ast.value);
  },
});
