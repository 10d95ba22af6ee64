import { createContext, useContext, type ReactNode } from "react";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { ViewerContext_ViewerFragment } from "../../gql/graphql";

export const ViewerContextFragment = graphql(`
  fragment ViewerContext_viewer on Viewer {
    email
    role
    trust {
      id
      name
    }
    school {
      id
      name
    }
  }
`);

export type Viewer = ViewerContext_ViewerFragment;

const Context = createContext<Viewer | null>(null);

export function ViewerProvider({
  viewer,
  children,
}: {
  viewer: FragmentType<typeof ViewerContextFragment>;
  children: ReactNode;
}) {
  return <Context.Provider value={getFragmentData(ViewerContextFragment, viewer)}>{children}</Context.Provider>;
}

/** The signed-in administrator; only inside the signed-in layout. */
export function useViewer(): Viewer {
  const viewer = useContext(Context);
  if (!viewer) throw new Error("useViewer() is only available inside the signed-in layout");
  return viewer;
}

/** A school admin sees only their own school; the app says so and hides school pickers. */
export function viewerSchool(viewer: Viewer): { id: string; name: string } | null {
  return viewer.role === "SCHOOL_ADMIN" && viewer.school ? viewer.school : null;
}

export function roleLabel(viewer: Viewer): string {
  switch (viewer.role) {
    case "TRUST_ADMIN":
      return "Trust admin";
    case "SCHOOL_ADMIN":
      return "School admin";
    default:
      return "Signed in";
  }
}
