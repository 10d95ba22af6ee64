/** The Lanyard logo mark: an L on a lanyard tag. */
export function LanyardMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-lanyard-7)" />
      <path d="M11 7v14h10" stroke="#fff" strokeWidth="3.5" fill="none" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="21" cy="24.5" r="2.5" fill="#fff" />
    </svg>
  );
}
