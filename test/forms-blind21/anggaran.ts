// The Bappeda's recap of the DPA 2025 of every Perangkat Daerah of Kabupaten Gamkonora by sumber dana
// (PAD, DAU, DAK, DBH), in thousands of rupiah: urusan groups whose subtotal stands on the group's own
// row above its members, a row SUM per Perangkat Daerah, a grand total over the group rows, and the
// share of transfer money per row (a ratio of the row's own sums, never added down). Every name and
// number is invented.
import { BookW, DEC, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { KAB } from "./common";

type Dana = "pad" | "dau" | "dak" | "dbh";
const DANA: Dana[] = ["pad", "dau", "dak", "dbh"];
type OIn = { id: string; kode: string; nama: string; v: [number, number, number, number] };
type GIn = { id: string; no: string; nama: string; pds: OIn[] };

const RIBU = '#,##0;(#,##0);"-"';

/** Rekapitulasi DPA 2025 per Perangkat Daerah menurut sumber dana. */
export function dpaRekap(): BookW {
  const b = new BookW(
    "rekap-dpa-pad-dau-dak-dbh-gamkonora.xlsx",
    "DPA summary by sumber dana with totals",
    "Rekapitulasi DPA 2025 per Perangkat Daerah (Bappeda): No | Kode Unit Organisasi | Urusan / Perangkat Daerah | 'Sumber Dana' > PAD | DAU | DAK | DBH | Jumlah | Ketergantungan Dana Transfer (%); '(dalam ribuan rupiah)'; number row 1 .. 9 with '8 = 4+5+6+7' and '9 = (5+6+7) / 8 x 100'; urusan groups I .. IV whose subtotal stands on the group row (SUM of its members), TOTAL over the four group rows; nil amounts shown as '-'",
  );
  const S = "Rekap DPA 2025";
  const s = b.sheet(S);
  letterhead(s, [`PEMERINTAH ${KAB}`, "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH"]);
  s.lines([
    "REKAPITULASI DOKUMEN PELAKSANAAN ANGGARAN (DPA) PERANGKAT DAERAH MENURUT SUMBER DANA",
    "TAHUN ANGGARAN 2025",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const groups: GIn[] = [
    {
      id: "g1",
      no: "I",
      nama: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
      pds: [
        {
          id: "o11",
          kode: "1.01.0.00.0.00.01.0000",
          nama: "Dinas Pendidikan dan Kebudayaan",
          v: [2_450_000, 241_386_400, 46_812_300, 3_120_000],
        },
        {
          id: "o12",
          kode: "1.02.0.00.0.00.01.0000",
          nama: "Dinas Kesehatan",
          v: [1_875_500, 98_640_250, 38_415_900, 5_260_000],
        },
        {
          id: "o13",
          kode: "1.02.0.00.0.00.02.0000",
          nama: "RSUD Gamkonora (BLUD)",
          v: [34_500_000, 42_318_600, 12_650_000, 0],
        },
        {
          id: "o14",
          kode: "1.03.1.04.0.00.01.0000",
          nama: "Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman",
          v: [1_250_000, 112_480_700, 64_907_200, 18_450_000],
        },
        {
          id: "o15",
          kode: "1.05.0.00.0.00.01.0000",
          nama: "Satuan Polisi Pamong Praja dan Pemadam Kebakaran",
          v: [0, 14_236_800, 0, 1_120_000],
        },
        { id: "o16", kode: "1.06.0.00.0.00.01.0000", nama: "Dinas Sosial", v: [0, 9_874_300, 0, 650_000] },
      ],
    },
    {
      id: "g2",
      no: "II",
      nama: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
      pds: [
        {
          id: "o21",
          kode: "2.09.3.27.0.00.01.0000",
          nama: "Dinas Ketahanan Pangan dan Pertanian",
          v: [120_000, 8_912_450, 2_340_000, 0],
        },
        {
          id: "o22",
          kode: "2.11.0.00.0.00.01.0000",
          nama: "Dinas Lingkungan Hidup",
          v: [1_640_000, 11_208_300, 1_975_000, 3_480_000],
        },
        {
          id: "o23",
          kode: "2.12.0.00.0.00.01.0000",
          nama: "Dinas Kependudukan dan Pencatatan Sipil",
          v: [0, 7_356_900, 1_218_400, 0],
        },
        {
          id: "o24",
          kode: "2.13.0.00.0.00.01.0000",
          nama: "Dinas Pemberdayaan Masyarakat dan Desa",
          v: [0, 12_604_750, 0, 2_150_000],
        },
      ],
    },
    {
      id: "g3",
      no: "III",
      nama: "URUSAN PEMERINTAHAN PILIHAN",
      pds: [
        {
          id: "o31",
          kode: "3.25.0.00.0.00.01.0000",
          nama: "Dinas Kelautan dan Perikanan",
          v: [350_000, 16_842_600, 9_126_500, 1_460_000],
        },
        {
          id: "o32",
          kode: "3.26.0.00.0.00.01.0000",
          nama: "Dinas Pariwisata",
          v: [780_000, 6_918_250, 2_450_000, 0],
        },
      ],
    },
    {
      id: "g4",
      no: "IV",
      nama: "UNSUR PENUNJANG DAN PENGAWASAN URUSAN PEMERINTAHAN",
      pds: [
        {
          id: "o41",
          kode: "5.01.5.05.0.00.01.0000",
          nama: "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah",
          v: [0, 9_846_300, 0, 850_000],
        },
        {
          id: "o42",
          kode: "5.02.0.00.0.00.01.0000",
          nama: "Badan Pengelolaan Keuangan dan Aset Daerah",
          v: [4_860_000, 186_245_700, 0, 12_400_000],
        },
        { id: "o43", kode: "6.01.0.00.0.00.01.0000", nama: "Inspektorat Daerah", v: [0, 8_532_400, 0, 0] },
      ],
    },
  ];
  // planted 1: the DBH of group II is =SUM over its first three members (3,480,000); with the Dinas
  // PMD's 2,150,000 the four give 5,630,000. planted 2: the Jumlah of the Dinas Kesehatan is a typed
  // 144,916,650 among row SUMs; its four sources give 144,191,650
  const SHORT = { id: "g2", k: "dbh" as Dana };
  const TYPED = { id: "o12", v: 144_916_650 };
  const o12 = groups[0].pds[1].v;
  if (o12[0] + o12[1] + o12[2] + o12[3] !== 144_191_650) throw new Error("dpa: o12");
  const SD = "Sumber Dana";
  const money = (key: string, head: string[], num: string, role: Col["role"] = "anggaran"): Col => ({
    key,
    head,
    role,
    year: 2025,
    num,
    fmt: RIBU,
    width: 15,
  });
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode Unit Organisasi"], role: "kode", num: "2", width: 22 },
    { key: "nama", head: ["Urusan / Perangkat Daerah"], num: "3", width: 44 },
    money("pad", [SD, "PAD"], "4"),
    money("dau", [SD, "DAU"], "5"),
    money("dak", [SD, "DAK"], "6"),
    money("dbh", [SD, "DBH"], "7"),
    money("jml", ["Jumlah"], "8 = 4+5+6+7"),
    {
      key: "tr",
      head: ["Ketergantungan Dana Transfer (%)"],
      num: "9 = (5+6+7) / 8 x 100",
      fmt: DEC,
      width: 14,
    },
  ];
  const body: Row[] = [];
  const share = (c: { a(k: string): string }) =>
    fx(`ROUND((${c.a("dau")}+${c.a("dak")}+${c.a("dbh")})/${c.a("jml")}*100,2)`);
  for (const g of groups) {
    body.push({
      id: g.id,
      bold: true,
      cells: (c) => {
        const cells: Record<string, Cell> = { no: g.no, nama: g.nama };
        const r1 = c.row(g.pds[0].id);
        const r2 = c.row(g.pds[g.pds.length - (g.id === SHORT.id ? 2 : 1)].id);
        const rEnd = c.row(g.pds[g.pds.length - 1].id);
        for (const k of DANA) {
          // a group whose members have no money from a source leaves its cell blank
          if (g.pds.every((o) => o.v[DANA.indexOf(k)] === 0)) continue;
          cells[k] = fx(`SUM(${c.c(k)}${r1}:${c.c(k)}${g.id === SHORT.id && k === SHORT.k ? r2 : rEnd})`);
        }
        cells.jml = fx(`SUM(${c.a("pad")}:${c.a("dbh")})`);
        cells.tr = share(c);
        return cells;
      },
    });
    g.pds.forEach((o, i) =>
      body.push({
        id: o.id,
        cells: (c) => {
          const cells: Record<string, Cell> = { no: i + 1, kode: o.kode, nama: o.nama };
          DANA.forEach((k, j) => (cells[k] = o.v[j]));
          cells.jml = o.id === TYPED.id ? TYPED.v : fx(`SUM(${c.a("pad")}:${c.a("dbh")})`);
          cells.tr = share(c);
          return cells;
        },
      }),
    );
  }
  body.push({
    id: "tot",
    bold: true,
    span: ["no", "nama"],
    cells: (c) => {
      const cells: Record<string, Cell> = { no: "TOTAL (I + II + III + IV)" };
      for (const k of DANA) cells[k] = fx(groups.map((g) => c.a(k, g.id)).join("+"));
      cells.jml = fx(`SUM(${c.a("pad")}:${c.a("dbh")})`);
      cells.tr = share(c);
      return cells;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Sumber: DPA Perangkat Daerah Tahun Anggaran 2025 (SIPD), diolah Bidang Perencanaan, Pengendalian dan Evaluasi.",
    "Baris urusan (I - IV) memuat jumlah perangkat daerah di bawahnya; kolom 9 dihitung dari jumlah pada baris yang sama.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Gamkonora, 20 Januari 2025",
    jabatan: ["KEPALA BAPPEDA DAN LITBANG,"],
    nama: "Ir. ABDULLAH M. SOULISA, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720915 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const g2 = groups[1];
  b.plant({
    at: { sheet: S, cell: a(SHORT.k, SHORT.id) },
    rules: ["sum-mismatch"],
    note: "DBH of group II (urusan wajib non pelayanan dasar) is =SUM over its first three Perangkat Daerah (3,480,000); with the Dinas Pemberdayaan Masyarakat dan Desa (2,150,000) the four give 5,630,000",
    truth: g2.pds.map((o) => a(SHORT.k, o.id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("jml", TYPED.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of the Dinas Kesehatan is a typed 144,916,650 among row SUM formulas; 1,875,500 + 98,640,250 + 38,415,900 + 5,260,000 give 144,191,650 (two digits swapped)",
    truth: DANA.map((k) => a(k, TYPED.id)).join("+"),
  });
  // followers, neither planted nor clean: the Jumlah and % of group II and of the TOTAL, the TOTAL DBH,
  // the % of the Dinas Kesehatan, and group I's Jumlah against its members' Jumlah
  for (const g of groups) {
    for (const k of DANA) {
      if (g.id === SHORT.id && k === SHORT.k) continue;
      if (g.pds.every((o) => o.v[DANA.indexOf(k)] === 0)) continue;
      b.ok({
        sheet: S,
        cell: a(k, g.id),
        rules: ["sum-mismatch"],
        truth: g.pds.map((o) => a(k, o.id)).join("+"),
      });
    }
    if (g.id !== "g2" && g.id !== "g1")
      b.ok({
        sheet: S,
        cell: a("jml", g.id),
        rules: ["sum-mismatch"],
        truth: g.pds.map((o) => a("jml", o.id)).join("+"),
      });
    if (g.id !== "g2")
      b.ok({
        sheet: S,
        cell: a("tr", g.id),
        rules: ["sum-mismatch", "percent-out-of-range"],
        truth: `ROUND((${a("dau", g.id)}+${a("dak", g.id)}+${a("dbh", g.id)})/${a("jml", g.id)}*100,2)`,
        // the group's share is its own ratio, not its members' shares added
        trap: g.pds.map((o) => a("tr", o.id)).join("+"),
      });
    for (const o of g.pds) {
      if (o.id === TYPED.id) continue;
      b.ok({
        sheet: S,
        cell: a("jml", o.id),
        rules: ["sum-mismatch", "hardcoded-value"],
        truth: DANA.map((k) => a(k, o.id)).join("+"),
      });
    }
  }
  for (const k of ["pad", "dau", "dak"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: groups.map((g) => a(k, g.id)).join("+"),
      // the members and the group rows above them added together count every Perangkat Daerah twice
      trap: `SUM(${a(k, "g1")}:${a(k, groups[3].pds[2].id)})`,
    });
  return b.finish();
}
