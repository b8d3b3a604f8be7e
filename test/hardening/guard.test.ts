// The time and memory guard per file (issue 15, item 3): a file beyond a limit is reported as
// "terlalu besar / terlalu lama dibaca" with the part being read, exit 2 for it, and a folder
// run goes on with the next file. The limits here are far from what the files need: a small
// table takes some milliseconds once the worker has started (its start-up is not counted), the
// large sheet (1 500 000 cells) seconds and hundreds of megabytes.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import type { FolderReport } from "../../src/cli/folder";
import { buildPackage, worksheet } from "../cli/oddPackages";

let dir: string;

async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-guard-"));
  fs.writeFileSync(path.join(dir, "a-tabel.xlsx"), await buildPackage());
  const rows: string[] = [];
  // (150 000 rows: the direct reader of issue 11 item 6 reads 500 000 cells in about a second)
  for (let r = 1; r <= 150_000; r++) {
    let cells = "";
    for (let c = 0; c < 10; c++) cells += `<c r="${"ABCDEFGHIJ"[c]}${r}"><v>${r * 10 + c}</v></c>`;
    rows.push(`<row r="${r}">${cells}</row>`);
  }
  fs.writeFileSync(path.join(dir, "b-besar.xlsx"), await buildPackage({ sheet: worksheet(rows.join("")) }));
  fs.writeFileSync(path.join(dir, "c-tabel.xlsx"), await buildPackage());
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("time and memory limits per file", () => {
  it("a file over the time limit: reported with the part being read; the folder run goes on", async () => {
    const r = await run(["periksa", dir, "--format", "json", "--timeout", "1"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /b-besar\.xlsx terlalu besar \/ terlalu lama dibaca: (membuka arsip|menyiapkan lembar "Tabel"|membaca lembar-lembar|exceljs membaca buku kerja|menyalin lembar|mencari tabel|menjalankan aturan).* \(lebih dari 1 detik; batas dapat diubah dengan --timeout\)\./,
    );
    expect(r.err).not.toMatch(/a-tabel|c-tabel/);
    // every file in the folder's JSON (cermat.folder/1), the one over the limit with its reason
    const files = (JSON.parse(r.out) as FolderReport).files;
    expect(files.map((x) => `${x.path} ${x.status}`)).toEqual([
      "a-tabel.xlsx checked",
      "b-besar.xlsx unreadable",
      "c-tabel.xlsx checked",
    ]);
    expect(files[1].reason).toMatch(/^b-besar\.xlsx terlalu besar \/ terlalu lama dibaca: /);
    expect(files.filter((x) => x.report).every((x) => x.report?.tables.length === 1)).toBe(true);
  }, 60_000);

  it("a file over the memory limit: reported, exit 2, nothing on stdout", async () => {
    const r = await run(["periksa", path.join(dir, "b-besar.xlsx"), "--max-memory", "64", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(
      /b-besar\.xlsx is too large \/ takes too long to read: .* \(memory over 64 MB; change the limit with --max-memory\)\./,
    );
  }, 60_000);

  it("the same files within the limits are all read", async () => {
    const r = await run(["periksa", dir, "--format", "json"]);
    expect(r.err).toBe("");
    expect((JSON.parse(r.out) as FolderReport).files.filter((f) => f.report)).toHaveLength(3);
  }, 60_000);

  it.each([
    ["--timeout", "0"],
    ["--timeout", "satu"],
    ["--max-memory", "-5"],
  ])("%s %s is refused", async (flag, value) => {
    const r = await run(["periksa", path.join(dir, "a-tabel.xlsx"), flag, value]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`${flag} harus bilangan positif`));
  });

  it("--help names both limits and their defaults", async () => {
    const r = await run(["--help"]);
    expect(r.out).toMatch(/--timeout DETIK +batas waktu .* \(bawaan 60\)/);
    expect(r.out).toMatch(/--max-memory MB +batas memori .* \(bawaan 1024\)/);
  });
});
