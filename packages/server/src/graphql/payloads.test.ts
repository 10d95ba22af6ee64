// Every field of every payload resolves, for each kind of caller that gets one: each operation is
// asked for every field its result type has (three object levels deep), with real arguments that
// succeed, and must answer without an error. signIn once failed at signIn.viewer.trust.
import {
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { introspect } from "../test/operations.js";
import { startTestServer, type Caller, type TestServer } from "../test/server.js";
import { invite, tokenOf } from "../test/invitations.js";

let server: TestServer;
let t: TrustFixture;
let schema: GraphQLSchema;

/** Every field of a type that takes no required argument, objects followed `depth` levels down. */
function everyField(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) return [];
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (isObjectType(named) && depth > 0) return [`${field.name} { ${everyField(named, depth - 1)} }`];
    return [];
  });
  return fields.length ? fields.join(" ") : "__typename";
}

/** The operation asking for every field of this root field's result, `depth` object levels down. */
function whole(root: "Query" | "Mutation", field: string, args: string, declarations = "", depth = 3): string {
  const type = (root === "Query" ? schema.getQueryType() : schema.getMutationType())!.getFields()[field]!.type;
  const named = getNamedType(type);
  const selection = isObjectType(named) ? ` { ${everyField(named, depth)} }` : "";
  return `${root.toLowerCase()}${declarations} { ${field}${args}${selection} }`;
}

async function ask(query: string, variables: Record<string, unknown>, caller: Caller = {}) {
  const res = await server.gql(query, variables, caller);
  expect(res.errors, query).toBeUndefined();
  expect(res.status).toBe(200);
  return res;
}

beforeAll(async () => {
  server = await startTestServer();
  t = await buildTrust(server.db, "payloads");
  schema = await introspect(server, { apiKey: t.apiKey });
});
afterAll(() => server?.close());

const admins = () => [
  { name: "trust admin", ...t.trustAdmin, role: "TRUST_ADMIN", school: null as string | null },
  { name: "school admin", ...t.schoolAdmin, role: "SCHOOL_ADMIN", school: t.schoolAdmin.schoolId as string | null },
];

