import { useQuery } from "@apollo/client/react";
import { Skeleton, Stack } from "@mantine/core";
import { errorMessage } from "../../features/api/errors";
import { useViewer, viewerSchool } from "../../features/session/viewer";
import { InviteProductFragment, InviteSchoolFragment } from "../../features/invite/inviteData";
import { getFragmentData, graphql } from "../../gql";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageHeader } from "../../ui/PageHeader";
import { InviteWizard } from "./InviteWizard";

export const InvitePageQuery = graphql(`
  query InvitePage($schoolCount: Int!) {
    trust {
      id
      defaultInviteExpiryDays
    }
    products {
      id
      ...InviteWizard_product
    }
    schools(first: $schoolCount) {
      edges {
        node {
          id
          ...InviteWizard_school
        }
      }
    }
  }
`);

// A trust has up to 100 schools (DESIGN.md: scale): the schools step lists them all, with their subscriptions.
const SCHOOL_COUNT = 100;

/** The invite wizard: product and role → people → schools → review → when. */
export function InvitePage() {
  const viewer = useViewer();
  const own = viewerSchool(viewer);
  const { data, error, refetch } = useQuery(InvitePageQuery, { variables: { schoolCount: SCHOOL_COUNT } });

  const header = (
    <PageHeader
      title="Invite staff"
      description={
        own
          ? `Give staff at ${own.name} access to your school's products. New people get a link to register; existing users get access or are asked to accept.`
          : "Give staff access to products, one person or hundreds across many schools at once. New people get a link to register; existing users get access or are asked to accept."
      }
    />
  );

  if (error) {
    return (
      <>
        {header}
        <ErrorAlert title="The wizard couldn't load" message={errorMessage(error)} onRetry={() => void refetch()} />
      </>
    );
  }
  if (!data) {
    return (
      <Stack gap={0}>
        {header}
        <Skeleton height={440} radius="md" aria-label="Loading" />
      </Stack>
    );
  }

  const products = getFragmentData(InviteProductFragment, data.products);
  const schools = getFragmentData(
    InviteSchoolFragment,
    data.schools.edges.map((e) => e.node),
  );
  // Without its subscriptions (not in the list) the school still limits the wizard; nothing shows as eligible.
  const ownSchool = own ? (schools.find((s) => s.id === own.id) ?? { ...own, urn: "", subscriptions: [] }) : null;

  return (
    <>
      {header}
      <InviteWizard
        // A school admin invites only to school-level products at their own school (rule 1).
        products={own ? products.filter((p) => p.level === "SCHOOL") : products}
        schools={schools}
        ownSchool={ownSchool}
        defaultExpiryDays={data.trust.defaultInviteExpiryDays}
      />
    </>
  );
}
