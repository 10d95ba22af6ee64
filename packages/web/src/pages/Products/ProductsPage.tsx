import { useQuery } from "@apollo/client/react";
import { SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconPackages } from "@tabler/icons-react";
import { errorMessage } from "../../features/api/errors";
import { ProductCard } from "../../features/products/ProductCard";
import { graphql } from "../../gql";
import { EmptyState } from "../../ui/EmptyState";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageHeader } from "../../ui/PageHeader";
import { Panel } from "../../ui/Panel";

const ProductsPageQuery = graphql(`
  query ProductsPage {
    products {
      id
      name
      level
      ...ProductCard_product
    }
  }
`);

const SECTIONS = [
  {
    level: "TRUST",
    title: "Trust-wide products",
    description: "One for the whole trust, such as HR or finance: access isn't tied to a school.",
  },
  {
    level: "SCHOOL",
    title: "School products",
    description: "Given school by school, where the school has an active subscription.",
  },
] as const;

export function ProductsPage() {
  const { data, error, loading, refetch } = useQuery(ProductsPageQuery);

  return (
    <>
      <PageHeader
        title="Products"
        description="The apps your trust pays for, the roles people can hold in each, and any cohorts (programme intakes) an invitation can name."
      />
      {error ? (
        <ErrorAlert title="Products couldn't be loaded" message={errorMessage(error)} onRetry={() => void refetch()} />
      ) : loading || !data ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" aria-busy="true" aria-label="Loading">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} height={260} radius="md" />
          ))}
        </SimpleGrid>
      ) : data.products.length === 0 ? (
        <Panel>
          <EmptyState
            icon={<IconPackages size={24} stroke={1.6} />}
            title="No products yet"
            description="Products appear here once your trust subscribes to them."
          />
        </Panel>
      ) : (
        <Stack gap="xl">
          {SECTIONS.map((section) => {
            const products = [...data.products]
              .filter((p) => p.level === section.level)
              .sort((a, b) => a.name.localeCompare(b.name));
            if (products.length === 0) return null;
            return (
              <Stack key={section.level} gap="sm" component="section" aria-label={section.title}>
                <Stack gap={2}>
                  <Title order={2} fz="lg">
                    {section.title}{" "}
                    <Text span c="dimmed" fw={400} fz="md">
                      {products.length}
                    </Text>
                  </Title>
                  <Text size="sm" c="dimmed">
                    {section.description}
                  </Text>
                </Stack>
                <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
                  {products.map((p) => (
                    <ProductCard key={p.id} product={p} />
                  ))}
                </SimpleGrid>
              </Stack>
            );
          })}
        </Stack>
      )}
    </>
  );
}
