// Money tables of the UPTD Puskesmas as BLUD: the realisasi pendapatan BLUD 2024 of the puskesmas of
// a Jawa Tengah kabupaten (kapitasi JKN, non kapitasi, pasien umum; in ribuan rupiah) and the rekap
// dana kapitasi JKN 2024 of a Sulawesi Tenggara kabupaten (pagu from peserta x tarif x 12, belanja
// jasa pelayanan and dukungan biaya operasional, serapan, SiLPA). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, type Row } from "../forms/kit";

// ============================== Dinas Kesehatan Kabupaten Mojowangi, pendapatan BLUD puskesmas 2024

type Pkm = { id: string; nm: string; tg: number; kap: number; nk: number; um: number };

export function pendapatanBludMojowangi(): BookW {
  const b = new BookW(
    "pendapatan-blud-puskesmas-mojowangi.xlsx",
    "realisasi pendapatan BLUD puskesmas 2024 (Dinkes)",
    "No | Nama UPTD Puskesmas | Target Pendapatan BLUD | 'Realisasi Pendapatan' > Kapitasi JKN | Non Kapitasi JKN | Pasien Umum dan Lain-lain | Jumlah | % Capaian; number row 1 .. '7 = 4 + 5 + 6', '8 = 7 / 3 x 100'; (dalam ribuan rupiah); JUMLAH row",
  );
  const S = "Pendapatan BLUD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MOJOWANGI",
    "DINAS KESEHATAN",
    "Jl. Pemuda No. 27 Mojowangi, Jawa Tengah",
  ]);
  s.lines([
    "REKAPITULASI REALISASI PENDAPATAN BLUD UPTD PUSKESMAS",
    "TAHUN ANGGARAN 2024 (s.d. 31 Desember 2024)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const pk: Pkm[] = [
    { id: "p1", nm: "UPTD Puskesmas Mojowangi I", tg: 2_700_000, kap: 1_962_480, nk: 512_370, um: 398_150 },
    { id: "p2", nm: "UPTD Puskesmas Sukorejo", tg: 2_140_000, kap: 1_498_320, nk: 366_910, um: 201_770 },
    { id: "p3", nm: "UPTD Puskesmas Kaliwungu Lor", tg: 1_720_000, kap: 1_185_640, nk: 287_450, um: 156_310 },
    { id: "p4", nm: "UPTD Puskesmas Gunungsari", tg: 1_960_000, kap: 1_402_880, nk: 330_215, um: 174_905 },
    { id: "p5", nm: "UPTD Puskesmas Tegalrejo", tg: 1_480_000, kap: 1_026_720, nk: 251_600, um: 118_480 },
  ];
  const R = "Realisasi Pendapatan";
  const pct = (c: { a(k: string, id?: string): string }, id?: string) =>
    `ROUND(${c.a("jml", id)}/${c.a("tg", id)}*100,2)`;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "nm", head: ["Nama UPTD Puskesmas"], role: "lokasi", num: 2, width: 30 },
      {
        key: "tg",
        head: ["Target Pendapatan BLUD"],
        role: "anggaran",
        year: 2024,
        num: 3,
        fmt: INT,
        width: 14,
      },
      { key: "kap", head: [R, "Kapitasi JKN"], role: "realisasi-anggaran", year: 2024, num: 4, fmt: INT },
      { key: "nk", head: [R, "Non Kapitasi JKN"], role: "realisasi-anggaran", year: 2024, num: 5, fmt: INT },
      {
        key: "um",
        head: [R, "Pasien Umum dan Lain-lain"],
        role: "realisasi-anggaran",
        year: 2024,
        num: 6,
        fmt: INT,
      },
      {
        key: "jml",
        head: [R, "Jumlah"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "7 = 4 + 5 + 6",
        fmt: INT,
      },
      {
        key: "pc",
        head: ["% Capaian"],
        role: "capaian",
        year: 2024,
        num: "8 = 7 / 3 x 100",
        fmt: DEC,
        width: 10,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...pk.map((p, i): Row => ({
        id: p.id,
        cells: (c) => ({
          no: i + 1,
          nm: p.nm,
          tg: p.tg,
          kap: p.kap,
          nk: p.nk,
          um: p.um,
          // planted: a typed Jumlah with two digits swapped (1,629,400 is the sum)
          jml: p.id === "p3" ? 1_692_400 : fx(`${c.a("kap")}+${c.a("nk")}+${c.a("um")}`),
          // planted: a stale cached result (before the December non kapitasi claims were booked)
          pc: p.id === "p5" ? fx(pct(c), 85.27) : fx(pct(c)),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["tg", "kap", "nk", "um", "jml"].map((k) => [k, fx(`SUM(${c.a(k, "p1")}:${c.a(k, "p5")})`)]),
          ),
          pc: fx(pct(c)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: pendapatan BLUD di atas target tidak merupakan pelampauan pagu; target sesuai RBA 2024.",
    "Sumber: laporan pendapatan BLUD triwulan IV masing-masing UPTD Puskesmas.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Mojowangi, 20 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kabupaten Mojowangi,"],
    nama: "dr. RAHAYU WIDYASTUTI, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740512 200312 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "p3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of UPTD Puskesmas Kaliwungu Lor is a typed 1,692,400 among (4)+(5)+(6) formulas; 1,185,640 + 287,450 + 156,310 give 1,629,400 (digits swapped)",
    truth: `${a("kap", "p3")}+${a("nk", "p3")}+${a("um", "p3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "p5") },
    rules: ["capaian-mismatch"],
    note: "% Capaian of UPTD Puskesmas Tegalrejo is =ROUND(7/3*100,2) with a stale cached 85.27; 1,396,800 / 1,480,000 gives 94.38",
    truth: `ROUND(${a("jml", "p5")}/${a("tg", "p5")}*100,2)`,
  });
  for (const p of pk) {
    if (p.id !== "p3")
      b.ok({
        sheet: S,
        cell: a("jml", p.id),
        rules: ["sum-mismatch", "hardcoded-value"],
        truth: `${a("kap", p.id)}+${a("nk", p.id)}+${a("um", p.id)}`,
      });
    if (p.id === "p1")
      b.ok({
        sheet: S,
        cell: a("pc", p.id),
        rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
        truth: `ROUND(${a("jml", p.id)}/${a("tg", p.id)}*100,2)`,
        // revenue above its target is no over-spending: 106.41, not capped at 100
        trap: "100",
      });
    else if (p.id !== "p3" && p.id !== "p5")
      b.ok({
        sheet: S,
        cell: a("pc", p.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("jml", p.id)}/${a("tg", p.id)}*100,2)`,
      });
  }
  for (const k of ["tg", "kap", "nk", "um"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: pk.map((p) => a(k, p.id)).join("+"),
    });
  if (round((1_396_800 / 1_480_000) * 100) !== 94.38) throw new Error("blud p5");
  return b.finish();
}

// ============================== Dinas Kesehatan Kabupaten Laiwoi Selatan, rekap dana kapitasi JKN 2024

type Kap = { id: string; nm: string; pst: number; tarif: number; jp: number; dbo: number };

export function kapitasiLaiwoiSelatan(): BookW {
  const b = new BookW(
    "rekap-kapitasi-jkn-puskesmas-laiwoi-selatan.xlsx",
    "rekap dana kapitasi JKN puskesmas 2024 (sector recap)",
    "No | Puskesmas | Peserta Terdaftar (jiwa) | Tarif Kapitasi (Rp/jiwa/bulan) | Pendapatan Kapitasi 12 Bulan (Rp) | 'Realisasi Belanja Kapitasi (Rp)' > Jasa Pelayanan | Dukungan Biaya Operasional | Jumlah | % Serapan | SiLPA (Rp); number row (1) .. (5)=(3)x(4)x12, (8)=(6)+(7), (9)=(8)/(5)x100, (10)=(5)-(8); JUMLAH row",
  );
  const S = "Kapitasi JKN 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LAIWOI SELATAN", "DINAS KESEHATAN", "PROVINSI SULAWESI TENGGARA"]);
  s.lines(["REKAPITULASI PENERIMAAN DAN PEMANFAATAN DANA KAPITASI JKN PADA FKTP PUSKESMAS", "TAHUN 2024"]);
  s.gap();
  const rows: Kap[] = [
    { id: "k1", nm: "Puskesmas Wolasi Baru", pst: 14_250, tarif: 6_000, jp: 598_440_000, dbo: 371_820_000 },
    { id: "k2", nm: "Puskesmas Lalonggasu", pst: 9_830, tarif: 5_500, jp: 382_116_000, dbo: 237_904_500 },
    // planted: dbo typed 368,950,000 (the BKU has 308,950,000), belanja above the pagu
    {
      id: "k3",
      nm: "Puskesmas Tinanggea Utara",
      pst: 11_460,
      tarif: 6_000,
      jp: 486_200_000,
      dbo: 368_950_000,
    },
    { id: "k4", nm: "Puskesmas Andoolo Barat", pst: 8_120, tarif: 5_500, jp: 312_840_000, dbo: 201_385_000 },
    { id: "k5", nm: "Puskesmas Palangga Raya", pst: 12_905, tarif: 6_000, jp: 541_260_000, dbo: 338_472_000 },
  ];
  const RB = "Realisasi Belanja Kapitasi (Rp)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Puskesmas"], role: "lokasi", num: "(2)", width: 26 },
      { key: "pst", head: ["Peserta Terdaftar (jiwa)"], role: "lainnya", num: "(3)", fmt: INT },
      { key: "tarif", head: ["Tarif Kapitasi (Rp/jiwa/bulan)"], role: "lainnya", num: "(4)", fmt: INT },
      {
        key: "pagu",
        head: ["Pendapatan Kapitasi 12 Bulan (Rp)"],
        role: "anggaran",
        year: 2024,
        num: "(5)=(3)x(4)x12",
        fmt: RP,
        width: 17,
      },
      {
        key: "jp",
        head: [RB, "Jasa Pelayanan"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(6)",
        fmt: RP,
        width: 16,
      },
      {
        key: "dbo",
        head: [RB, "Dukungan Biaya Operasional"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(7)",
        fmt: RP,
        width: 16,
      },
      {
        key: "jml",
        head: [RB, "Jumlah"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(8)=(6)+(7)",
        fmt: RP,
        width: 16,
      },
      {
        key: "pc",
        head: ["% Serapan"],
        role: "capaian",
        year: 2024,
        num: "(9)=(8)/(5)x100",
        fmt: DEC,
        width: 10,
      },
      { key: "sisa", head: ["SiLPA (Rp)"], role: "lainnya", num: "(10)=(5)-(8)", fmt: RP, width: 15 },
    ],
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows: [
      ...rows.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          pst: k.pst,
          tarif: k.tarif,
          pagu: fx(`${c.a("pst")}*${c.a("tarif")}*12`),
          jp: k.jp,
          dbo: k.dbo,
          jml: fx(`${c.a("jp")}+${c.a("dbo")}`),
          pc: fx(`ROUND(${c.a("jml")}/${c.a("pagu")}*100,2)`),
          sisa: fx(`${c.a("pagu")}-${c.a("jml")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          pst: fx(`SUM(${c.a("pst", "k1")}:${c.a("pst", "k5")})`),
          pagu: fx(`SUM(${c.a("pagu", "k1")}:${c.a("pagu", "k5")})`),
          // planted: the range stops at Andoolo Barat
          jp: fx(`SUM(${c.a("jp", "k1")}:${c.a("jp", "k4")})`),
          dbo: fx(`SUM(${c.a("dbo", "k1")}:${c.a("dbo", "k5")})`),
          jml: fx(`SUM(${c.a("jml", "k1")}:${c.a("jml", "k5")})`),
          pc: fx(`ROUND(${c.a("jml")}/${c.a("pagu")}*100,2)`),
          sisa: fx(`${c.a("pagu")}-${c.a("jml")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: pemanfaatan jasa pelayanan paling sedikit 60% sesuai Perpres 32/2014 dan Permenkes 6/2022.",
    "SiLPA kapitasi dianggarkan kembali pada RBA tahun 2025.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Andoolo, 24 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan,"],
    nama: "LA ODE MUH. SYARIF, S.K.M., M.Kes.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760822 200003 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("jml", "k3") },
        { sheet: S, cell: a("pc", "k3") },
        { sheet: S, cell: a("dbo", "k3") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Puskesmas Tinanggea Utara: dukungan biaya operasional typed 368,950,000 (the BKU has 308,950,000), so the belanja 855,150,000 is above the pendapatan kapitasi 825,120,000 (103.64 %, SiLPA -30,030,000); belanja is never above the kapitasi received",
    truth: a("pagu", "k3"),
  });
  b.plant({
    at: { sheet: S, cell: a("jp", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Jasa Pelayanan is SUM over the first four puskesmas only (1,779,596,000); with Palangga Raya's 541,260,000 it is 2,320,856,000",
    truth: rows.map((k) => a("jp", k.id)).join("+"),
  });
  for (const k of rows) {
    b.ok({
      sheet: S,
      cell: a("pagu", k.id),
      rules: ["ratio-components-mismatch"],
      truth: `${a("pst", k.id)}*${a("tarif", k.id)}*12`,
    });
    if (k.id === "k3") continue;
    b.ok({
      sheet: S,
      cell: a("jml", k.id),
      rules: ["sum-mismatch", "serapan-over-100"],
      truth: `${a("jp", k.id)}+${a("dbo", k.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pc", k.id),
      rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
      truth: `ROUND(${a("jml", k.id)}/${a("pagu", k.id)}*100,2)`,
    });
  }
  for (const k of ["pst", "pagu"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: rows.map((x) => a(k, x.id)).join("+"),
    });
  return b.finish();
}
