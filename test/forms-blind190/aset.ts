// Asset tables of a BPKAD: the rekap KIB A-F of a Kalimantan Selatan kabupaten (saldo awal, mutasi
// tambah / kurang, saldo akhir = awal + tambah - kurang, in thousands of rupiah) and the pemanfaatan
// BMD (sewa, KSP) per objek of a Nusa Tenggara Timur kota with its quarters and % capaian PAD.
// Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Ctx, type Row } from "../forms/kit";

type Kib = { id: string; g: string; nm: string; aw: number; tb: number; kr: number };

export function rekapKibTanahBumbu(): BookW {
  const b = new BookW(
    "rekap-mutasi-kib-bpkad-tanah-bumbu-raya.xlsx",
    "Rekap mutasi BMD per golongan KIB (BPKAD)",
    "Rekapitulasi mutasi barang milik daerah 2024 (dalam ribuan rupiah): No | Golongan | Uraian | Saldo per 1 Januari 2024 | 'Mutasi Tahun 2024' > Bertambah | Berkurang | Saldo per 31 Desember 2024; number row 1 .. '7 = 4 + 5 - 6'; JUMLAH row; notes and signature",
  );
  const S = "Rekap KIB 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANAH BUMBU RAYA",
    "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
    "Jl. Transmigrasi Km. 6 Batulicin Raya",
  ]);
  s.lines([
    "REKAPITULASI MUTASI BARANG MILIK DAERAH PER GOLONGAN",
    "TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const K: Kib[] = [
    { id: "a", g: "KIB A", nm: "Tanah", aw: 1_284_612_450, tb: 18_745_300, kr: 0 },
    { id: "b", g: "KIB B", nm: "Peralatan dan Mesin", aw: 486_237_118, tb: 42_316_775, kr: 7_842_960 },
    { id: "c", g: "KIB C", nm: "Gedung dan Bangunan", aw: 912_448_306, tb: 65_904_120, kr: 3_115_400 },
    { id: "d", g: "KIB D", nm: "Jalan, Irigasi dan Jaringan", aw: 2_146_903_772, tb: 188_420_615, kr: 0 },
    { id: "e", g: "KIB E", nm: "Aset Tetap Lainnya", aw: 38_516_240, tb: 2_904_380, kr: 1_226_500 },
    {
      id: "f",
      g: "KIB F",
      nm: "Konstruksi Dalam Pengerjaan",
      aw: 74_218_900,
      tb: 96_340_210,
      kr: 88_612_450,
    },
  ];
  const M = "Mutasi Tahun 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "g", head: ["Golongan"], role: "kode", num: 2, width: 9 },
      { key: "nm", head: ["Uraian"], role: "lainnya", num: 3, width: 30 },
      {
        key: "aw",
        head: ["Saldo per 1 Januari 2024"],
        role: "kondisi-awal",
        year: 2024,
        num: 4,
        fmt: RP,
        width: 18,
      },
      { key: "tb", head: [M, "Bertambah"], role: "lainnya", num: 5, fmt: RP, width: 16 },
      { key: "kr", head: [M, "Berkurang"], role: "lainnya", num: 6, fmt: RP, width: 16 },
      {
        key: "ak",
        head: ["Saldo per 31 Desember 2024"],
        role: "kondisi-akhir",
        year: 2024,
        num: "7 = 4 + 5 - 6",
        fmt: RP,
        width: 18,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          g: k.g,
          nm: k.nm,
          aw: k.aw,
          tb: k.tb,
          kr: k.kr,
          // planted: KIB C saldo akhir typed with the berkurang added (981,467,826; right 975,237,026)
          ak: k.id === "c" ? 981_467_826 : fx(`${x.a("aw")}+${x.a("tb")}-${x.a("kr")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          aw: fx(`SUM(${x.a("aw", "a")}:${x.a("aw", "f")})`),
          // planted: the range stops at KIB E, the KDP's 96,340,210 left out
          tb: fx(`SUM(${x.a("tb", "a")}:${x.a("tb", "e")})`),
          kr: fx(`SUM(${x.a("kr", "a")}:${x.a("kr", "f")})`),
          ak: fx(`SUM(${x.a("ak", "a")}:${x.a("ak", "f")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: berkurang KIB F adalah reklasifikasi KDP yang telah selesai ke KIB C dan KIB D;",
    "berkurang KIB B dan KIB E karena penghapusan berdasarkan SK Bupati Nomor 188.45/412/BPKAD/2024.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Batulicin Raya, 14 Januari 2025",
    jabatan: ["Kepala Badan Pengelolaan Keuangan", "dan Aset Daerah,"],
    nama: "H. MUHAMMAD RIDHANI, S.E., M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720316 199803 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", "c") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "saldo akhir KIB C is a typed 981,467,826 among formulas: the berkurang 3,115,400 added instead of subtracted; 912,448,306 + 65,904,120 - 3,115,400 = 975,237,026",
    truth: `${a("aw", "c")}+${a("tb", "c")}-${a("kr", "c")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("tb", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH bertambah is SUM over KIB A..E = 318,291,190; with the KDP's 96,340,210 it is 414,631,400",
    truth: `SUM(${a("tb", "a")}:${a("tb", "f")})`,
  });
  for (const k of K) {
    if (k.id === "c") continue;
    b.ok({
      sheet: S,
      cell: a("ak", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("aw", k.id)}+${a("tb", k.id)}-${a("kr", k.id)}`,
      // the berkurang is subtracted, not added
      trap: k.kr > 0 ? `${a("aw", k.id)}+${a("tb", k.id)}+${a("kr", k.id)}` : undefined,
    });
  }
  for (const k of ["aw", "kr"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "a")}:${a(k, "f")})` });
  return b.finish();
}

type Obj = { id: string; nm: string; bt: string; tg: number; q: Array<number | "-"> };

export function pemanfaatanBmdNangalewa(): BookW {
  const b = new BookW(
    "pemanfaatan-bmd-sewa-ksp-kota-nangalewa.xlsx",
    "Realisasi PAD pemanfaatan BMD per objek (BPKAD)",
    "Realisasi pendapatan pemanfaatan BMD 2024 of a kota in NTT: No | Objek Pemanfaatan | Bentuk | Target 2024 (Rp) | 'Realisasi (Rp)' > TW I .. TW IV | Jumlah s.d. TW IV | % Capaian; number row 1 .. '9 = 5+6+7+8', '10 = 9 / 4 x 100'; '-' for empty quarters; JUMLAH row adding the quarter totals",
  );
  const S = "Pemanfaatan BMD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA NANGALEWA",
    "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
    "Bidang Aset - Subbidang Pemanfaatan dan Pengamanan BMD",
  ]);
  s.lines(["LAPORAN REALISASI PENDAPATAN PEMANFAATAN BARANG MILIK DAERAH", "PER TRIWULAN TAHUN 2024"]);
  s.gap();
  const O: Obj[] = [
    {
      id: "o1",
      nm: "Ruko Jl. El Tari Blok A (6 petak)",
      bt: "Sewa",
      tg: 186_000_000,
      q: [46_500_000, 46_500_000, 46_500_000, 46_500_000],
    },
    {
      id: "o2",
      nm: "Gedung Serbaguna Kelurahan Oeleta",
      bt: "Sewa",
      tg: 72_000_000,
      q: [14_250_000, 19_500_000, 21_750_000, 18_000_000],
    },
    {
      id: "o3",
      nm: "Pasar Inpres Nangalewa",
      bt: "KSP",
      tg: 240_000_000,
      q: ["-", "-", 120_000_000, 120_000_000],
    },
    {
      id: "o4",
      nm: "Tanah lokasi menara telekomunikasi Bukit Lasiana",
      bt: "Sewa",
      tg: 96_000_000,
      q: [96_000_000, "-", "-", "-"],
    },
    {
      id: "o5",
      nm: "Alat berat (excavator, vibro roller, dump truck)",
      bt: "Sewa",
      tg: 150_000_000,
      q: [18_400_000, 41_250_000, 52_600_000, 27_300_000],
    },
    {
      id: "o6",
      nm: "Rumah dinas Kompleks Walikota",
      bt: "Sewa",
      tg: 54_000_000,
      q: [12_600_000, 13_500_000, 13_500_000, 9_900_000],
    },
    {
      id: "o7",
      nm: "Terminal Penumpang Tipe C Namosain Raya",
      bt: "KSP",
      tg: 120_000_000,
      q: ["-", 30_000_000, "-", 45_000_000],
    },
  ];
  const R = "Realisasi (Rp)";
  const qs = ["q1", "q2", "q3", "q4"];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "nm", head: ["Objek Pemanfaatan"], role: "lainnya", num: 2, width: 36 },
      { key: "bt", head: ["Bentuk"], role: "keterangan", num: 3, width: 8 },
      { key: "tg", head: ["Target 2024 (Rp)"], role: "anggaran", year: 2024, num: 4, fmt: RP, width: 15 },
      ...qs.map((k, i) => ({
        key: k,
        head: [R, `TW ${["I", "II", "III", "IV"][i]}`],
        role: "realisasi-anggaran" as const,
        year: 2024,
        num: 5 + i,
        fmt: RP,
        width: 14,
      })),
      {
        key: "j",
        head: [R, "Jumlah s.d. TW IV"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "9 = 5+6+7+8",
        fmt: RP,
        width: 15,
      },
      {
        key: "p",
        head: ["% Capaian"],
        role: "capaian",
        year: 2024,
        num: "10 = 9 / 4 x 100",
        fmt: DEC,
        width: 10,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...O.map((o, i): Row => ({
        id: o.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nm: o.nm,
          bt: o.bt,
          tg: o.tg,
          ...Object.fromEntries(qs.map((k, n) => [k, o.q[n]])),
          // planted: the alat berat's Jumlah stops at TW III
          j: fx(`SUM(${x.a("q1")}:${x.a(o.id === "o5" ? "q3" : "q4")})`),
          // planted: the rumah dinas % typed 96.17 (49,500,000 / 54,000,000 = 91.67)
          p: o.id === "o6" ? 96.17 : fx(`ROUND(${x.a("j")}/${x.a("tg")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "bt"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          tg: fx(`SUM(${x.a("tg", "o1")}:${x.a("tg", "o7")})`),
          ...Object.fromEntries(qs.map((k) => [k, fx(`SUM(${x.a(k, "o1")}:${x.a(k, "o7")})`)])),
          j: fx(`${x.a("q1")}+${x.a("q2")}+${x.a("q3")}+${x.a("q4")}`),
          p: fx(`ROUND(${x.a("j")}/${x.a("tg")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: KSP = Kerja Sama Pemanfaatan, kontribusi tetap disetor per semester sesuai perjanjian;",
    "tanda (-) berarti tidak ada setoran pada triwulan berkenaan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Nangalewa, 10 Januari 2025",
    jabatan: ["Kepala Bidang Aset,"],
    nama: "YOHANES B. DA SILVA LAKA, S.E.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19811022 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "o5") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Jumlah of the alat berat is SUM(TW I:TW III) = 112,250,000 while every other row adds TW I..IV; with TW IV's 27,300,000 it is 139,550,000",
    truth: `SUM(${a("q1", "o5")}:${a("q4", "o5")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "o6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Capaian of the rumah dinas is a typed 96.17 among ROUND formulas; 49,500,000 / 54,000,000 gives 91.67",
    truth: `ROUND(${a("j", "o6")}/${a("tg", "o6")}*100,2)`,
  });
  for (const o of O) {
    if (o.id !== "o5")
      b.ok({
        sheet: S,
        cell: a("j", o.id),
        rules: ["sum-mismatch"],
        truth: `SUM(${a("q1", o.id)}:${a("q4", o.id)})`,
      });
    if (o.id !== "o5" && o.id !== "o6")
      b.ok({
        sheet: S,
        cell: a("p", o.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("j", o.id)}/${a("tg", o.id)}*100,2)`,
      });
  }
  for (const k of ["tg", ...qs])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "o1")}:${a(k, "o7")})` });
  // the total % is the ratio of the totals, not the objects' percentages added
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("q1", "tot")}:${a("q4", "tot")})/${a("tg", "tot")}*100,2)`,
    trap: `SUM(${a("p", "o1")}:${a("p", "o7")})`,
  });
  return b.finish();
}
