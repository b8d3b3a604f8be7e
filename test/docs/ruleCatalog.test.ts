import * as fs from "fs";
import * as path from "path";
import * as os from "os";
import { RULES, ruleCatalogMarkdown } from "../../src/core/rules";
import { checkFile } from "../../src/cli/main";
import { writeFormsBlind4 } from "../forms-blind4/build";

const file = path.join(__dirname, "..", "..", "docs", "aturan.md");

describe("docs/aturan.md", () => {
  it("is the catalogue generated from the rules' metadata", () => {
    const want = ruleCatalogMarkdown(RULES);
    if (process.env.UPDATE_DOCS) fs.writeFileSync(file, want);
    expect(fs.readFileSync(file, "utf8")).toBe(want);
  });

  it("lists every registered rule once, with a unique id", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const text = fs.readFileSync(file, "utf8");
    for (const id of ids) expect(text).toContain(`\`${id}\``);
  });

  it("gives every rule an example and a way to fix it, in both languages", () => {
    for (const r of RULES)
      for (const p of [r.example, r.howToFix, ...(r.otherSeverities ?? []).map((o) => o.when)]) {
        expect(p.id.trim().length).toBeGreaterThan(10);
        expect(p.en.trim().length).toBeGreaterThan(10);
      }
  });

  it("declares every severity its rules report (info is always allowed: a guessed column)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-catalog-"));
    const files = [
      path.join(__dirname, "..", "..", "contoh", "contoh-renstra.xlsx"),
      ...(await writeFormsBlind4(dir)).map((f) => path.join(dir, f)),
    ];
    const byId = new Map(RULES.map((r) => [r.id, r]));
    const undeclared: string[] = [];
    for (const file of files.filter((f) => f.endsWith(".xlsx")))
      for (const f of (await checkFile(file)).findings) {
        const r = byId.get(f.rule);
        const ok = [r?.severity, ...(r?.otherSeverities ?? []).map((o) => o.severity), "info"];
        if (!ok.includes(f.severity)) undeclared.push(`${f.rule} ${f.severity} ${f.sheet}!${f.cell}`);
      }
    expect(undeclared).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
