// A sector recap of a Jawa Timur kota's Dinas PUPR, two tables side by side: akses sanitasi aman per
// kecamatan (SR SPALD-T and SPALD-S with penyedotan terjadwal, jumlah, persentase of the KK) and, after
// an empty column, the drainase per kecamatan (panjang saluran, kondisi baik, persentase). The total
// percentages are ratios of the totals. Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

const KEC = [
  { id: "k1", nm: "Wlingi Kota", kk: 18_420, sr: 1_380, ss: 1_245, pj: 48_600, bk: 34_020 },
  { id: "k2", nm: "Kanigoro Utara", kk: 15_960, sr: 960, ss: 1_118, pj: 41_250, bk: 27_225 },
  { id: "k3", nm: "Sumberejo", kk: 12_305, sr: 420, ss: 906, pj: 33_900, bk: 21_018 },
  // planted: kondisi baik 28,130 m typed for 18,130 m, above the 27,400 m of saluran
  { id: "k4", nm: "Talun Kidul", kk: 9_870, sr: 210, ss: 587, pj: 27_400, bk: 28_130 },
  { id: "k5", nm: "Karangrejo", kk: 11_245, sr: 290, ss: 702, pj: 30_150, bk: 19_899 },
];

export function rekapSanitasiDrainaseWlingirejo(): BookW {
  const b = new BookW(
    "rekap-akses-sanitasi-drainase-kecamatan-kota-wlingirejo.xlsx",
    "Rekap sektor sanitasi dan drainase per kecamatan (Dinas PUPR)",
    "Rekap 2024 of a Jawa Timur kota's Dinas PUPR, side by side: No | Kecamatan | Jumlah KK | 'Akses Sanitasi Aman (KK)' > SR SPALD-T | SPALD-S Terjadwal | Jumlah | % Akses Aman with number row (1) .. '(6) = (4) + (5)', '(7) = (6) / (3) x 100' and a TOTAL row; empty column; No | Kecamatan | Panjang Saluran (m) | Kondisi Baik (m) | % Kondisi Baik with a TOTAL row",
  );
  const S = "Rekap Kecamatan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA WLINGIREJO",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "BIDANG CIPTA KARYA",
  ]);
  s.lines([
    "REKAPITULASI AKSES SANITASI AMAN DAN KONDISI SALURAN DRAINASE PER KECAMATAN",
    "KEADAAN 31 DESEMBER 2024",
  ]);
  s.gap();
  const top = s.r;
  const G = "Akses Sanitasi Aman (KK)";
  const c1: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "kk", head: ["Jumlah KK"], num: "(3)", fmt: INT, width: 11 },
    { key: "sr", head: [G, "SR SPALD-T"], role: "realisasi", year: 2024, num: "(4)", fmt: INT, width: 10 },
    {
      key: "ss",
      head: [G, "SPALD-S (penyedotan terjadwal)"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
      width: 12,
    },
    {
      key: "jm",
      head: [G, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(6) = (4) + (5)",
      fmt: INT,
      width: 10,
    },
    { key: "pc", head: ["% Akses Aman"], role: "capaian", num: "(7) = (6) / (3) x 100", fmt: DEC, width: 10 },
  ];
  const sumOf = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k5")})`;
  const t1 = s.table(
    {
      cols: c1,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...KEC.map((k, i): Row => ({
          id: k.id,
          cells: (x) => ({
            no: i + 1,
            kec: k.nm,
            kk: k.kk,
            sr: k.sr,
            ss: k.ss,
            jm: fx(`${x.a("sr")}+${x.a("ss")}`),
            pc: fx(`ROUND(${x.a("jm")}/${x.a("kk")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "kec"],
          cells: (x) => ({
            no: "TOTAL",
            kk: fx(sumOf("kk", x)),
            // planted: a typed 3,620 among SUM formulas; the kecamatan add up to 3,260
            sr: 3_620,
            ss: fx(sumOf("ss", x)),
            jm: fx(sumOf("jm", x)),
            pc: fx(`ROUND(${x.a("jm")}/${x.a("kk")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const c2: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "pj", head: ["Panjang Saluran Drainase (m)"], num: "(3)", fmt: INT, width: 12 },
    {
      key: "bk",
      head: ["Saluran Kondisi Baik (m)"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 12,
    },
    {
      key: "pc",
      head: ["% Kondisi Baik"],
      role: "capaian",
      num: "(5) = (4) / (3) x 100",
      fmt: DEC,
      width: 10,
    },
  ];
  const t2 = s.table(
    {
      cols: c2,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...KEC.map((k, i): Row => ({
          id: k.id,
          cells: (x) => ({
            no: i + 1,
            kec: k.nm,
            pj: k.pj,
            bk: k.bk,
            pc: fx(`ROUND(${x.a("bk")}/${x.a("pj")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "kec"],
          cells: (x) => ({
            no: "TOTAL",
            pj: fx(sumOf("pj", x)),
            bk: fx(sumOf("bk", x)),
            pc: fx(`ROUND(${x.a("bk")}/${x.a("pj")}*100,2)`),
          }),
        },
      ],
    },
    c1.length + 2,
    top,
  );
  s.gap();
  s.lines([
    "Sumber: Bidang Cipta Karya (data SR dan layanan lumpur tinja IPLT Sumberejo) dan UPT Drainase.",
    "*) persentase baris TOTAL dihitung dari jumlah, bukan dijumlahkan.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Wlingirejo, 20 Januari 2025",
    jabatan: ["KEPALA BIDANG CIPTA KARYA,"],
    nama: "DWI ANGGRAENI PUSPITASARI, S.T., M.Eng.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19840312 200902 2 005",
  });
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a1("sr", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "TOTAL SR SPALD-T is a typed 3,620 among SUM formulas; the five kecamatan add up to 3,260 (digits swapped)",
    truth: `SUM(${a1("sr", "k1")}:${a1("sr", "k5")})`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a2("pc", "k4") },
        { sheet: S, cell: a2("bk", "k4") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Talun Kidul: kondisi baik typed 28,130 m for 18,130 m, above its 27,400 m of saluran, so % kondisi baik is 102.66; with 18,130 m it is 66.17",
    truth: `ROUND(18130/${a2("pj", "k4")}*100,2)`,
  });
  for (const k of KEC) {
    b.ok({
      sheet: S,
      cell: a1("jm", k.id),
      rules: ["sum-mismatch"],
      truth: `${a1("sr", k.id)}+${a1("ss", k.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a1("pc", k.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a1("jm", k.id)}/${a1("kk", k.id)}*100,2)`,
    });
    if (k.id !== "k4")
      b.ok({
        sheet: S,
        cell: a2("pc", k.id),
        rules: ["percent-out-of-range"],
        truth: `ROUND(${a2("bk", k.id)}/${a2("pj", k.id)}*100,2)`,
      });
  }
  for (const k of ["kk", "ss", "jm"])
    b.ok({
      sheet: S,
      cell: a1(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a1(k, "k1")}:${a1(k, "k5")})`,
    });
  b.ok({
    sheet: S,
    cell: a2("pj", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a2("pj", "k1")}:${a2("pj", "k5")})`,
  });
  // the TOTAL akses is the ratio of the totals, not the sum of the kecamatan percentages
  b.ok({
    sheet: S,
    cell: a1("pc", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a1("jm", "k1")}:${a1("jm", "k5")})/SUM(${a1("kk", "k1")}:${a1("kk", "k5")})*100,2)`,
    trap: `SUM(${a1("pc", "k1")}:${a1("pc", "k5")})`,
  });
  return b.finish();
}
