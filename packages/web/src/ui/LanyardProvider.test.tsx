import { render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LanyardProvider } from "./LanyardProvider";

const lightOnly = window.matchMedia;
afterEach(() => {
  window.matchMedia = lightOnly;
  localStorage.clear();
});

describe("LanyardProvider", () => {
  it("stays in the light scheme, whose colours are the ones checked for contrast, when the system asks for dark", () => {
    window.matchMedia = ((query: string) => ({ ...lightOnly(query), matches: query.includes("dark") })) as typeof window.matchMedia;
    localStorage.setItem("mantine-color-scheme-value", "dark");
    render(
      <LanyardProvider>
        <p>Schools</p>
      </LanyardProvider>,
    );
    expect(screen.getByText("Schools")).toBeTruthy();
    expect(document.documentElement.getAttribute("data-mantine-color-scheme")).toBe("light");
  });
});
