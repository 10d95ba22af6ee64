// CSV imports through HTTP and GraphQL (rules 11 and 12): the whole file checked before
// anything happens, a preview, one-transaction approval through inviteStaff's write path,
// the error file, the round trip from the export, and who sees which import.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareTallies } from "../modules/invitation/invitation-tally.js";
import { apiGet, csvRows } from "../test/api-get.js";
import { buildTrust, type TrustFixture } from "../test/fixtures.js";
import { startTestServer, type Caller, type TestServer } from "../test/server.js";
import { startSmtp } from "../test/smtp.js";

let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let t: TrustFixture;
let other: TrustFixture;
let admin: Caller;
let head: Caller;
let otherAdmin: Caller;

const HEADER = "email,first_name,last_name,school_urn,product_code,role_code,cohort_code,expires_at,external_id";
const IMPORT_FIELDS =
  "id kind filename status rowCount errorCount createdAt uploadedBy preview { create update unchanged skipped } errors(first: 100) { row column value message } skippedRows(first: 100) { row email productCode schoolUrn reason message } updatedRows(first: 100) { row email productCode schoolUrn changed }";

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL: "https://lanyard.example.org" });
  t = await buildTrust(server.db, "imports", { staffPerSchool: 6 });
  other = await buildTrust(server.db, "imports-other");
  admin = { cookie: await server.signIn(t.trustAdmin.email, t.trustAdmin.password) };
  head = { cookie: await server.signIn(t.schoolAdmin.email, t.schoolAdmin.password) };
  otherAdmin = { cookie: await server.signIn(other.trustAdmin.email, other.trustAdmin.password) };
});
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

const rows = (sql: string, params: unknown[] = []) => server.db.dataSource.query(sql, params) as Promise<Record<string, any>[]>;
const count = async (sql: string, params: unknown[] = []) => Number((await rows(sql, params))[0]!.n);
/** An import's stored rows with their planned actions, as its pages hold them. */
const plannedRows = async (importId: string) => {
  const pages = await rows("SELECT first_row, actions FROM import_page WHERE import_id = ? ORDER BY first_row", [importId]);
  return pages.flatMap((p) => (JSON.parse(p.actions ?? "[]") as [string, string | null][]).map(([action, reason], i) => ({ row: Number(p.first_row) + i, action, reason })));
};

