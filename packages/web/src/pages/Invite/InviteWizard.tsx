import { useApolloClient, useMutation } from "@apollo/client/react";
import { Box, Stack, Stepper } from "@mantine/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { errorMessage } from "../../features/api/errors";
import { chosenProducts, emptyDraft, needsSchools, toInviteInput, type InviteDraft } from "../../features/invite/draft";
import { parseEmailList } from "../../features/invite/emailList";
import { InviteStaffMutation, type InviteProduct, type InviteSchool } from "../../features/invite/inviteData";
import { InviteResult } from "../../features/invite/InviteResult";
import { PeopleStep } from "../../features/invite/PeopleStep";
import { ProductStep } from "../../features/invite/ProductStep";
import { ReviewStep } from "../../features/invite/ReviewStep";
import { commonRoles } from "../../features/invite/roles";
import { SchoolStep } from "../../features/invite/SchoolStep";
import { nameLookup } from "../../features/invite/SkippedTable";
import {
  peopleCount,
  peopleStepProblem,
  productStepProblem,
  schoolStepProblem,
  wizardSteps,
  type StepKey,
} from "../../features/invite/steps";
import { resolveTiming } from "../../features/invite/timing";
import { useDryRun, type InvitePayload } from "../../features/invite/useDryRun";
import { WhenStep } from "../../features/invite/WhenStep";
import { WizardFooter } from "../../features/invite/WizardFooter";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { plural } from "../../ui/format";
import { Panel } from "../../ui/Panel";

interface Props {
  products: readonly InviteProduct[];
  schools: readonly InviteSchool[];
  ownSchool: InviteSchool | null;
  defaultExpiryDays: number;
}

const LABELS: Record<StepKey, string> = {
  products: "Products and role",
  people: "People",
  schools: "Schools",
  review: "Review",
  when: "When",
};

