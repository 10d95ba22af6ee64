import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { renderScreen } from "../../test/render";
import { manySchools, schoolPickerMocks } from "../../test/schools";
import { SchoolPicker } from "./SchoolPicker";

// A trust of 130 schools: the picker lists 20 at a time, and finds the others on the server.
const schools = [...manySchools(129), { id: "yew", name: "Yew Tree Academy", urn: "145678", postcode: "YO31 7XY" }];

function Picker({ initial = null, changes = [] }: { initial?: string | null; changes?: (string | null)[] }) {
  const [value, setValue] = useState<string | null>(initial);
  return (
    <SchoolPicker
      value={value}
      onChange={(id) => {
        changes.push(id);
        setValue(id);
      }}
    />
  );
}

function renderPicker(props: { initial?: string | null; changes?: (string | null)[] } = {}, searches: (string | null)[] = []) {
  renderScreen(<Picker {...props} />, { path: "/", url: "/", mocks: schoolPickerMocks(schools, searches) });
  return screen.getByRole("textbox", { name: "School" });
}

describe("school picker", () => {
  it("lists the first schools, says how to find the rest, and asks the server as the person types, once they pause", async () => {
    const searches: (string | null)[] = [];
    const input = renderPicker({}, searches);
    fireEvent.click(input);
    const listbox = await screen.findByRole("listbox");
    await within(listbox).findByText("School 001");
    expect(within(listbox).getAllByRole("option")).toHaveLength(20);
    expect(within(listbox).getByText("110 more schools: type a name, URN or postcode")).toBeTruthy();

    for (const typed of ["y", "ye", "yew"]) fireEvent.change(input, { target: { value: typed } });
    await screen.findByRole("option", { name: /Yew Tree Academy/ });
    expect(screen.getByRole("option", { name: /Yew Tree Academy/ }).textContent).toContain("URN 145678 · YO31 7XY");
    // One request for the list, one for the word typed: none for each keystroke.
    expect(searches).toEqual([null, "yew"]);
  });

  it("is operated from the keyboard: type, arrow to a school, Enter picks it and the box shows its name", async () => {
    const changes: (string | null)[] = [];
    const input = renderPicker({ changes });
    input.focus();
    fireEvent.change(input, { target: { value: "145678" } });
    await screen.findByRole("option", { name: /Yew Tree Academy/ });
    fireEvent.keyDown(input, { key: "ArrowDown", code: "ArrowDown" });
    fireEvent.keyDown(input, { key: "Enter", code: "Enter" });
    expect(changes).toEqual(["yew"]);
    await waitFor(() => expect((input as HTMLInputElement).value).toBe("Yew Tree Academy"));

    fireEvent.click(screen.getByRole("button", { name: "Clear school filter" }));
    expect(changes).toEqual(["yew", null]);
    expect((input as HTMLInputElement).value).toBe("");
  });

  it("says no school matches what was typed", async () => {
    const input = renderPicker();
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: "Nowhere" } });
    expect(await screen.findByText("No school matches “Nowhere”")).toBeTruthy();
    expect(screen.queryAllByRole("option")).toHaveLength(0);
  });

  it("shows the name of a school chosen before (from the URL) that isn't among the first listed", async () => {
    const input = renderPicker({ initial: "s120" });
    await waitFor(() => expect((input as HTMLInputElement).value).toBe("School 120"));
    fireEvent.click(input);
    // Opened, it still offers the first schools, with the chosen one at the top and marked.
    const chosen = await screen.findByRole("option", { name: /School 120/ });
    expect(chosen.getAttribute("aria-selected")).toBe("true");
  });

  it("says so when the school in the URL doesn't exist (or isn't the reader's)", async () => {
    const input = renderPicker({ initial: "gone" });
    await waitFor(() => expect((input as HTMLInputElement).value).toBe("School not found"));
    expect(screen.getByRole("button", { name: "Clear school filter" })).toBeTruthy();
  });
});
