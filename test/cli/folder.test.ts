// Folder runs a reviewer can trust (issue 11, items 1 and 2): every file below the folder is
// accounted for with a status in the text and the JSON (cermat.folder/1), exit codes say whether
// anything could not be read, files are checked by a pool of workers in a fixed order, and the
// overview (--rekap) and the marked copies (--out-dir) are written where asked and nowhere else.
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { FolderReport } from "../../src/cli/folder";
import { officeOf } from "../../src/cli/kantor";
import { mapPool } from "../../src/cli/pool";
import { buildPackage, rowsXml, worksheet, TABLE } from "./oddPackages";
import { fixture, workbook } from "../fixtures";

let root: string;
let dir: string;

async function run(argv: string[], tty = false): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), tty });
  return { code, out, err };
}

const ERASE = "\u001b[K";

const sha = (f: string): string => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");

/** A clean IKU table under its title, which names the office. */
const good = (office: string): Promise<Buffer> =>
  buildPackage({
    sheet: worksheet(rowsXml([[`Indikator Kinerja Utama ${office} Tahun 2022-2023`], [], ...TABLE])),
  });

// the files of the submissions folder in the order of the reports (by path, people's order, a
// lock file after its workbook), and the status each must get
const STATUS: Record<string, string> = {
  "bad-anggaran.xlsx": "checked",
  "catatan.pdf": "not an .xlsx",
  "data.csv": "not an .xlsx",
  "good.xlsx": "checked",
  "~$good.xlsx": "skipped",
  "kosong.xlsx": "no tables",
  "lama.xls": "not an .xlsx",
  "libre.ods": "not an .xlsx",
  "opd/dinkes/renja-dinkes-2025.xlsx": "checked",
  "opd/dinsos/iku.xlsx": "checked",
  "rusak.xlsx": "unreadable",
};

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-folder-"));
  dir = path.join(root, "kiriman");
  const put = (rel: string, bytes: Buffer | string): void => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), bytes);
  };
  const clean = await good("Dinas Sosial Kota Contoh");
  put("good.xlsx", clean);
  put("opd/dinsos/iku.xlsx", clean);
  put("opd/dinkes/renja-dinkes-2025.xlsx", await buildPackage()); // no title: the office from the name
  put(
    "bad-anggaran.xlsx",
    Buffer.from(await workbook([fixture("blitar-2.3.2-anggaran")]).xlsx.writeBuffer()),
  );
  const notes = new ExcelJS.Workbook();
  notes.addWorksheet("Catatan").getCell("A1").value = "Catatan rapat";
  put("kosong.xlsx", Buffer.from(await notes.xlsx.writeBuffer()));
  put("rusak.xlsx", clean.subarray(0, 300));
  put("~$good.xlsx", "lock file of an open workbook");
  put("lama.xls", Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(512)]));
  put("libre.ods", "PK\u0003\u0004 an OpenDocument spreadsheet");
  put("data.csv", "No,Indikator,Target\n1,Gini,0.36\n");
  put("catatan.pdf", "%PDF-1.4");
  // never entered: hidden folders and node_modules; hidden files are not listed
  put(".git/objects/x.xlsx", clean);
  put("node_modules/pkg/y.xlsx", clean);
  put(".DS_Store", "");
}, 60_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("cermat periksa FOLDER --format json: cermat.folder/1", () => {
  let rep: FolderReport;
  let code: number;
  let err: string;
  beforeAll(async () => {
    const r = await run(["periksa", dir, "--format", "json", "--paralel", "3"]);
    rep = JSON.parse(r.out) as FolderReport;
    code = r.code;
    err = r.err;
  }, 60_000);

  it("accounts for every file below the folder, in path order, with its status", () => {
    expect(rep.schema).toBe("cermat.folder/1");
    expect(rep.folder).toBe(dir);
    expect(Object.fromEntries(rep.files.map((f) => [f.path, f.status]))).toEqual(STATUS);
    expect(rep.files.map((f) => f.path)).toEqual(Object.keys(STATUS));
  });

  it("says why a file is not checked, and what to do", () => {
    const why = Object.fromEntries(rep.files.map((f) => [f.path, f.reason]));
    expect(why["lama.xls"]).toMatch(/Excel 97-2003 \(\.xls\).*simpan sebagai Buku Kerja Excel \(\.xlsx\)/);
    expect(why["libre.ods"]).toMatch(/OpenDocument \(\.ods\).*LibreOffice.*\.xlsx/);
    expect(why["data.csv"]).toMatch(/CSV.*simpan sebagai .*\.xlsx/);
    expect(why["catatan.pdf"]).toMatch(/bukan buku kerja \(\.pdf\)/);
    expect(why["~$good.xlsx"]).toMatch(/berkas kunci Excel/);
    expect(why["rusak.xlsx"]).toMatch(/^rusak\.xlsx tidak dapat dibaca: rusak: arsip zip-nya rusak/);
    expect(why["good.xlsx"]).toBeUndefined();
  });

  it("keeps each file's report as the single-file contract has it", async () => {
    const one = JSON.parse((await run(["periksa", path.join(dir, "good.xlsx"), "--format", "json"])).out);
    expect(rep.files.find((f) => f.path === "good.xlsx")?.report).toEqual(one);
    expect(one.schema).toBe("cermat.report/1");
    const bad = rep.files.find((f) => f.path === "bad-anggaran.xlsx")?.report;
    expect(bad?.summary.errors).toBeGreaterThan(0);
    expect(rep.files.find((f) => f.path === "kosong.xlsx")?.report?.tables).toEqual([]);
    expect(rep.files.filter((f) => !f.report).map((f) => f.path)).toEqual(
      rep.files.filter((f) => !/checked|no tables/.test(f.status)).map((f) => f.path),
    );
  });

  it("sums the files up", () => {
    expect(rep.summary).toMatchObject({
      files: 11,
      checked: 4,
      "no tables": 1,
      unreadable: 1,
      "not an .xlsx": 4,
      skipped: 1,
    });
    const bad = rep.files.find((f) => f.path === "bad-anggaran.xlsx")?.report;
    expect(rep.summary.errors).toBe(bad?.summary.errors);
  });

  it("exits 2 when a file could not be read, and names it on stderr", () => {
    expect(code).toBe(2);
    expect(err).toMatch(/rusak\.xlsx tidak dapat dibaca/);
    expect(err).not.toMatch(/\[\d+\/\d+\]/); // no progress when stderr is not a terminal
  });
});

