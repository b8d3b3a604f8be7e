// The BPKAD of two kabupaten: the rekonsiliasi of barang milik daerah per kelompok aset tetap (Riau;
// saldo awal + mutasi tambah - mutasi kurang = saldo akhir, the SIMDA BMD against the neraca, the
// nilai buku = bruto - akumulasi penyusutan) and the realisasi belanja per perangkat daerah by quarter
// (Papua Selatan; a recap per jenis belanja under it). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kib = { id: string; kode: string; nm: string; sa: number; tb: number; kr: number; nr?: number };

export function rekonBmdRiau(): BookW {
  const b = new BookW(
    "rekonsiliasi-bmd-aset-tetap-bpkad-rokan-seberang.xlsx",
    "Rekonsiliasi barang milik daerah per kelompok aset tetap (BPKAD)",
    "Lampiran BA rekonsiliasi BMD 2024 of a BPKAD in Riau, (dalam ribuan rupiah): No | Kode Akun | Kelompok Aset Tetap | Saldo per 31 Des 2023 (Audited) | 'Mutasi Tahun 2024' > Tambah | Kurang | 'Saldo per 31 Desember 2024' > Menurut SIMDA BMD | Menurut Neraca | Selisih; number row '(7) = (4) + (5) - (6)', '(9) = (7) - (8)'; KIB A-F, Jumlah Bruto, Akumulasi Penyusutan, Nilai Buku = Bruto - Penyusutan",
  );
  const S = "Rekon BMD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN ROKAN SEBERANG",
    "BADAN KEUANGAN DAN ASET DAERAH",
    "Jl. Datuk Laksamana No. 17 Pasir Pengaraian Baru",
  ]);
  s.lines([
    "LAMPIRAN BERITA ACARA REKONSILIASI BARANG MILIK DAERAH",
    "ANTARA BIDANG ASET DAN BIDANG AKUNTANSI POSISI 31 DESEMBER 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const K: Kib[] = [
    { id: "a", kode: "1.3.1", nm: "Tanah (KIB A)", sa: 412_386_540, tb: 8_915_200, kr: 0 },
    {
      id: "b",
      kode: "1.3.2",
      nm: "Peralatan dan Mesin (KIB B)",
      sa: 286_754_318,
      tb: 24_617_905,
      kr: 3_128_440,
    },
    {
      id: "c",
      kode: "1.3.3",
      nm: "Gedung dan Bangunan (KIB C)",
      sa: 534_902_776,
      tb: 41_260_384,
      kr: 1_875_600,
    },
    {
      id: "d",
      kode: "1.3.4",
      nm: "Jalan, Irigasi dan Jaringan (KIB D)",
      sa: 1_186_447_925,
      tb: 73_908_112,
      kr: 0,
      nr: 1_258_916_037,
    },
    { id: "e", kode: "1.3.5", nm: "Aset Tetap Lainnya (KIB E)", sa: 18_306_250, tb: 1_247_800, kr: 412_500 },
    {
      id: "f",
      kode: "1.3.6",
      nm: "Konstruksi Dalam Pengerjaan (KIB F)",
      sa: 37_519_604,
      tb: 22_880_416,
      kr: 36_204_950,
    },
  ];
  const end = (k: Kib) => k.sa + k.tb - k.kr;
  const M = "Mutasi Tahun 2024";
  const SA = "Saldo per 31 Desember 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode Akun"], role: "kode", num: "(2)", width: 9 },
    { key: "nm", head: ["Kelompok Aset Tetap"], role: "lainnya", num: "(3)", width: 34 },
    {
      key: "sa",
      head: ["Saldo per 31 Desember 2023 (Audited)"],
      role: "kondisi-awal",
      year: 2023,
      num: "(4)",
      fmt: INT,
      width: 16,
    },
    {
      key: "tb",
      head: [M, "Tambah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(5)",
      fmt: INT,
      width: 15,
    },
    {
      key: "kr",
      head: [M, "Kurang"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(6)",
      fmt: INT,
      width: 15,
    },
    {
      key: "ak",
      head: [SA, "Menurut SIMDA BMD (Bidang Aset)"],
      role: "kondisi-akhir",
      year: 2024,
      num: "(7) = (4) + (5) - (6)",
      fmt: INT,
      width: 16,
    },
    {
      key: "nr",
      head: [SA, "Menurut Neraca (Bidang Akuntansi)"],
      role: "lainnya",
      num: "(8)",
      fmt: INT,
      width: 16,
    },
    { key: "sl", head: [SA, "Selisih"], role: "lainnya", num: "(9) = (7) - (8)", fmt: INT, width: 13 },
  ];
  const sumK = (k: string, x: Ctx, last = "f") => `SUM(${x.a(k, "a")}:${x.a(k, last)})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kode: k.kode,
          nm: k.nm,
          sa: k.sa,
          tb: k.tb,
          kr: k.kr,
          // planted: the saldo akhir of KIB C typed 547,287,560 (digits swapped; the formula gives 574,287,560)
          ak: k.id === "c" ? 547_287_560 : fx(`${x.a("sa")}+${x.a("tb")}-${x.a("kr")}`),
          nr: k.nr ?? end(k),
          // a selisih of zero is typed "-"
          sl: k.id === "c" || k.nr !== undefined ? fx(`${x.a("ak")}-${x.a("nr")}`) : "-",
        }),
      })),
      {
        id: "br",
        bold: true,
        span: ["no", "nm"],
        cells: (x: Ctx) => ({
          no: "Jumlah Aset Tetap (Bruto)",
          // planted: the SUM of the saldo awal stops at KIB E, the KDP left out
          sa: fx(sumK("sa", x, "e")),
          tb: fx(sumK("tb", x)),
          kr: fx(sumK("kr", x)),
          ak: fx(sumK("ak", x)),
          nr: fx(sumK("nr", x)),
          sl: fx(`${x.a("ak")}-${x.a("nr")}`),
        }),
      },
      {
        id: "py",
        cells: (x: Ctx) => ({
          no: 7,
          kode: "1.3.7",
          nm: "Dikurangi: Akumulasi Penyusutan",
          sa: 612_480_337,
          tb: 58_216_904,
          kr: 2_903_560,
          ak: fx(`${x.a("sa")}+${x.a("tb")}-${x.a("kr")}`),
          nr: 667_793_681,
          sl: "-",
        }),
      },
      {
        id: "nb",
        bold: true,
        span: ["no", "nm"],
        cells: (x: Ctx) => {
          const out: Record<string, ReturnType<typeof fx> | string> = { no: "Nilai Buku Aset Tetap (Neto)" };
          for (const k of ["sa", "tb", "kr", "ak", "nr"]) out[k] = fx(`${x.a(k, "br")}-${x.a(k, "py")}`);
          out.sl = fx(`${x.a("ak")}-${x.a("nr")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Selisih KIB D sebesar Rp 1.440.000 ribu: reklasifikasi KDP jaringan irigasi Sei Lintang yang telah dicatat Bidang Aset namun belum dijurnal Bidang Akuntansi.",
    "2. Mutasi kurang KIB F merupakan reklasifikasi KDP yang telah selesai ke KIB C dan KIB D.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Pasir Pengaraian Baru, 14 Februari 2025",
    jabatan: ["KEPALA BADAN KEUANGAN DAN ASET DAERAH", "KABUPATEN ROKAN SEBERANG,"],
    nama: "H. RAHMAT SYAFRUDDIN, S.E., M.Si., Ak.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720815 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ak", "c") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Saldo akhir SIMDA BMD of KIB C (Gedung dan Bangunan) is a typed 547,287,560 among (4)+(5)-(6) formulas; 534,902,776 + 41,260,384 - 1,875,600 give 574,287,560 (digits swapped), which is also the neraca",
    truth: `${a("sa", "c")}+${a("tb", "c")}-${a("kr", "c")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("sa", "br") },
    rules: ["sum-mismatch"],
    note: "Jumlah Aset Tetap (Bruto) of the saldo 31 Desember 2023 is =SUM over KIB A..E = 2,438,797,809; the KDP's 37,519,604 is left out, the six KIB give 2,476,317,413",
    truth: `SUM(${a("sa", "a")}:${a("sa", "f")})`,
  });
  for (const k of K) {
    if (k.id !== "c")
      b.ok({
        sheet: S,
        cell: a("ak", k.id),
        rules: ["sum-mismatch"],
        truth: `${a("sa", k.id)}+${a("tb", k.id)}-${a("kr", k.id)}`,
      });
  }
  b.ok({
    sheet: S,
    cell: a("ak", "py"),
    rules: ["sum-mismatch"],
    truth: `${a("sa", "py")}+${a("tb", "py")}-${a("kr", "py")}`,
  });
  b.ok({ sheet: S, cell: a("sl", "d"), rules: ["sum-mismatch"], truth: `${a("ak", "d")}-${a("nr", "d")}` });
  for (const k of ["tb", "kr", "nr"])
    b.ok({ sheet: S, cell: a(k, "br"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "a")}:${a(k, "f")})` });
  // the nilai buku is bruto minus penyusutan, not every row above added
  for (const k of ["tb", "kr", "nr"])
    b.ok({
      sheet: S,
      cell: a(k, "nb"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "a")}:${a(k, "f")})-${a(k, "py")}`,
      trap: `SUM(${a(k, "a")}:${a(k, "py")})`,
    });
  return b.finish();
}

type Opd = { id: string; kode: string; nm: string; pagu: number; f: number[] };

export function realisasiBelanjaOpd(): BookW {
  const b = new BookW(
    "realisasi-belanja-per-opd-triwulan-bian-selatan.xlsx",
    "Realisasi belanja per perangkat daerah per triwulan (BPKAD)",
    "Laporan realisasi belanja per perangkat daerah s.d. Triwulan IV 2024 of a BPKAD in Papua Selatan: No | Kode Unit | Perangkat Daerah | Pagu APBD-P 2024 (Rp) | 'Realisasi Belanja (Rp)' > Triwulan I .. IV | Jumlah s.d. Triwulan IV | % Serapan | Sisa Anggaran; number row '9 = 5+6+7+8', '10 = 9 / 4 x 100', '11 = 4 - 9'; JUMLAH row; Tabel 2 under it: realisasi per jenis belanja with % and a JUMLAH row",
  );
  const S = "Realisasi OPD TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BIAN SELATAN",
    "BADAN KEUANGAN DAN ASET DAERAH",
    "Jl. Raya Mandala Spadem No. 4, Kumbe Baru",
  ]);
  s.lines([
    "Tabel 1. LAPORAN REALISASI BELANJA PER PERANGKAT DAERAH",
    "s.d. Triwulan IV Tahun Anggaran 2024",
    "(dalam rupiah)",
  ]);
  s.gap();
  const O: Opd[] = [
    {
      id: "o1",
      kode: "1.01.0.00.0.00.01.0000",
      nm: "Dinas Pendidikan dan Kebudayaan",
      pagu: 412_865_300_000,
      f: [0.14, 0.23, 0.27, 0.31],
    },
    {
      id: "o2",
      kode: "1.02.0.00.0.00.01.0000",
      nm: "Dinas Kesehatan",
      pagu: 298_417_650_000,
      f: [0.12, 0.22, 0.26, 0.33],
    },
    {
      id: "o3",
      kode: "1.03.0.00.0.00.01.0000",
      nm: "Dinas Pekerjaan Umum dan Penataan Ruang",
      pagu: 356_904_120_000,
      f: [0.08, 0.21, 0.33, 0.48],
    },
    {
      id: "o4",
      kode: "1.04.0.00.0.00.01.0000",
      nm: "Dinas Perumahan dan Kawasan Permukiman",
      pagu: 64_318_500_000,
      f: [0.06, 0.19, 0.31, 0.36],
    },
    {
      id: "o5",
      kode: "1.05.0.00.0.00.01.0000",
      nm: "Satuan Polisi Pamong Praja",
      pagu: 21_746_280_000,
      f: [0.19, 0.24, 0.25, 0.28],
    },
    {
      id: "o6",
      kode: "1.06.0.00.0.00.01.0000",
      nm: "Dinas Sosial",
      pagu: 18_925_400_000,
      f: [0.17, 0.22, 0.24, 0.29],
    },
    {
      id: "o7",
      kode: "5.01.0.00.0.00.01.0000",
      nm: "Badan Perencanaan Pembangunan Daerah",
      pagu: 15_384_900_000,
      f: [0.16, 0.23, 0.26, 0.3],
    },
    {
      id: "o8",
      kode: "5.02.0.00.0.00.01.0000",
      nm: "Badan Keuangan dan Aset Daerah",
      pagu: 48_612_750_000,
      f: [0.18, 0.24, 0.25, 0.3],
    },
  ];
  const tw = (o: Opd, i: number) => Math.round((o.pagu * o.f[i]) / 1000) * 1000;
  const dup = tw(O[2], 3) - Math.round((O[2].pagu * 0.36) / 1000) * 1000;
  const R = "Realisasi Belanja (Rp)";
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode Unit"], role: "kode", num: "2", width: 22 },
    { key: "nm", head: ["Perangkat Daerah"], role: "lainnya", num: "3", width: 34 },
    {
      key: "pagu",
      head: ["Pagu APBD-P 2024 (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "4",
      fmt: RP,
      width: 18,
    },
    ...Q.map((q, i): Col => ({
      key: `q${i + 1}`,
      head: [R, `Triwulan ${q}`],
      role: "realisasi-anggaran",
      year: 2024,
      num: String(5 + i),
      fmt: RP,
      width: 17,
    })),
    {
      key: "j",
      head: [R, "Jumlah s.d. Triwulan IV"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "9 = 5+6+7+8",
      fmt: RP,
      width: 18,
    },
    { key: "p", head: ["% Serapan"], role: "capaian", num: "10 = 9 / 4 x 100", fmt: DEC, width: 10 },
    { key: "sisa", head: ["Sisa Anggaran (Rp)"], role: "lainnya", num: "11 = 4 - 9", fmt: RP, width: 17 },
  ];
  const sumO = (k: string, x: Ctx) => `SUM(${x.a(k, "o1")}:${x.a(k, "o8")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...O.map((o, i): Row => ({
        id: o.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kode: o.kode,
          nm: o.nm,
          pagu: o.pagu,
          q1: tw(o, 0),
          q2: tw(o, 1),
          q3: tw(o, 2),
          q4: tw(o, 3),
          j: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
          // planted: Dinas Sosial's % Serapan typed 97.35 (the formula gives 92.00)
          p: o.id === "o6" ? 97.35 : fx(`ROUND(${x.a("j")}/${x.a("pagu")}*100,2)`),
          sisa: fx(`${x.a("pagu")}-${x.a("j")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          pagu: fx(sumO("pagu", x)),
          q1: fx(sumO("q1", x)),
          q2: fx(sumO("q2", x)),
          q3: fx(sumO("q3", x)),
          q4: fx(sumO("q4", x)),
          j: fx(sumO("j", x)),
          p: fx(`ROUND(${x.a("j")}/${x.a("pagu")}*100,2)`),
          sisa: fx(`${x.a("pagu")}-${x.a("j")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Tabel 2. REALISASI BELANJA DAERAH MENURUT JENIS BELANJA (SELURUH 31 PERANGKAT DAERAH)"]);
  s.gap();
  const J = [
    { id: "bo", nm: "Belanja Operasi", ang: 1_184_625_400_000, re: 1_121_846_215_300 },
    { id: "bm", nm: "Belanja Modal", ang: 612_380_750_000, re: 528_913_460_850 },
    { id: "bt", nm: "Belanja Tidak Terduga", ang: 15_000_000_000, re: 4_275_600_000 },
    {
      id: "tr",
      nm: "Belanja Transfer (Bantuan Keuangan ke Kampung)",
      ang: 286_450_000_000,
      re: 284_117_520_000,
    },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Jenis Belanja"], role: "lainnya", width: 34 },
      { key: "ang", head: ["Anggaran Setelah Perubahan (Rp)"], role: "anggaran", year: 2024, fmt: RP },
      { key: "re", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP },
      { key: "p", head: ["Persentase (%)"], role: "capaian", fmt: DEC },
    ],
    headerRows: 1,
    rows: [
      ...J.map((j, i): Row => ({
        id: j.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nm: j.nm,
          ang: j.ang,
          re: j.re,
          p: fx(`ROUND(${x.a("re")}/${x.a("ang")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x: Ctx) => ({
          no: "JUMLAH BELANJA DAERAH",
          ang: fx(`SUM(${x.a("ang", "bo")}:${x.a("ang", "tr")})`),
          re: fx(`SUM(${x.a("re", "bo")}:${x.a("re", "tr")})`),
          p: fx(`ROUND(${x.a("re")}/${x.a("ang")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: SIPD-RI modul Penatausahaan, SP2D s.d. 31 Desember 2024.",
    "Persentase baris jumlah dihitung dari jumlah realisasi dibagi jumlah anggaran.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Kumbe Baru, 20 Januari 2025",
    jabatan: ["Kepala Badan Keuangan dan Aset Daerah", "selaku PPKD,"],
    nama: "YOHANES K. GEBZE, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740611 200012 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("j", "o3") },
        { sheet: S, cell: a("p", "o3") },
        { sheet: S, cell: a("q4", "o3") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: `Dinas PUPR: realisasi s.d. Triwulan IV is above the pagu (110.00 %, Sisa negative); the Triwulan IV holds an SP2D LS of ${dup.toLocaleString("en")} posted twice (also in Triwulan III); without it the serapan is 98.00 %`,
    truth: `ROUND((${a("j", "o3")}-${dup})/${a("pagu", "o3")}*100,2)`,
    actual: a("p", "o3"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "o6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Serapan of the Dinas Sosial is a typed 97.35 among ROUND(9/4*100) formulas; 17,411,368,000 / 18,925,400,000 gives 92.00",
    truth: `ROUND(${a("j", "o6")}/${a("pagu", "o6")}*100,2)`,
  });
  for (const o of O) {
    b.ok({
      sheet: S,
      cell: a("j", o.id),
      rules: o.id === "o3" ? ["sum-mismatch"] : ["sum-mismatch", "serapan-over-100"],
      truth: `SUM(${a("q1", o.id)}:${a("q4", o.id)})`,
    });
    if (o.id !== "o3" && o.id !== "o6")
      b.ok({
        sheet: S,
        cell: a("p", o.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("j", o.id)}/${a("pagu", o.id)}*100,2)`,
      });
  }
  for (const k of ["pagu", "q1", "q2", "q3"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "o1")}:${a(k, "o8")})` });
  const c = (k: string, id: string) => t2.a(k, id);
  for (const k of ["ang", "re"])
    b.ok({ sheet: S, cell: c(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${c(k, "bo")}:${c(k, "tr")})` });
  // the total percentage is the ratio of the totals, not the sum nor the average of the rows
  b.ok({
    sheet: S,
    cell: c("p", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(SUM(${c("re", "bo")}:${c("re", "tr")})/SUM(${c("ang", "bo")}:${c("ang", "tr")})*100,2)`,
    trap: `AVERAGE(${c("p", "bo")}:${c("p", "tr")})`,
  });
  b.ok({
    sheet: S,
    cell: c("p", "bt"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${c("re", "bt")}/${c("ang", "bt")}*100,2)`,
  });
  return b.finish();
}
