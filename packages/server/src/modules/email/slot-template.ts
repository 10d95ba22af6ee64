const SLOT = /\{\{([A-Za-z]+)\}\}/g;

/**
 * A text split once into fixed parts and `{{slot}}` names, so filling it per recipient is
 * one pass of string joins (microseconds) and values are never re-scanned for slots.
 */
export class SlotTemplate<Slot extends string, Value extends string = string> {
  private constructor(
    private readonly fixed: readonly string[],
    private readonly slots: readonly Slot[],
  ) {}

  /** Splits `source`; throws if it names a slot outside `known` or leaves a broken `{{`. */
  static parse<Slot extends string, Value extends string = string>(
    source: string,
    known: readonly Slot[],
    name: string,
  ): SlotTemplate<Slot, Value> {
    const fixed: string[] = [];
    const slots: Slot[] = [];
    let last = 0;
    for (const match of source.matchAll(SLOT)) {
      const slot = match[1] as Slot;
      if (!known.includes(slot)) throw new Error(`Template "${name}" uses an unknown slot {{${slot}}}`);
      fixed.push(source.slice(last, match.index));
      slots.push(slot);
      last = match.index + match[0].length;
    }
    fixed.push(source.slice(last));
    // A marker the compiler mangled would otherwise reach recipients as literal braces.
    if (fixed.some((part) => part.includes("{{"))) throw new Error(`Template "${name}" has a malformed {{slot}}`);
    return new SlotTemplate(fixed, slots);
  }

  /** The slots this template uses, so callers can check a required one survived. */
  uses(slot: Slot): boolean {
    return this.slots.includes(slot);
  }

  fill(values: Readonly<Record<Slot, Value>>): string {
    let out = this.fixed[0] ?? "";
    for (let i = 0; i < this.slots.length; i++) {
      out += values[this.slots[i] as Slot] + (this.fixed[i + 1] ?? "");
    }
    return out;
  }
}
