/** Class names for buttons and button-like links, shared by server and client components. */
const variants = {
  primary: "bg-accent-700 text-white hover:bg-accent-800 disabled:bg-accent-700/60",
  secondary: "border border-stone-300 bg-white text-stone-800 hover:bg-stone-100",
  danger: "bg-red-700 text-white hover:bg-red-800",
  quiet: "text-stone-700 hover:bg-stone-200/60",
} as const;

export type ButtonVariant = keyof typeof variants;

export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return `inline-flex items-center justify-center gap-2 rounded-md px-3.5 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed ${variants[variant]} ${extra}`;
}