describe("every payload read whole", () => {
  it("signIn answers its viewer with trust and school, for a trust admin and a school admin", async () => {
    const q = whole("Mutation", "signIn", "(email: $e, password: $p)", "($e: String!, $p: String!)");
    for (const admin of admins()) {
      const res = await ask(q, { e: admin.email, p: admin.password });
      const { viewer, errors } = res.data!.signIn;
      expect(errors, admin.name).toEqual([]);
      expect(viewer, admin.name).toMatchObject({ email: admin.email, role: admin.role, trust: { id: t.trust.id, slug: t.trust.slug } });
      expect(viewer.school?.id ?? null, admin.name).toBe(admin.school);
      // The session it set works at once.
      const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
      expect((await ask(`{ viewer { email } }`, {}, { cookie })).data!.viewer.email).toBe(admin.email);
    }
  });

  it("signIn with a wrong password answers a null viewer and one vague error", async () => {
    const q = whole("Mutation", "signIn", "(email: $e, password: $p)", "($e: String!, $p: String!)");
    const res = await ask(q, { e: t.trustAdmin.email, p: "not-the-password" });
    expect(res.data!.signIn.viewer).toBeNull();
    expect(res.data!.signIn.errors).toHaveLength(1);
  });

  it("viewer answers whole for every kind of caller", async () => {
    const callers: [string, Caller][] = [
      ["trust admin", { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) }],
      ["school admin", { cookie: await server.signIn(t.schoolAdmin.email, t.schoolAdmin.password) }],
      ["write key", { apiKey: t.apiKey }],
      ["read-only key", { apiKey: t.readOnlyKey }],
    ];
    for (const [name, caller] of callers) {
      const res = await ask(whole("Query", "viewer", ""), {}, caller);
      expect(res.data!.viewer.trust.id, name).toBe(t.trust.id);
    }
  });

  it("inviteStaff, upsertStaff, resend and cancel answer whole for every caller who may call them", async () => {
    // Two levels: three under a list of up to 100 invitations is past the cost limit (cost.ts); the
    // invitation it made is then read three levels deep on its own.
    const inviteQ = whole("Mutation", "inviteStaff", "(input: $input)", "($input: InviteStaffInput!)", 2);
    const oneQ = whole("Query", "invitation", "(id: $id)", "($id: ID!)");
    const upsertQ = whole("Mutation", "upsertStaff", "(input: $input)", "($input: [StaffInput!]!)");
    const resendQ = whole("Mutation", "resendInvitations", "(selection: $s)", "($s: InvitationSelection!)");
    const cancelQ = whole("Mutation", "cancelInvitations", "(selection: $s)", "($s: InvitationSelection!)");
    const own = t.staff.filter((s) => s.schoolId === t.schoolAdmin.schoolId);
    const callers: [string, Caller, string][] = [
      ["trust admin", { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) }, own[1]!.id],
      ["school admin", { cookie: await server.signIn(t.schoolAdmin.email, t.schoolAdmin.password) }, own[2]!.id],
      ["write key", { apiKey: t.apiKey }, own[3]!.id],
    ];
    for (const [name, caller, staffId] of callers) {
      const invited = await ask(inviteQ, { input: { staffIds: [staffId], items: [{ productId: t.mis.id, schoolIds: [t.schoolAdmin.schoolId] }], roleCode: "teacher", returnLinks: true } }, caller);
      const payload = invited.data!.inviteStaff;
      expect(payload.errors, name).toEqual([]);
      expect(payload.invitations, name).toHaveLength(1);
      expect(payload.links, name).toHaveLength(1);
      const read = await ask(oneQ, { id: payload.invitations[0].id }, caller);
      expect(read.data!.invitation.items[0], name).toMatchObject({ viewerCanManage: true, product: { code: "MIS" }, school: { id: t.schoolAdmin.schoolId } });
      const upserted = await ask(upsertQ, { input: [{ schoolId: t.schoolAdmin.schoolId, misId: `P-${name}`, firstName: "Pat", lastName: "Payload", email: `pat.${name.replace(/ /g, "")}@payloads.sch.uk` }] }, caller);
      expect(upserted.data!.upsertStaff, name).toMatchObject({ created: 1, errors: [] });
      const resent = await ask(resendQ, { s: { ids: [payload.invitations[0].id] } }, caller);
      expect(resent.data!.resendInvitations, name).toEqual({ count: 1, errors: [] });
      const cancelled = await ask(cancelQ, { s: { ids: [payload.invitations[0].id] } }, caller);
      expect(cancelled.data!.cancelInvitations, name).toEqual({ count: 1, errors: [] });
    }
  });

  it("createApiKey, revokeApiKey and revokeAccess answer whole for a trust admin", async () => {
    const cookie = await server.signIn(t.trustAdmin.email, t.trustAdmin.password);
    const created = await ask(whole("Mutation", "createApiKey", "(name: $n)", "($n: String!)"), { n: "Payload key" }, { cookie });
    expect(created.data!.createApiKey).toMatchObject({ apiKey: { name: "Payload key", readOnly: false, revokedAt: null }, errors: [] });
    expect(created.data!.createApiKey.secret).toEqual(expect.any(String));
    const revoked = await ask(whole("Mutation", "revokeApiKey", "(id: $id)", "($id: ID!)"), { id: created.data!.createApiKey.apiKey.id }, { cookie });
    expect(revoked.data!.revokeApiKey).toEqual({ count: 1, errors: [] });
    const access = await ask(`{ users(first: 1) { edges { node { accesses { id } } } } }`, {}, { cookie });
    const accessId = access.data!.users.edges[0].node.accesses[0].id;
    const ended = await ask(whole("Mutation", "revokeAccess", "(accessId: $id)", "($id: ID!)"), { id: accessId }, { cookie });
    expect(ended.data!.revokeAccess).toEqual({ count: 1, errors: [] });
  });

  it("acceptInvitation, declineInvitation and signInUser answer whole for an invitee without credentials", async () => {
    const admin = { apiKey: t.apiKey };
    const people = t.staff.filter((s) => s.schoolId === t.schools[1]!.id);
    const { links } = await invite(server, admin, { staffIds: [people[0]!.id, people[1]!.id], items: [{ productId: t.mis.id, schoolIds: [t.schools[1]!.id] }], roleCode: "teacher", returnLinks: true });
    const declare = "($token: String!, $f: String, $l: String, $p: String)";
    const accepted = await ask(whole("Mutation", "acceptInvitation", "(token: $token, firstName: $f, lastName: $l, password: $p)", declare), {
      token: tokenOf(links[0]!.url), f: "Ann", l: "Accepts", p: "a long enough passphrase 42",
    });
    expect(accepted.data!.acceptInvitation).toMatchObject({ invitation: { state: "ACCEPTED" }, user: { email: links[0]!.email }, errors: [] });
    expect(accepted.data!.acceptInvitation.user.accesses.map((a: { product: { code: string } }) => a.product.code)).toEqual(["MIS"]);
    const declined = await ask(whole("Mutation", "declineInvitation", "(token: $token)", "($token: String!)"), { token: tokenOf(links[1]!.url) });
    expect(declined.data!.declineInvitation).toMatchObject({ invitation: { state: "DECLINED" }, errors: [] });
    const signedIn = await ask(whole("Mutation", "signInUser", "(email: $e, password: $p)", "($e: String!, $p: String!)"), { e: links[0]!.email, p: "a long enough passphrase 42" });
    expect(signedIn.data!.signInUser).toMatchObject({ user: { email: links[0]!.email }, errors: [] });
  });
});
