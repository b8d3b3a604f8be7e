import * as fs from "fs";
import * as path from "path";
import { RULES, ruleCatalogMarkdown } from "../../src/core/rules";

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
});