/** Holds the draft and the current step; each step is its own component. */
export function InviteWizard({ products, schools, ownSchool, defaultExpiryDays }: Props) {
  const client = useApolloClient();
  const [draft, setDraft] = useState<InviteDraft>(() => emptyDraft(ownSchool?.id ?? null));
  const [stepIndex, setStepIndex] = useState(0);
  const [sent, setSent] = useState<InvitePayload | null>(null);
  const [send, sending] = useMutation(InviteStaffMutation);
  const body = useStepFocus(sent ? "sent" : stepIndex);

  const chosen = chosenProducts(draft, products);
  const schoolProducts = chosen.filter((p) => p.level === "SCHOOL");
  const steps = wizardSteps(needsSchools(chosen));
  const step = steps[stepIndex] ?? "products";
  const pasted = useMemo(() => parseEmailList(draft.emailText), [draft.emailText]);
  const timing = resolveTiming(draft.timing, defaultExpiryDays);
  // Timing doesn't change what is skipped, so the review's dry run leaves it out and isn't repeated for it.
  const input = toInviteInput(draft, products, pasted.emails, { sendAt: null, expiresAt: null });
  const dryRun = useDryRun(input, step === "review" || step === "when");
  const names = nameLookup(products, schools, draft.staff);
  const role = commonRoles(chosen).find((r) => r.code === draft.roleCode);
  const toSend = dryRun.payload?.summary.invitations ?? 0;

  const problem = ((): string | null => {
    switch (step) {
      case "products":
        return productStepProblem(draft, chosen);
      case "people":
        return peopleStepProblem(draft, pasted);
      case "schools":
        return schoolStepProblem(draft);
      case "review":
      case "when":
        if (!dryRun.payload) return dryRun.error ? "The review couldn't be prepared." : "Preparing the review…";
        if (dryRun.payload.errors.length > 0) return "Fix the problems in the review first.";
        if (toSend === 0) return "Nothing to send.";
        return step === "when" ? timing.problem : null;
    }
  })();

  async function submit() {
    const result = await send({
      variables: {
        input: { ...toInviteInput(draft, products, pasted.emails, timing), returnLinks: true },
      },
    }).catch(() => null);
    const payload = result?.data?.inviteStaff;
    if (!payload) return; // the error shows above the footer
    // Lists elsewhere (invitations, the roster's "not yet a user") changed: fetch them afresh next time.
    client.cache.evict({ fieldName: "invitations" });
    client.cache.evict({ fieldName: "staff" });
    client.cache.gc();
    setSent(payload);
  }

  function startAgain() {
    setDraft(emptyDraft(ownSchool?.id ?? null));
    setStepIndex(0);
    setSent(null);
    sending.reset();
  }

  const description: Partial<Record<StepKey, string>> = {
    products: chosen.length > 0 ? [chosen.map((p) => p.name).join(", "), role?.perProduct[0]?.roleName].filter(Boolean).join(" · ") : undefined,
    people: peopleCount(draft, pasted) > 0 && stepIndex > 1 ? plural(peopleCount(draft, pasted), "person", "people") : undefined,
    schools: draft.schoolIds.length > 0 && step !== "products" && step !== "people" ? plural(draft.schoolIds.length, "school") : undefined,
  };

  return (
    <Panel>
      <Box p={{ base: "md", sm: "lg" }} style={{ borderBottom: "1px solid var(--mantine-color-gray-3)" }}>
        <Stepper
          active={sent ? steps.length : stepIndex}
          onStepClick={(i) => !sent && i < stepIndex && setStepIndex(i)}
          allowNextStepsSelect={false}
          size="sm"
        >
          {steps.map((key) => (
            <Stepper.Step key={key} label={LABELS[key]} description={description[key]} />
          ))}
        </Stepper>
      </Box>

      <Box p={{ base: "md", sm: "lg" }} mih={360} ref={body}>
        {sent ? (
          <InviteResult payload={sent} names={names} onInviteMore={startAgain} />
        ) : (
          <Stack gap="lg">
            {step === "products" && <ProductStep products={products} draft={draft} onChange={setDraft} ownSchool={ownSchool} />}
            {step === "people" && chosen[0] && (
              <PeopleStep firstProduct={chosen[0]} ownSchool={ownSchool} draft={draft} onChange={setDraft} pasted={pasted} />
            )}
            {step === "schools" && (
              <SchoolStep schools={schools} products={schoolProducts} draft={draft} onChange={setDraft} ownSchool={ownSchool} />
            )}
            {step === "review" && (
              <ReviewStep
                dryRun={dryRun}
                rolesLine={role?.perProduct.map((p) => `${p.roleName} in ${p.productName}`).join(", ") ?? ""}
                schoolNames={schoolProducts.length > 0 ? draft.schoolIds.map((id) => names.school(id)) : []}
                people={peopleCount(draft, pasted)}
                names={names}
              />
            )}
            {step === "when" && (
              <WhenStep
                timing={draft.timing}
                resolved={timing}
                onChange={(next) => setDraft({ ...draft, timing: next })}
                defaultDays={defaultExpiryDays}
              />
            )}
            {sending.error && <ErrorAlert title="The invitations weren't sent" message={errorMessage(sending.error)} />}
          </Stack>
        )}
      </Box>

      {!sent && (
        <WizardFooter
          onBack={stepIndex > 0 ? () => setStepIndex(stepIndex - 1) : null}
          onNext={step === "when" ? () => void submit() : () => setStepIndex(stepIndex + 1)}
          nextLabel={
            step === "when"
              ? `${draft.timing.mode === "schedule" ? "Schedule" : "Send"} ${plural(toSend, "invitation")}`
              : `Next: ${LABELS[steps[stepIndex + 1] ?? "review"].toLowerCase()}`
          }
          problem={problem}
          final={step === "when"}
          loading={sending.loading}
        />
      )}
    </Panel>
  );
}

/**
 * Each time the step changes (and when the invitations are sent), focus goes to the new step's first heading:
 * a screen reader says where the person is, and Tab goes on from the top of the step, not from the footer.
 * Not on the wizard's first render: the screen's own heading has focus then.
 */
function useStepFocus(step: number | "sent") {
  const body = useRef<HTMLDivElement>(null);
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    body.current?.querySelector<HTMLElement>("h2")?.focus();
  }, [step]);
  return body;
}
