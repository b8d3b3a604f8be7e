import { stageProgress } from "../../src/cli/progress";

const ERASE = "\x1b[K";

describe("progress of a single long file", () => {
  it("says each stage on one line, with the seconds, and clears it at the end", () => {
    let err = "";
    const p = stageProgress((s) => (err += s), true, "id", "besar.xlsx", 0);
    p.stage({ id: "membuka arsip zip", en: "opening the zip archive" });
    p.stage({ id: "menjalankan aturan pemeriksaan", en: "running the rules" });
    p.end();
    expect(err.split("\r").filter(Boolean)).toEqual([
      `${ERASE}besar.xlsx: membuka arsip zip (0 s)`,
      `${ERASE}besar.xlsx: menjalankan aturan pemeriksaan (0 s)`,
      ERASE,
    ]);
  });

  it("says nothing when stderr is not a terminal, or before the work has taken its time", () => {
    let err = "";
    for (const [tty, after] of [
      [false, 0],
      [true, 60_000],
    ] as const) {
      const p = stageProgress((s) => (err += s), tty, "en", "besar.xlsx", after);
      p.stage({ id: "membuka arsip zip", en: "opening the zip archive" });
      p.end();
    }
    expect(err).toBe("");
  });
});