describe("exit codes", () => {
  const sub = (name: string, files: Record<string, string>): string => {
    const d = path.join(root, name);
    fs.mkdirSync(d, { recursive: true });
    for (const [to, from] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(d, to)), { recursive: true });
      fs.copyFileSync(path.join(dir, from), path.join(d, to));
    }
    return d;
  };

  it("0 when every workbook is clean (a lock file and a workbook without tables do not count)", async () => {
    const d = sub("bersih", {
      "a.xlsx": "good.xlsx",
      "b/c.xlsx": "good.xlsx",
      "~$a.xlsx": "~$good.xlsx",
      "k.xlsx": "kosong.xlsx",
    });
    const r = await run(["periksa", d]);
    expect(r.code).toBe(0);
  }, 60_000);

  it("1 when a workbook has errors", async () => {
    const d = sub("galat", { "a.xlsx": "good.xlsx", "nested/bad.xlsx": "bad-anggaran.xlsx" });
    expect((await run(["periksa", d])).code).toBe(1);
  }, 60_000);

  it("2 when a file is not an .xlsx, even beside errors", async () => {
    const d = sub("campur", { "a.xlsx": "bad-anggaran.xlsx", "b.ods": "libre.ods" });
    expect((await run(["periksa", d])).code).toBe(2);
  }, 60_000);

  it("2 with a clear message for an empty folder", async () => {
    const d = path.join(root, "hampa");
    fs.mkdirSync(d);
    const r = await run(["periksa", d]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Tidak ada berkas di/);
  });
});

