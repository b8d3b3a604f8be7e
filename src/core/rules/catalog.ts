// The rule catalogue (docs/aturan.md), generated from the rules' own metadata so the
// documentation cannot drift from the code; test/docs keeps the file in sync.
import type { Rule } from "./types";

const SEVERITY = { error: "galat / error", warning: "peringatan / warning", info: "info" };

export function ruleCatalogMarkdown(rules: readonly Rule[]): string {
  const lines = [
    "# Aturan pemeriksaan / rule catalogue",
    "",
    "Dibuat dari metadata aturan (`src/core/rules/`); jangan disunting langsung. Perbarui dengan",
    "`UPDATE_DOCS=1 npx jest test/docs`. *Generated from the rules' metadata; do not edit by hand.*",
    "",
    "| aturan / rule | tingkat / severity | apa yang diperiksa | what it checks |",
    "| --- | --- | --- | --- |",
    ...[...rules]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => `| \`${r.id}\` | ${SEVERITY[r.severity]} | ${r.description.id} | ${r.description.en} |`),
    "",
  ];
  return lines.join("\n");
}