async function upload(caller: Caller, body: string | Buffer, { kind = "INVITATIONS", filename = "people.csv", type = "text/csv" } = {}) {
  // A browser upload says it comes from Lanyard's own page (same-origin.ts).
  const headers: Record<string, string> = { "content-type": type, origin: server.url };
  if (caller.apiKey) headers.authorization = `Bearer ${caller.apiKey}`;
  if (caller.cookie) headers.cookie = caller.cookie;
  const response = await fetch(`${server.url}/api/imports?kind=${kind}&filename=${encodeURIComponent(filename)}`, { method: "POST", headers, body });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const getImport = async (id: string, caller: Caller = admin) => {
  const res = await server.gql(`query($id: ID!) { import(id: $id) { ${IMPORT_FIELDS} } }`, { id }, caller);
  expect(res.errors).toBeUndefined();
  return res.data!.import;
};
const approve = (id: string, caller: Caller = admin, sendAt?: string) =>
  server.gql(`mutation($id: ID!, $at: DateTime) { approveImport(id: $id, sendAt: $at) { import { id status preview { create update unchanged skipped } } errors { code message } } }`, { id, at: sendAt ?? null }, caller).then((r) => {
    expect(r.errors).toBeUndefined();
    return r.data!.approveImport;
  });
const reject = (id: string, caller: Caller = admin) =>
  server.gql(`mutation($id: ID!) { rejectImport(id: $id) { import { id status } errors { code message } } }`, { id }, caller).then((r) => r.data!.rejectImport);

const staffAt = (school: number, i: number) => t.staff.filter((s) => s.schoolId === t.schools[school]!.id)[i]!;
const urn = (school: number) => t.schools[school]!.urn;

describe("imports (rule 11)", () => {
  it("rule 11: a good file is READY with a preview, approving creates the invitations and the emails arrive", async () => {
    const a = staffAt(1, 0);
    const b = staffAt(1, 1);
    const file = [
      HEADER,
      `${a.email},${a.firstName},${a.lastName},${urn(1)},MIS,teacher,2026,,${a.misId}`,
      `${a.email},${a.firstName},${a.lastName},,HR,viewer,,2030-06-30 17:00:00,`,
      `${b.email},${b.firstName},${b.lastName},${urn(1)},mis,Admin,,2030-06-30T17:00:00Z,`,
      `new.person@example.org,New,Person,,HR,viewer,,,`,
      // The member already has MIS at the first school: skipped as a bulk invite's dry run says.
      `${t.member.email},,,${urn(0)},MIS,teacher,,,`,
    ].join("\n");
    const res = await upload(admin, file, { filename: "autumn.csv" });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), status: "READY", rowCount: 5, errorCount: 0 });
    const id = res.body.id as string;
    const before = await count("SELECT COUNT(*) AS n FROM invitation WHERE trust_id = ?", [t.trust.id]);
    const shown = await getImport(id);
    expect(shown).toMatchObject({ kind: "INVITATIONS", filename: "autumn.csv", status: "READY", rowCount: 5, errorCount: 0, errors: [] });
    expect(shown.preview).toEqual({ create: 4, update: 0, unchanged: 0, skipped: 1 });
    const skipped = (await plannedRows(id)).filter((r) => r.action === "SKIPPED");
    expect(skipped).toEqual([{ row: 6, action: "SKIPPED", reason: expect.stringMatching(/^ALREADY_HAS_ACCESS/) }]);
    // The preview lists each skipped row with where it is in the file and why, as a bulk invite's dry run says.
    expect(shown.skippedRows).toEqual([
      { row: 6, email: t.member.email, productCode: "MIS", schoolUrn: urn(0), reason: "ALREADY_HAS_ACCESS", message: expect.stringContaining("already has this access") },
    ]);
    expect(shown.uploadedBy).toBe(t.trustAdmin.email);
    // Nothing is created before approval.
    expect(await count("SELECT COUNT(*) AS n FROM invitation WHERE trust_id = ?", [t.trust.id])).toBe(before);

    const approved = await approve(id);
    expect(approved.errors).toEqual([]);
    expect(approved.import.status).toBe("COMMITTED");
    const created = await rows(
      "SELECT inv.email, inv.expires_at, it.product_id, it.cohort_id, r.code AS role FROM invitation inv JOIN invitation_item it ON it.invitation_id = inv.id JOIN product_role r ON r.id = it.role_id WHERE inv.trust_id = ? ORDER BY inv.email, r.code",
      [t.trust.id],
    );
    expect(created.map((c) => [c.email, c.role])).toEqual(
      [[a.email, "teacher"], [a.email, "viewer"], [b.email, "admin"], ["new.person@example.org", "viewer"]].sort((x, y) => x.join().localeCompare(y.join())),
    );
    expect(created.find((c) => c.email === a.email && c.role === "teacher")!.cohort_id).toBe(t.cohort.id);
    // a's MIS row and HR row have different expiries: two invitations; b has one.
    expect(await count("SELECT COUNT(*) AS n FROM invitation WHERE trust_id = ?", [t.trust.id])).toBe(before + 4);
    expect(await count("SELECT COUNT(*) AS n FROM email_message WHERE trust_id = ? AND kind = 'invitation'", [t.trust.id])).toBe(4);

    await server.work();
    const invitedTo = smtp.received.filter((m) => [a.email, b.email, "new.person@example.org"].some((e) => m.to.includes(e)));
    expect(invitedTo).toHaveLength(4);
    expect(invitedTo.every((m) => m.text.includes("https://lanyard.example.org/accept/"))).toBe(true);
    // The uploader hears that the check ended and that the commit did.
    const toAdmin = smtp.received.filter((m) => m.to.includes(t.trustAdmin.email)).map((m) => m.subject);
    expect(toAdmin).toEqual(expect.arrayContaining(["Your import autumn.csv is ready to approve", "Your import autumn.csv is committed"]));
    // Both emails link to the import's own screen (the web app's /imports/:id).
    for (const subject of ["Your import autumn.csv is ready to approve", "Your import autumn.csv is committed"]) {
      const mail = smtp.received.find((m) => m.to.includes(t.trustAdmin.email) && m.subject === subject)!;
      for (const part of [mail.html, mail.text]) expect(part).toContain(`https://lanyard.example.org/imports/${id}`);
    }
    const committed = smtp.received.find((m) => m.to.includes(t.trustAdmin.email) && m.subject === "Your import autumn.csv is committed")!;
    for (const part of [committed.html, committed.text]) {
      expect(part).toContain(t.trust.name);
      expect(part).toContain("4 created, 0 updated, 0 unchanged, 1 skipped");
      expect(part).toContain(`https://lanyard.example.org/imports/${id}`);
    }

    // Approving twice is refused, and nothing is created twice.
    const again = await approve(id);
    expect(again.errors).toEqual([{ code: "IMPORT_COMMITTED", message: expect.stringContaining("approved already") }]);
    expect(await count("SELECT COUNT(*) AS n FROM invitation WHERE trust_id = ?", [t.trust.id])).toBe(before + 4);
  });

  it("rule 11: every bad row is reported with row, column, value and a fix, and nothing is created", async () => {
    const a = staffAt(1, 2);
    const file = [
      HEADER,
      `not-an-email,A,B,${urn(1)},MIS,teacher,,,`,
      `bad1@example.org,A,B,999999,MIS,teacher,,,`,
      `bad2@example.org,A,B,${urn(1)},NOPE,teacher,,,`,
      `bad3@example.org,A,B,${urn(1)},MIS,viewer,,,`,
      `bad4@example.org,A,B,${urn(2)},MIS,teacher,,,`,
      `bad5@example.org,A,B,,MIS,teacher,,,`,
      `bad6@example.org,A,B,${urn(1)},HR,viewer,,,`,
      `bad7@example.org,A,B,${urn(1)},MIS,teacher,1999,,`,
      `bad8@example.org,A,B,${urn(1)},MIS,teacher,,2001-01-01 00:00:00,`,
      `bad9@example.org,A,B,${urn(1)},MIS,teacher,,31/12/2030,`,
      `${a.email},A,B,${urn(0)},MIS,teacher,,,`,
      `${a.email},A,B,${urn(0)},MIS,admin,,,`,
      `,A,B,${urn(1)},MIS,,,,`,
    ].join("\r\n");
    const before = await count("SELECT COUNT(*) AS n FROM invitation WHERE trust_id = ?", [t.trust.id]);
    const res = await upload(admin, file);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: "INVALID", rowCount: 13 });
    const shown = await getImport(res.body.id);
    expect(shown.preview).toBeNull();
    const errors = shown.errors as { row: number; column: string | null; value: string | null; message: string }[];
    const at = (row: number) => errors.filter((e) => e.row === row);
    expect(at(2)).toEqual([{ row: 2, column: "email", value: "not-an-email", message: expect.stringContaining("is not an email address") }]);
    expect(at(3)).toEqual([{ row: 3, column: "school_urn", value: "999999", message: expect.stringContaining("No school with URN 999999") }]);
    expect(at(4)).toEqual([{ row: 4, column: "product_code", value: "NOPE", message: expect.stringMatching(/No product has the code "NOPE" in your trust: use one of (MIS, HR|HR, MIS)/) }]);
    expect(at(5)).toEqual([{ row: 5, column: "role_code", value: "viewer", message: expect.stringMatching(/has no role "viewer": use one of (admin, teacher|teacher, admin)/) }]);
    expect(at(6)).toEqual([{ row: 6, column: "school_urn", value: urn(2), message: expect.stringContaining("no active subscription") }]);
    expect(at(7)).toEqual([{ row: 7, column: "school_urn", value: null, message: expect.stringContaining("school by school") }]);
    expect(at(8)).toEqual([{ row: 8, column: "school_urn", value: urn(1), message: expect.stringContaining("trust-wide product: leave school_urn empty") }]);
    expect(at(9)).toEqual([{ row: 9, column: "cohort_code", value: "1999", message: expect.stringContaining("use one of 2026") }]);
    expect(at(10)).toEqual([{ row: 10, column: "expires_at", value: "2001-01-01 00:00:00", message: expect.stringContaining("has passed") }]);
    expect(at(11)).toEqual([{ row: 11, column: "expires_at", value: "31/12/2030", message: expect.stringContaining("YYYY-MM-DD HH:MM:SS") }]);
    expect(at(12)).toEqual([]);
    expect(at(13)).toEqual([{ row: 13, column: null, value: null, message: expect.stringContaining("Same as row 12") }]);
    expect(at(14).map((e) => e.column).sort()).toEqual(["email", "role_code"]);
    expect(shown.errorCount).toBe(errors.length);
    expect(await count("SELECT COUNT(*) AS n FROM invitation WHERE trust_id = ?", [t.trust.id])).toBe(before);

    // An invalid import can't be approved.
    const refused = await approve(res.body.id);
    expect(refused.errors[0]).toMatchObject({ code: "IMPORT_INVALID", message: expect.stringContaining("download the error file") });

    // The error file: the rows as uploaded with an `error` column.
    const file2 = await apiGet(server, `/api/imports/${res.body.id}/errors.csv`, admin);
    expect(file2.status).toBe(200);
    expect(file2.contentType).toBe("text/csv; charset=utf-8");
    const lines = file2.text.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(`${HEADER},error`);
    expect(lines).toHaveLength(14);
    expect(lines[1]).toContain(`"email: ""not-an-email"" is not an email address`);
    expect(lines[11]!.endsWith(",")).toBe(true);
  });

  it("rule 11: the error file neutralises formula cells", async () => {
    const res = await upload(admin, `${HEADER}\n=HYPERLINK(1),x,y,${urn(1)},MIS,teacher,,,\n`);
    expect(res.body.status).toBe("INVALID");
    const file = await apiGet(server, `/api/imports/${res.body.id}/errors.csv`, admin);
    const [, row] = file.text.split("\r\n");
    expect(row!.startsWith("'=HYPERLINK(1),x,y")).toBe(true);
    expect(row).toContain(`email: ""=HYPERLINK(1)"" is not an email address`);
  });

  it("rule 11: the error file gives back every row of a long file in order, each with its own errors", async () => {
    const lines = Array.from({ length: 450 }, (_, i) => (i === 298 ? `broken-${i},,,,HR,viewer,,,` : `long${i}@example.org,,,,HR,viewer,,,`));
    const res = await upload(admin, [HEADER, ...lines].join("\n"));
    expect(res.body).toMatchObject({ status: "INVALID", rowCount: 450, errorCount: 1 });
    expect((await getImport(res.body.id)).errors).toEqual([{ row: 300, column: "email", value: "broken-298", message: expect.any(String) }]);
    const file = (await apiGet(server, `/api/imports/${res.body.id}/errors.csv`, admin)).text.split("\r\n").filter(Boolean);
    expect(file).toHaveLength(451);
    expect(file[299]!.startsWith("broken-298,")).toBe(true);
    expect(file[299]).toContain("is not an email address");
    expect(file[450]).toBe("long449@example.org,,,,HR,viewer,,,,");
  });

  it("rule 11: wrong or missing headers are refused with 400 naming them and the expected ones", async () => {
    const res = await upload(admin, "email,firstname,surname,school_urn,product,role_code\nx@y.org,a,b,1,MIS,teacher\n");
    expect(res.status).toBe(400);
    expect(res.body.error).toContain("missing last_name, product_code");
    expect(res.body.error).toContain('unknown "surname", "product"');
    expect(res.body.error).toContain("Expected: email, first_name, last_name, school_urn, product_code, role_code, cohort_code, expires_at, external_id");
    expect((await upload(admin, "")).body.error).toContain("empty");
    expect((await upload(admin, "x", { kind: "PEOPLE" })).body.error).toContain("one of INVITATIONS, STAFF");
    const json = await upload(admin, JSON.stringify({ rows: [] }), { type: "application/json" });
    expect(json).toEqual({ status: 400, body: { error: "Send the CSV file itself as the request body, with Content-Type: text/csv (not application/json)." } });
  });

  it("rule 11: a binary file or one that isn't UTF-8 is refused with a clear 400", async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
    const res = await upload(admin, zip, { type: "application/octet-stream" });
    expect(res.status).toBe(400);
    expect(res.body.error).toContain("isn't CSV text");
    const latin1 = Buffer.concat([Buffer.from(`${HEADER}\nren`), Buffer.from([0xe9]), Buffer.from(`e@x.org,Ren,X,,HR,viewer,,,\n`)]);
    expect((await upload(admin, latin1)).body.error).toContain("CSV UTF-8");
  });

  it("rule 11: a file over 20 MB or over 100,000 rows is refused before anything is stored", async () => {
    const before = await count("SELECT COUNT(*) AS n FROM `import`");
    const line = `someone@example.org,First,Last,,HR,viewer,,,\n`;
    const big = `${HEADER}\n${line.repeat(Math.ceil((21 * 1024 * 1024) / line.length))}`;
    const large = await upload(admin, big);
    expect(large.status).toBe(400);
    expect(large.body.error).toContain("larger than 20 MB");
    const many = `${HEADER}\n${"a@b.org,,,,HR,viewer,,,\n".repeat(100_001)}`;
    const tooMany = await upload(admin, many);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toContain("more than 100,000 rows");
    expect(await count("SELECT COUNT(*) AS n FROM `import`")).toBe(before);
  });

  it("rule 11: a BOM, CRLF, odd header spacing and quoted cells with commas, quotes and newlines are read", async () => {
    const file = `\uFEFFEmail , First Name,LAST_NAME,School URN,product_code,role_code\r\n"quoted@example.org","Anne, ""Nan""","Smith\r\nJones",,HR,viewer\r\n\r\n`;
    const res = await upload(admin, file);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: "READY", rowCount: 1, errorCount: 0 });
    expect((await approve(res.body.id)).import.status).toBe("COMMITTED");
    const [inv] = await rows("SELECT first_name, last_name FROM invitation WHERE email = 'quoted@example.org'");
    // The quoted line break is read as part of the cell; a name's spaces and breaks are tidied to one space.
    expect(inv).toEqual({ first_name: 'Anne, "Nan"', last_name: "Smith Jones" });
  });

  it("rule 11: approving with sendAt schedules the invitations and their emails for that time", async () => {
    const res = await upload(admin, `${HEADER}\nlater@example.org,,,,HR,viewer,,,\n`);
    const approved = await approve(res.body.id, admin, "2030-03-02T08:00:00.000Z");
    expect(approved.import.status).toBe("COMMITTED");
    const [inv] = await rows("SELECT id, state FROM invitation WHERE email = 'later@example.org'");
    expect(inv!.state).toBe("SCHEDULED");
    const [mail] = await rows("SELECT next_attempt_at FROM email_message WHERE subject_id = ?", [inv!.id]);
    const at = mail!.next_attempt_at instanceof Date ? mail!.next_attempt_at : new Date(`${String(mail!.next_attempt_at).replace(" ", "T")}Z`);
    expect(at.toISOString()).toBe("2030-03-02T08:00:00.000Z");
  });

  it("rule 11: rejecting discards an import; a rejected one can't be approved", async () => {
    const res = await upload(admin, `${HEADER}\nrejected@example.org,,,,HR,viewer,,,\n`);
    expect((await reject(res.body.id)).import.status).toBe("REJECTED");
    expect(await count("SELECT COUNT(*) AS n FROM import_page WHERE import_id = ?", [res.body.id])).toBe(0);
    const refused = await approve(res.body.id);
    expect(refused.errors[0]).toMatchObject({ code: "IMPORT_REJECTED", message: expect.stringContaining("rejected") });
    expect(await count("SELECT COUNT(*) AS n FROM invitation WHERE email = 'rejected@example.org'")).toBe(0);
  });

  it("rule 11: an import whose rows stopped being valid after the preview fails whole, with a clear message", async () => {
    const person = staffAt(1, 4);
    const res = await upload(admin, `${HEADER}\n${person.email},,,${urn(1)},MIS,teacher,,,\nlate@example.org,,,,HR,viewer,,,\n`);
    expect(res.body.status).toBe("READY");
    // The school's subscription ends between the preview and the approval.
    await rows("UPDATE subscription SET ends_at = ? WHERE school_id = ? AND product_id = ?", ["2020-01-01 00:00:00.000", t.schools[1]!.id, t.mis.id]);
    try {
      const failed = await approve(res.body.id);
      expect(failed.import.status).toBe("FAILED");
      expect(failed.errors).toEqual([{ code: "IMPORT_FAILED", message: expect.stringContaining("row 2: ") }]);
      expect(failed.errors[0].message).toContain("no active subscription");
      expect(await count("SELECT COUNT(*) AS n FROM invitation WHERE email = 'late@example.org'")).toBe(0);
    } finally {
      await rows("UPDATE subscription SET ends_at = NULL WHERE school_id = ? AND product_id = ?", [t.schools[1]!.id, t.mis.id]);
    }
  });

  it("rule 11: two approvals at once commit once", async () => {
    const file = [HEADER, ...Array.from({ length: 30 }, (_, i) => `race${i}@example.org,,,,HR,viewer,,,`)].join("\n");
    const res = await upload(admin, file);
    const results = await Promise.all([approve(res.body.id), approve(res.body.id), approve(res.body.id)]);
    expect(results.filter((r) => r.errors.length === 0)).toHaveLength(1);
    expect(results.filter((r) => r.errors.length === 1).every((r) => r.errors[0].code === "IMPORT_APPROVED" || r.errors[0].code === "IMPORT_COMMITTED")).toBe(true);
    expect(await count("SELECT COUNT(*) AS n FROM invitation WHERE email LIKE 'race%@example.org'")).toBe(30);
  });

  it("rule 11: a read-only key may not import; a write key may", async () => {
    expect((await upload({ apiKey: t.readOnlyKey }, `${HEADER}\n`)).status).toBe(403);
    expect((await upload({}, `${HEADER}\n`)).status).toBe(401);
    const res = await upload({ apiKey: t.apiKey }, `${HEADER}\nkeyed@example.org,,,,HR,viewer,,,\n`);
    expect(res.status).toBe(201);
    expect((await approve(res.body.id, { apiKey: t.apiKey })).import.status).toBe("COMMITTED");
    // The history names the key that uploaded it.
    expect((await getImport(res.body.id)).uploadedBy).toBe("API key MIS sync");
  });

  it("rule 11: a school admin imports only for their school, and sees only their school's imports", async () => {
    const mine = staffAt(0, 3);
    const file = [HEADER, `${mine.email},,,${urn(0)},MIS,teacher,,,`, `${mine.email},,,${urn(1)},MIS,teacher,,,`, `${mine.email},,,,HR,viewer,,,`].join("\n");
    const res = await upload(head, file);
    const shown = await getImport(res.body.id, head);
    expect(shown.status).toBe("INVALID");
    expect(shown.errors).toEqual([
      { row: 3, column: "school_urn", value: urn(1), message: expect.stringContaining("You can import only for") },
      { row: 4, column: "product_code", value: "HR", message: expect.stringContaining("managed by the trust") },
    ]);
    // Someone not yet on the roster comes onto it with the file when it gives their MIS id and
    // names; without them, the row is skipped as a bulk invite skips them.
    const good = await upload(
      head,
      [HEADER, `${mine.email},,,${urn(0)},MIS,teacher,,,`, `newcomer@example.org,Nell,Newcomer,${urn(0)},MIS,teacher,,,MIS-NEW-1`, `stranger@example.org,,,${urn(0)},MIS,teacher,,,`].join("\n"),
    );
    expect(good.body.status).toBe("READY");
    expect((await getImport(good.body.id, head)).preview).toEqual({ create: 2, update: 0, unchanged: 0, skipped: 1 });
    const [skip] = (await plannedRows(good.body.id)).filter((r) => r.action === "SKIPPED");
    expect(skip!.reason).toMatch(/^NOT_ALLOWED/);
    expect((await approve(good.body.id, head)).import.status).toBe("COMMITTED");
    const [added] = await rows("SELECT id, school_id, first_name, last_name, email FROM staff WHERE mis_id = 'MIS-NEW-1'");
    expect(added).toMatchObject({ school_id: t.schools[0]!.id, first_name: "Nell", last_name: "Newcomer", email: "newcomer@example.org" });
    const [invited] = await rows("SELECT staff_id, school_id FROM invitation WHERE email = 'newcomer@example.org'");
    expect(invited).toEqual({ staff_id: added!.id, school_id: t.schools[0]!.id });
    expect(await count("SELECT COUNT(*) AS n FROM invitation WHERE email = 'stranger@example.org'")).toBe(0);

    // The trust admin's imports are not the school admin's; another trust's are nobody's here.
    const theirs = await upload(admin, `${HEADER}\nadmins@example.org,,,,HR,viewer,,,\n`);
    expect((await server.gql(`query($id: ID!) { import(id: $id) { id } }`, { id: theirs.body.id }, head)).data!.import).toBeNull();
    expect((await server.gql(`query($id: ID!) { import(id: $id) { id } }`, { id: theirs.body.id }, otherAdmin)).data!.import).toBeNull();
    expect((await approve(theirs.body.id, otherAdmin)).errors[0].code).toBe("NOT_FOUND");
    expect((await apiGet(server, `/api/imports/${theirs.body.id}/errors.csv`, otherAdmin)).status).toBe(404);
    const history = await server.gql(`{ imports(first: 100) { totalCount edges { node { id } } } }`, {}, head);
    const ids = history.data!.imports.edges.map((e: any) => e.node.id);
    expect(ids).toEqual([good.body.id, res.body.id]);
    expect(history.data!.imports.totalCount).toBe(2);
  });

  it("rule 11: a preview's skipped rows come in row order with their reasons, paged like its errors", async () => {
    // A school admin's file: two people on the roster, and between them 250 strangers (NOT_ALLOWED,
    // as a bulk invite's dry run says), spread over more than one stored page of rows.
    const lines = [HEADER, `${staffAt(0, 4).email},,,${urn(0)},MIS,teacher,,,`];
    for (let i = 0; i < 250; i++) lines.push(`stranger-${i}@example.org,,,${urn(0)},MIS,teacher,,,`);
    lines.push(`${staffAt(0, 5).email},,,${urn(0)},MIS,teacher,,,`);
    const res = await upload(head, lines.join("\n"), { filename: "skips.csv" });
    expect(res.body.status, JSON.stringify(res.body)).toBe("READY");
    const page = (after: string | null) =>
      server
        .gql(`query($id: ID!, $after: String) { import(id: $id) { uploadedBy preview { create skipped } skippedRows(first: 100, after: $after) { row email productCode schoolUrn reason message } } }`, { id: res.body.id, after }, head)
        .then((r) => {
          expect(r.errors).toBeUndefined();
          return r.data!.import;
        });
    const one = await page(null);
    expect(one.uploadedBy).toBe(t.schoolAdmin.email);
    expect(one.preview).toEqual({ create: 2, skipped: 250 });
    expect(one.skippedRows[0]).toEqual({
      row: 3,
      email: "stranger-0@example.org",
      productCode: "MIS",
      schoolUrn: urn(0),
      reason: "NOT_ALLOWED",
      message: expect.stringContaining("not on your school's roster"),
    });
    const all = [...one.skippedRows, ...(await page("100")).skippedRows, ...(await page("200")).skippedRows];
    expect(all.map((r: any) => r.row)).toEqual(Array.from({ length: 250 }, (_, i) => i + 3));
    expect(all.map((r: any) => r.email)).toEqual(Array.from({ length: 250 }, (_, i) => `stranger-${i}@example.org`));
    expect((await page("250")).skippedRows).toEqual([]);
    // A page larger than the bound is refused with how to fix it.
    const tooMany = await server.gql(`query($id: ID!) { import(id: $id) { skippedRows(first: 1000) { row } } }`, { id: res.body.id }, head);
    expect(tooMany.errors?.[0]?.message).toMatch(/between 1 and 100/);
    expect((await reject(res.body.id, head)).errors).toEqual([]);
    // An invalid file has no skipped rows to show.
    const bad = await upload(admin, `${HEADER}\nnot-an-email,,,,HR,viewer,,,\n`);
    expect((await getImport(bad.body.id)).skippedRows).toEqual([]);
  });

  it("rule 11: the import history is newest first, paged with full page info", async () => {
    const first = await server.gql(`{ imports(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id createdAt status } } } }`, {}, admin);
    const page = first.data!.imports;
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.totalCount).toBe(Number((await rows("SELECT COUNT(*) AS n FROM `import` WHERE trust_id = ?", [t.trust.id]))[0]!.n));
    const next = await server.gql(`query($after: String) { imports(first: 100, after: $after) { pageInfo { hasPreviousPage hasNextPage } edges { node { id createdAt } } } }`, { after: page.pageInfo.endCursor }, admin);
    const all = [...page.edges.map((e: any) => e.node), ...next.data!.imports.edges.map((e: any) => e.node)];
    expect(all).toHaveLength(page.totalCount);
    expect(next.data!.imports.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
    const times = all.map((n: any) => Date.parse(n.createdAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });

  it("rule 11: the history reads every import's problems in the same statements however many it lists; planned rows one import at a time", async () => {
    const QUERY = `query($first: Int) { imports(first: $first) { edges { node { id errorCount errors(first: 2) { row column message } } } } }`;
    await server.gql(QUERY, { first: 1 }, admin); // the session's first use is recorded
    const statements = async (first: number) => {
      const before = server.db.queries.statements;
      const res = await server.gql(QUERY, { first }, admin);
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.imports.edges.map((e: any) => e.node);
      for (const node of nodes) expect(node.errors).toHaveLength(Math.min(2, node.errorCount));
      return { count: server.db.queries.statements - before, withErrors: nodes.filter((n: any) => n.errorCount > 0).length };
    };
    const one = await statements(1);
    const all = await statements(100);
    expect(all.withErrors).toBeGreaterThan(1);
    expect(all.count).toBe(one.count);
    const across = await server.gql(`{ imports(first: 5) { edges { node { skippedRows { row } } } } }`, {}, admin);
    expect(across.errors?.[0]?.message).toMatch(/skippedRows is read one import at a time: ask for it on import\(id/);
  });
});

describe("the round trip (rule 12)", () => {
  it("rule 12: an exported list, edited and imported again, updates what changed and creates nothing twice", async () => {
    const exported = await apiGet(server, "/api/exports/invitations.csv?unresolved=true", admin);
    // Rows with quoted cells are left as they are: this test splits lines on commas.
    const [header, ...lines] = csvRows(exported.text);
    expect(header).toContain("invitation_id");
    const col = (name: string) => header!.indexOf(name);
    const teacherRow = lines.findIndex((l) => l.length === header!.length && l[col("product_code")] === "MIS" && l[col("role_code")] === "teacher");
    const hrRow = lines.findIndex((l) => l.length === header!.length && l[col("product_code")] === "HR" && l[col("first_name")] !== "");
    expect(teacherRow).toBeGreaterThanOrEqual(0);
    expect(hrRow).toBeGreaterThanOrEqual(0);
    const edited = lines.map((l) => [...l]);
    edited[teacherRow]![col("role_code")] = "admin";
    edited[hrRow]![col("expires_at")] = "2031-01-31 17:00:00";
    edited[hrRow]![col("first_name")] = "Renamed";
    const invitationsBefore = await count("SELECT COUNT(*) AS n FROM invitation WHERE trust_id = ?", [t.trust.id]);
    const itemsBefore = await count("SELECT COUNT(*) AS n FROM invitation_item WHERE trust_id = ?", [t.trust.id]);
    const file = [header!.join(","), ...edited.map((l) => l.join(","))].join("\r\n");
    const res = await upload(admin, file, { filename: "lanyard-invitations.csv" });
    expect(res.body, JSON.stringify(res.body)).toMatchObject({ status: "READY", errorCount: 0, rowCount: lines.length });
    const shown = await getImport(res.body.id);
    expect(shown.preview).toEqual({ create: 0, update: 2, unchanged: lines.length - 2, skipped: 0 });
    // The preview lists the two rows it changes, in row order, with what each changes.
    const changedRows = [
      { row: teacherRow + 2, email: edited[teacherRow]![col("email")], productCode: "MIS", schoolUrn: edited[teacherRow]![col("school_urn")] || null, changed: ["role"] },
      { row: hrRow + 2, email: edited[hrRow]![col("email")], productCode: "HR", schoolUrn: edited[hrRow]![col("school_urn")] || null, changed: ["expiry", "name"] },
    ].sort((x, y) => x.row - y.row);
    expect(shown.updatedRows).toEqual(changedRows);
    expect(shown.skippedRows).toEqual([]);
    expect((await approve(res.body.id)).import.status).toBe("COMMITTED");
    expect(await count("SELECT COUNT(*) AS n FROM invitation WHERE trust_id = ?", [t.trust.id])).toBe(invitationsBefore);
    expect(await count("SELECT COUNT(*) AS n FROM invitation_item WHERE trust_id = ?", [t.trust.id])).toBe(itemsBefore);
    const [hr] = await rows("SELECT first_name, expires_at FROM invitation WHERE id = ?", [edited[hrRow]![col("invitation_id")]]);
    expect(hr!.first_name).toBe("Renamed");
    const expiry = hr!.expires_at instanceof Date ? hr!.expires_at : new Date(`${String(hr!.expires_at).replace(" ", "T")}Z`);
    expect(expiry.toISOString()).toBe("2031-01-31T17:00:00.000Z");
    const roles = await rows("SELECT r.code FROM invitation_item it JOIN product_role r ON r.id = it.role_id WHERE it.invitation_id = ? AND it.product_id = ?", [edited[teacherRow]![col("invitation_id")], t.mis.id]);
    expect(roles.map((r) => r.code)).toContain("admin");
    const history = await rows("SELECT kind, detail FROM invitation_event WHERE invitation_id = ? AND kind = 'UPDATED'", [edited[hrRow]![col("invitation_id")]]);
    expect(history[0]!.detail).toContain("expiry, name changed by the import of lanyard-invitations.csv");
    // The counts the dashboard reads moved with the changed role, in the same transaction.
    const { kept, counted } = await compareTallies(server.db.dataSource.manager, server.db.dialect, t.trust.id);
    expect(kept).toEqual(counted);

    // The same file again: all unchanged (the re-upload creates nothing).
    const again = await upload(admin, file);
    expect((await getImport(again.body.id)).preview).toEqual({ create: 0, update: 0, unchanged: lines.length, skipped: 0 });
  });

  it("rule 12: a row without invitation_id for an open invitation is matched, not invited twice", async () => {
    const res = await upload(admin, `${HEADER}\nkeyed@example.org,Keyed,Person,,HR,viewer,,,\n`);
    expect((await getImport(res.body.id)).preview).toEqual({ create: 0, update: 1, unchanged: 0, skipped: 0 });
  });
});

describe("staff imports", () => {
  it("rule 11: a staff file creates, updates and leaves unchanged by (school, MIS id), deleting nobody", async () => {
    const kept = staffAt(1, 0);
    const changed = staffAt(1, 1);
    const rosterBefore = await count("SELECT COUNT(*) AS n FROM staff WHERE trust_id = ?", [t.trust.id]);
    const file = [
      "school_urn,mis_id,first_name,last_name,email,job_title",
      `${urn(1)},${kept.misId},${kept.firstName},${kept.lastName},${kept.email},${kept.jobTitle}`,
      `${urn(1)},${changed.misId},${changed.firstName},Married,${changed.email},Head of Year`,
      `${urn(1)},NEW001,Nia,Newcomer,nia@example.org,`,
    ].join("\n");
    const res = await upload(admin, file, { kind: "STAFF", filename: "roster.csv" });
    expect(res.body).toMatchObject({ status: "READY", rowCount: 3, errorCount: 0 });
    const shown = await getImport(res.body.id);
    expect(shown.preview).toEqual({ create: 1, update: 1, unchanged: 1, skipped: 0 });
    expect(shown.updatedRows).toEqual([{ row: 3, email: changed.email, productCode: null, schoolUrn: urn(1), changed: expect.arrayContaining(["last name"]) }]);
    expect((await approve(res.body.id)).import.status).toBe("COMMITTED");
    expect(await count("SELECT COUNT(*) AS n FROM staff WHERE trust_id = ?", [t.trust.id])).toBe(rosterBefore + 1);
    const [row] = await rows("SELECT last_name, job_title FROM staff WHERE id = ?", [changed.id]);
    expect(row).toEqual({ last_name: "Married", job_title: "Head of Year" });
  });

  it("rule 11: a staff file's bad rows: missing MIS id, the same MIS id twice at a school", async () => {
    const file = ["school_urn,mis_id,first_name,last_name,email", `${urn(1)},,A,B,a@example.org`, `${urn(1)},X1,A,B,a@example.org`, `${urn(1)},X1,C,D,c@example.org`, `123,X2,A,B,bad`].join("\n");
    const res = await upload(admin, file, { kind: "STAFF" });
    const shown = await getImport(res.body.id);
    expect(shown.status).toBe("INVALID");
    expect(shown.errors.map((e: any) => [e.row, e.column])).toEqual([[2, "mis_id"], [4, "mis_id"], [5, "school_urn"], [5, "email"]]);
    expect(shown.errors[1].message).toContain("Same as row 3");
  });

  it("rule 11: a staff file without the optional job_title column leaves job titles as they are", async () => {
    const person = staffAt(2, 0);
    const res = await upload(admin, `school_urn,mis_id,first_name,last_name,email\n${urn(2)},${person.misId},${person.firstName},${person.lastName},${person.email}\n`, { kind: "STAFF" });
    expect((await getImport(res.body.id)).preview).toEqual({ create: 0, update: 0, unchanged: 1, skipped: 0 });
  });
});
