import { Anchor, List, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { PublicFrame } from "../../ui/PublicFrame";

// Readable signed in or not, and loaded on its own: no router or API imports here, plain links only.
// Modelled on the GOV.UK sample accessibility statement, which UK public sector buyers expect.

export const STATEMENT_EMAIL = "accessibility@lanyard.example";
const PREPARED = { iso: "2026-12-07", text: "7 December 2026" };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Title order={2} fz="xl">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

const mail = <Anchor href={`mailto:${STATEMENT_EMAIL}`}>{STATEMENT_EMAIL}</Anchor>;

export function AccessibilityPage() {
  return (
    <PublicFrame title="Accessibility statement" width={760}>
      <Paper withBorder shadow="sm" radius="lg" p={{ base: 20, sm: 36 }}>
        <Stack gap="xl">
          <Stack gap="xs">
            <Title order={1} fz={28}>
              Accessibility statement for Lanyard
            </Title>
            <Text>
              This statement applies to Lanyard: the screens trust and school administrators use to give staff access to
              their trust's apps, and the pages staff open from an invitation email (to accept, register or decline).
            </Text>
          </Stack>

          <Section title="Using Lanyard">
            <Text>We want as many people as possible to be able to use Lanyard. You should be able to:</Text>
            <List spacing={4}>
              <List.Item>zoom in up to 400 % without text spilling off the screen or needing to scroll sideways, except inside wide tables</List.Item>
              <List.Item>use every page on a screen 320 pixels wide, such as a small phone</List.Item>
              <List.Item>do everything with a keyboard alone, with the focus always visible, and skip past the navigation to the main content</List.Item>
              <List.Item>use a screen reader: each page has its own title and one main heading, and results such as “Resent 12 invitations” are read out</List.Item>
              <List.Item>use speech recognition software: every button and field is named by the words you see on it</List.Item>
              <List.Item>turn off animation by asking your device for reduced motion</List.Item>
              <List.Item>read every chart as a table of the same numbers, with its “Show as table” button</List.Item>
            </List>
            <Text>
              <Anchor href="https://mcmw.abilitynet.org.uk/">AbilityNet</Anchor> has advice on making your device easier to
              use if you have a disability.
            </Text>
          </Section>

          <Section title="How accessible Lanyard is">
            <Text>We know some parts of Lanyard are not fully accessible:</Text>
            <List spacing={4}>
              <List.Item>
                wide tables (the staff roster, invitations, the mailbox) scroll sideways on a narrow screen or at high zoom;
                each can be reached with the keyboard and scrolled with the arrow keys
              </List.Item>
              <List.Item>
                charts are pictures of numbers: a screen reader reads the table shown by “Show as table”, not the chart itself
              </List.Item>
              <List.Item>
                the emails Lanyard sends are laid out in HTML that each email program shows in its own way; every email also
                has a plain-text version with the same words and links, which the mailbox screen shows too
              </List.Item>
              <List.Item>
                the mailbox shows each email as its recipient would see it, in a frame whose contents come from the email
                itself
              </List.Item>
              <List.Item>
                Lanyard has not yet been tried with a screen reader (such as NVDA, JAWS or VoiceOver) by people who use one
                every day; until that review is done, problems only a screen reader shows may remain, and we welcome reports
              </List.Item>
            </List>
          </Section>

          <Section title="Feedback and contact information">
            <Text>
              If you need anything on Lanyard in a different format, such as large print, easy read, audio or braille, email{" "}
              {mail}. We'll consider your request and reply within 5 working days.
            </Text>
          </Section>

          <Section title="Reporting accessibility problems with Lanyard">
            <Text>
              We're always looking to improve Lanyard's accessibility. If you find a problem not listed on this page, or think
              we're not meeting accessibility requirements, email {mail} and tell us:
            </Text>
            <List spacing={4}>
              <List.Item>the web address (URL) of the page</List.Item>
              <List.Item>what you were trying to do, and what went wrong</List.Item>
              <List.Item>the device, browser and any assistive technology you use, such as a screen reader or magnifier, with versions if you know them</List.Item>
            </List>
            <Text>
              We'll reply within 5 working days, and tell you what we'll do and by when. If you were invited by a school or
              trust, you can also tell the person who sent your invitation.
            </Text>
          </Section>

          <Section title="Enforcement procedure">
            <Text>
              Schools and academy trusts are public sector bodies. The Equality and Human Rights Commission (EHRC) is
              responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility
              Regulations 2018 (the “accessibility regulations”). If you're not happy with how we or your trust respond to
              your complaint, contact the{" "}
              <Anchor href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support Service (EASS)</Anchor>.
            </Text>
            <Text>
              If you live in Northern Ireland, contact the{" "}
              <Anchor href="https://www.equalityni.org/">Equality Commission for Northern Ireland</Anchor> instead.
            </Text>
          </Section>

          <Section title="Technical information about Lanyard's accessibility">
            <Text>
              We're committed to making Lanyard accessible, in accordance with the Public Sector Bodies (Websites and Mobile
              Applications) (No. 2) Accessibility Regulations 2018, so that the trusts and schools who use it can meet them.
            </Text>
            <Title order={3} fz="lg" mt="xs">
              Compliance status
            </Title>
            <Text>
              Lanyard is partially compliant with the{" "}
              <Anchor href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version 2.2</Anchor> AA
              standard, because of the gaps listed under “How accessible Lanyard is”. Sideways scrolling inside data tables is
              allowed by the standard; we list it so you know what to expect.
            </Text>
          </Section>

          <Section title="How we test Lanyard">
            <List spacing={4}>
              <List.Item>
                Automated: every screen, for a trust administrator and a school administrator, and every public page, is checked
                with axe-core against the WCAG 2.0, 2.1 and 2.2 A and AA rules in a real browser, on every change; a serious or
                critical problem stops the change.
              </List.Item>
              <List.Item>
                Keyboard only: automated browser tests sign in, invite staff through the whole wizard, select invitations and
                cancel them in bulk, and check that every page starts with “Skip to main content”, has one main heading and a
                title that names it.
              </List.Item>
              <List.Item>
                The colours of text, badges, links, focus outlines and field borders are measured against the standard's
                contrast ratios (4.5:1 for text, 3:1 for large text and controls) on every change.
              </List.Item>
              <List.Item>
                Automated browser tests open every screen 320 pixels wide (as a 1,280-pixel screen at 400 % zoom shows it)
                and check that nothing but a data table scrolls sideways, and that reduced motion stops animations.
              </List.Item>
            </List>
          </Section>

          <Section title="Preparation of this accessibility statement">
            <Text>
              This statement was prepared on <time dateTime={PREPARED.iso}>{PREPARED.text}</time>. It was last reviewed on{" "}
              <time dateTime={PREPARED.iso}>{PREPARED.text}</time>. Lanyard was last tested on{" "}
              <time dateTime={PREPARED.iso}>{PREPARED.text}</time>, by the team that builds it.
            </Text>
          </Section>
        </Stack>
      </Paper>
    </PublicFrame>
  );
}