describe("the text report of a folder", () => {
  it("gives every file its status, then an overview table, in Indonesian or English", async () => {
    const id = await run(["periksa", dir]);
    expect(id.code).toBe(2);
    expect(id.out).toMatch(/^Cermat IKU: bad-anggaran\.xlsx\n/);
    expect(id.out).toMatch(/Cermat IKU: opd\/dinsos\/iku\.xlsx\n/);
    expect(id.out).toMatch(/Cermat IKU: lama\.xls\nbukan \.xlsx: format Excel 97-2003/);
    expect(id.out).toMatch(/Cermat IKU: ~\$good\.xlsx\ndilewati: berkas kunci Excel/);
    const table = id.out.slice(id.out.indexOf("Rekap: 11 berkas di"));
    expect(table.split("\n")[1]).toMatch(/^No +Berkas +Status +Tabel +Galat +Peringatan +Info$/);
    expect(table).toMatch(/ 1 +bad-anggaran\.xlsx +perlu perbaikan +1 +[1-9]/);
    expect(table).toMatch(/good\.xlsx +siap kirim +1 +0 +0 +0/);
    expect(table).toMatch(/kosong\.xlsx +tanpa tabel +0 +0 +0 +0/);
    expect(table).toMatch(/rusak\.xlsx +tidak terbaca +- +- +- +-/);
    expect(table).toMatch(/libre\.ods +bukan \.xlsx/);
    expect(table).toMatch(
      /5 diperiksa; \d+ galat, \d+ peringatan, \d+ info; 1 tanpa tabel; 1 tidak terbaca; 4 bukan \.xlsx; 1 dilewati\.\n$/,
    );
    const en = await run(["periksa", dir, "--lang", "en"]);
    expect(en.out).toMatch(/Overview: 11 file\(s\) in /);
    expect(en.out).toMatch(/good\.xlsx +ready to send/);
    expect(en.out).toMatch(/Cermat IKU: lama\.xls\nnot an \.xlsx: Excel 97-2003 format \(\.xls\)/);
  }, 60_000);

  it("shows progress only when stderr is a terminal", async () => {
    const r = await run(["periksa", dir, "--paralel", "1"], true);
    // each file on one line that the next replaces ("\r", erase line), cleared before the messages
    const lines = r.err.split("\r").map((l) => l.split(ERASE).join(""));
    const shown = lines.filter((l) => /^\[\d+\/\d+\] /.test(l));
    expect(shown).toEqual([
      "[1/6] memeriksa bad-anggaran.xlsx",
      "[2/6] memeriksa good.xlsx",
      "[3/6] memeriksa kosong.xlsx",
      "[4/6] memeriksa opd/dinkes/renja-dinkes-2025.xlsx",
      "[5/6] memeriksa opd/dinsos/iku.xlsx",
      "[6/6] memeriksa rusak.xlsx",
    ]);
    expect(lines[lines.length - 1]).toMatch(/^cermat: rusak\.xlsx tidak dapat dibaca/);
    expect(r.err).toContain(`\r${ERASE}cermat: `);
    expect(r.out).not.toMatch(/memeriksa/);
  }, 60_000);

  it("prints the same whatever the pool size", async () => {
    const one = await run(["periksa", dir, "--format", "json", "--paralel", "1"]);
    const four = await run(["periksa", dir, "--format", "json", "--paralel", "4"]);
    expect(four.out).toBe(one.out);
  }, 60_000);
});

