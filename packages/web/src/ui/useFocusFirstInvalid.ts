import { useEffect, useRef, useState } from "react";

/**
 * After a submit that found problems: focus moves to the first field marked invalid, so a screen reader reads its
 * label and its error (Mantine ties the error to the field) and a keyboard user is where the fix is.
 */
export function useFocusFirstInvalid() {
  const formRef = useRef<HTMLFormElement>(null);
  const [attempts, setAttempts] = useState(0);
  useEffect(() => {
    // After the render that marked the fields, not before it.
    if (attempts > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempts]);
  return { formRef, focusFirstInvalid: () => setAttempts((n) => n + 1) };
}
