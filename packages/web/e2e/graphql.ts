import type { Page } from "playwright-core";
import { DEMO_ADMIN } from "./harness";

/** Signs in through the sign-in page, as a person would, and waits for the app. */
export async function signInAsAdmin(page: Page, who: { email: string; password: string } = DEMO_ADMIN) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("banner").getByText(who.email).waitFor();
}

/**
 * Calls /graphql from inside the page, with its session cookie and as a same-origin request, for a test's
 * set-up and look-ups (the journey itself goes through the screens). Throws on GraphQL errors.
 */
export async function graphqlIn<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        credentials: "same-origin",
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
    },
    { query, variables },
  );
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join("; ")}`);
  return body.data as T;
}
