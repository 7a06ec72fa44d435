import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";
import i18next from "eslint-plugin-i18next";

/**
 * Next's recommended rules plus the layer rules of HOUSE_STYLE.md: lib/ is the
 * framework-free domain, and only db/ opens or queries SQLite.
 */
const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  { ignores: [".next/**", "node_modules/**", "data/**", ".e2e-data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", ".bench/**"] },
  {
    files: ["lib/**/*.ts", "lib/**/*.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["next", "next/*", "next-auth", "next-auth/*", "react", "react-dom"], message: "lib/ is framework-free: no Next or React." },
            {
              group: ["@/db/*", "@/app/*", "../db/*", "../../db/*", "drizzle-orm", "drizzle-orm/*", "better-sqlite3"],
              message: "lib/ must not touch the database or the app.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx", "proxy.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["drizzle-orm", "drizzle-orm/*", "better-sqlite3", "@/db/client", "@/db/schema", "@/db/connection"],
              message: "Routes reach the database only through db/queries.",
            },
          ],
        },
      ],
    },
  },
  {
    // Every query is async: a call whose promise is dropped would run unawaited (its error lost, its
    // write outside the request's order). Type-aware, so it sees through helpers.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    // Strings a person reads live in the catalogues (HOUSE_STYLE 17): no literal text in JSX, nor in
    // the attributes people read or hear. Names, punctuation and symbols pass.
    files: ["app/**/*.tsx"],
    plugins: { i18next },
    rules: {
      "i18next/no-literal-string": [
        "error",
        {
          mode: "jsx-only",
          "jsx-attributes": {
            include: [
              "aria-label",
              "aria-description",
              "aria-roledescription",
              "aria-valuetext",
              "aria-placeholder",
              "title",
              "placeholder",
              "alt",
              "label",
              "[a-z]+Label",
              "hint",
              "description",
              "summary",
              "message",
            ],
          },
          words: { exclude: ["[0-9!-/:-@[-`{-~\\s·…—–“”‘’«»→←↑↓×✓✕]+"] },
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
