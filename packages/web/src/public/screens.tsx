import type { PublicPage, PublicPageMatch } from "@lanyard/shared";
import { lazy, Suspense, type ReactNode } from "react";
import { AcceptPage } from "../pages/Accept/AcceptPage";
import { SignInPage } from "../pages/SignIn/SignInPage";

type Params = Record<string, string | undefined>;

// The statement is long and rarely opened: it comes in its own chunk, so sign-in and accept don't carry it.
const AccessibilityPage = lazy(async () => ({ default: (await import("../pages/Accessibility/AccessibilityPage")).AccessibilityPage }));

/**
 * The screen for each public page (@lanyard/shared's PUBLIC_PAGES, which also tells the server to
 * answer those paths with this app). A page listed there without a screen here, or the other way
 * round, fails the typecheck. Sign-in has no return address here: a session that ends inside the
 * admin app shows sign-in within it.
 *
 * The pages come in the app's one chunk rather than one chunk each: a page's own chunk could only
 * be requested once the entry script has run (public.html serves every public page), and that
 * extra round trip cost the pages more time on slow 4G than the few KiB it saved (`pnpm bench:web`).
 */
const SCREENS = {
  "/sign-in": () => <SignInPage />,
  "/accept/:token": ({ token }) => <AcceptPage token={token ?? ""} />,
  "/accessibility": () => (
    <Suspense fallback={null}>
      <AccessibilityPage />
    </Suspense>
  ),
} satisfies Record<PublicPage, (params: Params) => ReactNode>;

export function publicScreen({ page, params }: PublicPageMatch): ReactNode {
  return SCREENS[page](params);
}
