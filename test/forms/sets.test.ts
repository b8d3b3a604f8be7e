// The sets' file names are unique across every set (each set's soundness test checks only the sets
// before it; this checks the list as a whole, so two sets written side by side cannot collide).
import { existsSync, readdirSync } from "fs";
import { join } from "path";
import { FORM_SETS } from "./sets";

describe("the list of form sets", () => {
  it("names every set folder once and every workbook file once across all sets", () => {
    const names = FORM_SETS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const root = join(__dirname, "..");
    const folders = readdirSync(root).filter(
      (d) => /^forms(-unseen|-blind\d*)?$/.test(d) && existsSync(join(root, d, "build.ts")),
    );
    expect([...names].sort()).toEqual(folders.sort());
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const set of FORM_SETS)
      for (const b of set.build()) {
        const first = owner.get(b.file);
        if (first !== undefined) clashes.push(`${b.file}: ${first} and ${set.name}`);
        else owner.set(b.file, set.name);
      }
    expect(clashes).toEqual([]);
  });
});
