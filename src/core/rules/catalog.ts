// The rule catalogue (docs/aturan.md), generated from the rules' own metadata so the
// documentation cannot drift from the code; test/docs keeps the file in sync.
import type { Severity } from "../report";
import type { Fixable, Rule } from "./types";
import { ENGINE_MESSAGES } from "./engineMessages";

const FIXABLE: Record<Fixable, string> = {
  value: "nilai sel / the cell's value",
  formula: "rumus sel / the cell's formula",
  "value-or-formula": "nilai atau rumus sel / the cell's value or formula",
};

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
    if (r.fixable) lines.push(`- **Perbaikan otomatis / fix**: ${FIXABLE[r.fixable]}.`);
    const messages = Object.entries(r.messages);
    if (messages.length > 0) {
      // the templates as the rule declares them: {{name}} is filled by each finding's data
      lines.push("- **Pesan / messages** (`messageId`: Indonesia, *English*):");
      for (const [id, m] of messages) lines.push(`  - \`${id}\`: ${m.id} *${m.en}*`);
    }
  }
  lines.push(
    "",
    "## Pesan mesin / engine messages",
    "",
    "Ditulis oleh mesin pemeriksa, bukan oleh satu aturan; `rule` temuan tetap aturan yang bersangkutan.",
    "*Written by the engine, not by one rule; the finding's `rule` stays the rule concerned.*",
    "",
  );
  for (const [id, m] of Object.entries(ENGINE_MESSAGES)) lines.push(`- \`${id}\`: ${m.id} *${m.en}*`);
  lines.push("");
  return lines.join("\n");
}
