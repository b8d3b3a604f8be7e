// The rule catalogue (docs/aturan.md), generated from the rules' own metadata so the
// documentation cannot drift from the code; test/docs keeps the file in sync.
import type { Severity } from "../report";
import type { Rule } from "./types";

const SEVERITY: Record<Severity, string> = {
  error: "galat / error",
  warning: "peringatan / warning",
  info: "info",
};

export function ruleCatalogMarkdown(rules: readonly Rule[]): string {
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  const tingkat = (r: Rule): string =>
    [r.severity, ...(r.otherSeverities ?? []).map((o) => o.severity)]
      .filter((s, i, all) => all.indexOf(s) === i)
      .map((s) => SEVERITY[s])
      .join(", ");
  const lines = [
    "# Aturan pemeriksaan / rule catalogue",
    "",
    "Dibuat dari metadata aturan (`src/core/rules/`); jangan disunting langsung. Perbarui dengan",
    "`UPDATE_DOCS=1 npx jest test/docs`. *Generated from the rules' metadata; do not edit by hand.*",
    "",
    "Tingkat: **galat** (error) hanya bila makna kolom pasti; temuan aturan hitung pada kolom yang",
    "perannya ditebak, atau yang gagal di hampir semua baris kolomnya, menjadi **info**",
    '(docs/desain.md, "Precision before recall"). *Severity: an error only where the column\'s',
    "meaning is certain; arithmetic findings on a guessed column, or failing on most of its rows,",
    "become info.*",
    "",
    "| aturan / rule | tingkat / severity | apa yang diperiksa | what it checks |",
    "| --- | --- | --- | --- |",
    ...sorted.map((r) => `| \`${r.id}\` | ${tingkat(r)} | ${r.description.id} | ${r.description.en} |`),
  ];
  for (const r of sorted) {
    lines.push("", `## \`${r.id}\``, "", `- **Tingkat / severity**: ${SEVERITY[r.severity]}.`);
    for (const o of r.otherSeverities ?? [])
      lines.push(`  - ${SEVERITY[o.severity]}: ${o.when.id}. *${o.when.en}.*`);
    lines.push(
      `- **Contoh**: ${r.example.id} *Example: ${r.example.en}*`,
      `- **Cara memperbaiki**: ${r.howToFix.id} *How to fix: ${r.howToFix.en}*`,
    );
  }
  lines.push("");
  return lines.join("\n");
}