describe("--out-dir and --rekap", () => {
  it("writes a marked copy per workbook at its relative path, and the overview with links", async () => {
    const outDir = path.join(root, "bertanda");
    fs.mkdirSync(outDir);
    const rekap = path.join(root, "rekap.xlsx");
    const before = sha(path.join(dir, "good.xlsx"));
    const r = await run(["periksa", dir, "--out-dir", outDir, "--rekap", rekap]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/5 salinan bertanda ditulis ke /);
    expect(r.err).toMatch(/rekap ditulis ke .*rekap\.xlsx/);
    expect(sha(path.join(dir, "good.xlsx"))).toBe(before);
    for (const f of [
      "good.xlsx",
      "bad-anggaran.xlsx",
      "kosong.xlsx",
      "opd/dinsos/iku.xlsx",
      "opd/dinkes/renja-dinkes-2025.xlsx",
    ])
      expect(fs.existsSync(path.join(outDir, f))).toBe(true);
    expect(fs.existsSync(path.join(outDir, "rusak.xlsx"))).toBe(false);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(rekap);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Rekap", "Per aturan", "Temuan"]);
    const ws = wb.getWorksheet("Rekap") as ExcelJS.Worksheet;
    const head = (ws.getRow(1).values as unknown[]).slice(1);
    expect(head).toEqual([
      "No",
      "Berkas",
      "Perangkat daerah",
      "Jenis dokumen",
      "Tabel",
      "Galat",
      "Peringatan",
      "Info",
      "Diterima",
      "Status",
      "Keterangan",
      "Salinan bertanda",
    ]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const rows = new Map<string, ExcelJS.Row>();
    for (let i = 2; i <= ws.rowCount; i++) rows.set(String(ws.getRow(i).getCell(2).value), ws.getRow(i));
    expect([...rows.keys()]).toEqual(Object.keys(STATUS));
    const cell = (file: string, c: number): unknown => rows.get(file)?.getCell(c).value;
    expect(cell("good.xlsx", 10)).toBe("siap kirim");
    expect(cell("good.xlsx", 3)).toBe("Dinas Sosial Kota Contoh");
    expect(cell("opd/dinkes/renja-dinkes-2025.xlsx", 3)).toBe("dinkes");
    expect(cell("opd/dinkes/renja-dinkes-2025.xlsx", 4)).toBe("Renja");
    expect(cell("bad-anggaran.xlsx", 10)).toBe("perlu perbaikan");
    expect(cell("bad-anggaran.xlsx", 6)).toBeGreaterThan(0);
    expect(rows.get("bad-anggaran.xlsx")?.getCell(6).numFmt).toBe("#,##0"); // 1.234 in Indonesian Excel
    expect(cell("kosong.xlsx", 10)).toBe("tanpa tabel");
    expect(cell("rusak.xlsx", 10)).toBe("tidak terbaca");
    expect(cell("rusak.xlsx", 5)).toBeNull();
    expect(cell("lama.xls", 10)).toBe("bukan .xlsx");
    expect(String(cell("lama.xls", 11))).toMatch(/simpan sebagai/);
    expect(cell("~$good.xlsx", 10)).toBe("dilewati");
    expect(cell("opd/dinsos/iku.xlsx", 12)).toEqual({
      text: "buka",
      hyperlink: "bertanda/opd/dinsos/iku.xlsx",
    });
    expect(cell("lama.xls", 12)).toBeNull();

    // counts per rule add up to the findings
    const json = JSON.parse((await run(["periksa", dir, "--format", "json"])).out) as FolderReport;
    const all = json.files.flatMap((f) => f.report?.findings ?? []);
    const rules = wb.getWorksheet("Per aturan") as ExcelJS.Worksheet;
    let total = 0;
    for (let i = 2; i <= rules.rowCount; i++) {
      const row = rules.getRow(i);
      const rule = String(row.getCell(1).value);
      expect(row.getCell(6).value).toBe(all.filter((f) => f.rule === rule).length);
      total += Number(row.getCell(6).value);
    }
    expect(total).toBe(all.length);

    const findings = wb.getWorksheet("Temuan") as ExcelJS.Worksheet;
    expect(findings.rowCount - 1).toBe(all.length);
    expect((findings.getRow(1).values as unknown[]).slice(1, 7)).toEqual([
      "Berkas",
      "Lembar",
      "Sel",
      "Aturan",
      "Tingkat",
      "Pesan",
    ]);
    expect(findings.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(findings.autoFilter).toBeTruthy();
    const first = findings.getRow(2);
    expect(first.getCell(1).value).toEqual({
      text: "bad-anggaran.xlsx",
      hyperlink: "bertanda/bad-anggaran.xlsx",
    });
    expect(first.getCell(5).value).toBe("Galat");

    // a second run replaces its own overview and copies; a file it did not write is left alone
    expect((await run(["periksa", dir, "--out-dir", outDir, "--rekap", rekap])).code).toBe(2);
    const other = path.join(root, "bukan-rekap.xlsx");
    fs.copyFileSync(path.join(dir, "good.xlsx"), other);
    const refused = await run(["periksa", dir, "--rekap", other]);
    expect(refused.code).toBe(2);
    expect(refused.out).toBe("");
    expect(refused.err).toMatch(/sudah ada dan bukan rekap Cermat/);
  }, 120_000);

  it("in English with --lang en", async () => {
    const rekap = path.join(root, "overview.xlsx");
    await run(["periksa", dir, "--rekap", rekap, "--lang", "en"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(rekap);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Overview", "By rule", "Findings"]);
    const ws = wb.getWorksheet("Overview") as ExcelJS.Worksheet;
    expect(ws.getRow(1).getCell(10).value).toBe("Status");
    const statuses = new Set<unknown>();
    for (let i = 2; i <= ws.rowCount; i++) statuses.add(ws.getRow(i).getCell(10).value);
    expect([...statuses].sort()).toEqual(
      ["needs fixing", "no tables", "not an .xlsx", "ready to send", "skipped", "unreadable"].sort(),
    );
  }, 60_000);

  it("refuses a missing --out-dir or --rekap folder, and --out-dir on the input folder", async () => {
    const missing = await run(["periksa", dir, "--out-dir", path.join(root, "tidak-ada")]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Folder .*tidak-ada untuk --out-dir tidak ada\. Buat foldernya dulu/);
    expect(missing.out).toBe("");
    const rekap = await run([
      "periksa",
      dir,
      "--rekap",
      path.join(root, "tidak-ada", "r.xlsx"),
      "--lang",
      "en",
    ]);
    expect(rekap.code).toBe(2);
    expect(rekap.err).toMatch(/The folder .*tidak-ada for --rekap does not exist/);
    const same = await run(["periksa", dir, "--out-dir", dir]);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/--out-dir harus folder lain/);
    const onInput = await run(["periksa", dir, "--rekap", path.join(dir, "good.xlsx"), "--timpa"]);
    expect(onInput.err).toMatch(/--rekap harus berkas baru/);
  });

  it("an --out-dir inside the input folder is not read as submissions", async () => {
    const d = path.join(root, "dalam");
    fs.mkdirSync(path.join(d, "hasil"), { recursive: true });
    fs.copyFileSync(path.join(dir, "good.xlsx"), path.join(d, "a.xlsx"));
    expect((await run(["periksa", d, "--out-dir", path.join(d, "hasil")])).code).toBe(0);
    const again = JSON.parse(
      (await run(["periksa", d, "--out-dir", path.join(d, "hasil"), "--format", "json"])).out,
    ) as FolderReport;
    expect(again.files.map((f) => [f.path, f.marked])).toEqual([["a.xlsx", path.join(d, "hasil", "a.xlsx")]]);
  }, 60_000);
});

describe("helpers", () => {
  it("officeOf: the title's office, else the file name's words, else the folder", () => {
    const report = (title: string) => ({ tables: [{ title }] }) as unknown as Parameters<typeof officeOf>[1];
    expect(
      officeOf(
        "a.xlsx",
        report("Tabel 7.3 Indikator Kinerja Utama (IKU) Dinas Sosial Kota Blitar Tahun 2022-2023"),
      ),
    ).toBe("Dinas Sosial Kota Blitar");
    expect(officeOf("a.xlsx", report("RENSTRA BADAN PERENCANAAN PEMBANGUNAN DAERAH 2025-2029"))).toBe(
      "Badan Perencanaan Pembangunan Daerah",
    );
    expect(officeOf("renstra-dinsos-2025.xlsx")).toBe("dinsos");
    expect(officeOf("Renja_Dinas_Kesehatan_2025.xlsx")).toBe("Dinas Kesehatan");
    expect(officeOf("bappeda/renstra 2025.xlsx")).toBe("bappeda");
  });

  it("mapPool keeps the items' order whatever the order they finish in, with at most N at once", async () => {
    let running = 0;
    let most = 0;
    const out = await mapPool([30, 5, 20, 1, 10], 2, async (ms, slot) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return `${ms}@${slot < 2 ? "ok" : "bad"}`;
    });
    expect(out).toEqual(["30@ok", "5@ok", "20@ok", "1@ok", "10@ok"]);
    expect(most).toBe(2);
  });
});
