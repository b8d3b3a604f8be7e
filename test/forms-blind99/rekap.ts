// Sector recaps a Dinas Perumahan dan Kawasan Permukiman really keeps: the RTLH handled per kabupaten
// / kota of Provinsi Sumatera Selatan in 2024 (by source of funds, Sub Jumlah Kabupaten and Kota, a
// JUMLAH of the two), and Provinsi Gorontalo's access to air minum and sanitasi layak per kabupaten /
// kota beside the bantuan keuangan PSU it paid out. Every place, name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Row } from "../forms/kit";

// ============================================================== RTLH per kabupaten / kota, Sumsel

type K = { id: string; nm: string; awal: number; prov: number; apbn: number; kab: number };

export function rtlhPerKabSumsel(): BookW {
  const b = new BookW(
    "rekap-penanganan-rtlh-per-kabkota-sumsel-2024.xlsx",
    "rekap penanganan RTLH per kabupaten/kota (Disperkim)",
    "Rekap penanganan RTLH 2024 of the Dinas Perkim of Provinsi Sumatera Selatan: No | Kabupaten / Kota | Jumlah RTLH Awal Tahun 2024 (unit) | 'Penanganan RTLH Tahun 2024 (unit)' > APBD Provinsi | DAK / BSPS (APBN) | APBD Kab/Kota | Jumlah | Sisa RTLH Akhir 2024 | Persentase Tertangani (%); number row '(7)=(4)+(5)+(6)', '(8)=(3)-(7)', '(9)=(7)/(3)x100'; groups A Kabupaten and B Kota with Sub Jumlah rows; JUMLAH (A+B)",
  );
  const S = "Rekap RTLH 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SUMATERA SELATAN",
    "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
    "Bidang Perumahan - Seksi Rumah Swadaya",
  ]);
  s.lines([
    "REKAPITULASI PENANGANAN RUMAH TIDAK LAYAK HUNI (RTLH) PER KABUPATEN/KOTA",
    "TAHUN ANGGARAN 2024",
  ]);
  s.gap();
  const kab: K[] = [
    { id: "a1", nm: "Kabupaten Muara Lintang", awal: 8412, prov: 120, apbn: 350, kab: 85 },
    { id: "a2", nm: "Kabupaten Ogan Serelo", awal: 6935, prov: 95, apbn: 280, kab: 60 },
    { id: "a3", nm: "Kabupaten Sungai Lematang", awal: 7288, prov: 110, apbn: 310, kab: 72 },
    { id: "a4", nm: "Kabupaten Musi Rambang", awal: 5604, prov: 80, apbn: 240, kab: 45 },
    { id: "a5", nm: "Kabupaten Bukit Pasemah", awal: 4870, prov: 70, apbn: 190, kab: 38 },
    { id: "a6", nm: "Kabupaten Komering Tengah", awal: 9126, prov: 140, apbn: 420, kab: 90 },
  ];
  const kota: K[] = [
    { id: "b1", nm: "Kota Tanjung Enim Raya", awal: 2315, prov: 40, apbn: 120, kab: 30 },
    { id: "b2", nm: "Kota Prabu Sakti", awal: 1786, prov: 25, apbn: 85, kab: 20 },
  ];
  const G = "Penanganan RTLH Tahun 2024 (unit)";
  const line = (x: K, no: number): Row => ({
    id: x.id,
    cells: (c) => ({
      no,
      nm: x.nm,
      awal: x.awal,
      prov: x.prov,
      apbn: x.apbn,
      kab: x.kab,
      // planted: Musi Rambang's Jumlah typed 356 (80 + 240 + 45 = 365)
      jml: x.id === "a4" ? 356 : fx(`${c.a("prov")}+${c.a("apbn")}+${c.a("kab")}`),
      sisa: fx(`${c.a("awal")}-${c.a("jml")}`),
      pct: fx(`ROUND(${c.a("jml")}/${c.a("awal")}*100,2)`),
    }),
  });
  const NUMS = ["awal", "prov", "apbn", "kab", "jml", "sisa"];
  const sub = (id: string, label: string, first: string, last: string, short?: string): Row => ({
    id,
    bold: true,
    span: ["no", "nm"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: label };
      for (const k of NUMS) out[k] = fx(`SUM(${c.a(k, first)}:${c.a(k, k === short ? "a5" : last)})`);
      out.pct = fx(`ROUND(${c.a("jml")}/${c.a("awal")}*100,2)`);
      return out;
    },
  });
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kabupaten / Kota"], role: "lokasi", num: "(2)", width: 28 },
      {
        key: "awal",
        head: ["Jumlah RTLH Awal Tahun 2024 (unit)"],
        role: "kondisi-awal",
        year: 2024,
        num: "(3)",
        fmt: INT,
        width: 12,
      },
      {
        key: "prov",
        head: [G, "APBD Provinsi"],
        role: "realisasi",
        year: 2024,
        num: "(4)",
        fmt: INT,
        width: 10,
      },
      {
        key: "apbn",
        head: [G, "DAK / BSPS (APBN)"],
        role: "realisasi",
        year: 2024,
        num: "(5)",
        fmt: INT,
        width: 10,
      },
      {
        key: "kab",
        head: [G, "APBD Kab/Kota"],
        role: "realisasi",
        year: 2024,
        num: "(6)",
        fmt: INT,
        width: 10,
      },
      {
        key: "jml",
        head: [G, "Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(7)=(4)+(5)+(6)",
        fmt: INT,
        width: 10,
      },
      {
        key: "sisa",
        head: ["Sisa RTLH Akhir 2024 (unit)"],
        role: "lainnya",
        num: "(8)=(3)-(7)",
        fmt: INT,
        width: 12,
      },
      {
        key: "pct",
        head: ["Persentase Tertangani (%)"],
        role: "capaian",
        year: 2024,
        num: "(9)=(7)/(3)x100",
        fmt: DEC,
        width: 11,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "ga", bold: true, cells: { no: "A", nm: "KABUPATEN" } },
      ...kab.map((x, i) => line(x, i + 1)),
      // planted: the Sub Jumlah A of APBD Provinsi sums a1..a5, Komering Tengah left out
      sub("sa", "Sub Jumlah A", "a1", "a6", "prov"),
      { id: "gb", bold: true, cells: { no: "B", nm: "KOTA" } },
      ...kota.map((x, i) => line(x, i + 1)),
      sub("sb", "Sub Jumlah B", "b1", "b2"),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH (A + B)" };
          for (const k of NUMS) out[k] = fx(`${c.a(k, "sa")}+${c.a(k, "sb")}`);
          out.pct = fx(`ROUND(${c.a("jml")}/${c.a("awal")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: laporan penanganan RTLH kabupaten/kota dan BSPS Balai Pelaksana Penyediaan Perumahan Sumatera III.",
    "Catatan: Jumlah (A + B) menjumlahkan Sub Jumlah A dan Sub Jumlah B.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Palembang, 15 Januari 2025",
    jabatan: ["Kepala Bidang Perumahan,"],
    nama: "DESI KURNIASARI, S.T., M.Eng.",
    pangkat: "Pembina (IV/a)",
    nip: "19810612 200604 2 011",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "a4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of Kabupaten Musi Rambang is a typed 356 among (4)+(5)+(6) formulas; 80 + 240 + 45 give 365",
    truth: `${a("prov", "a4")}+${a("apbn", "a4")}+${a("kab", "a4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("prov", "sa") },
    rules: ["sum-mismatch"],
    note: "Sub Jumlah A of APBD Provinsi is =SUM over a1..a5 = 475, Komering Tengah's 140 left out; the six kabupaten give 615",
    truth: `SUM(${a("prov", "a1")}:${a("prov", "a6")})`,
  });
  for (const k of ["awal", "apbn", "kab"]) {
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "sa")}+${a(k, "sb")}`,
      // adding every row above would count each kabupaten twice
      trap: `SUM(${a(k, "a1")}:${a(k, "sb")})`,
    });
    b.ok({ sheet: S, cell: a(k, "sa"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "a1")}:${a(k, "a6")})` });
  }
  b.ok({
    sheet: S,
    cell: a("pct", "sb"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("jml", "sb")}/${a("awal", "sb")}*100,2)`,
    trap: `${a("pct", "b1")}+${a("pct", "b2")}`,
  });
  for (const id of ["a1", "a6", "b2"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("jml", id)}/${a("awal", id)}*100,2)`,
    });
  return b.finish();
}

// ===================================== akses air minum / sanitasi and bantuan PSU, Gorontalo

type A = { id: string; nm: string; rt: number; am: number; san: number; pagu: number; real: number };

export function aksesAmsanGorontalo(): BookW {
  const b = new BookW(
    "rekap-akses-air-minum-sanitasi-bankeu-psu-gorontalo-2024.xlsx",
    "rekap akses air minum dan sanitasi layak per kabupaten/kota (Disperkim)",
    "Provinsi Gorontalo 2024, two tables side by side separated by an empty column: No | Kabupaten/Kota | Jumlah Rumah Tangga | 'Akses Air Minum Layak' > Rumah Tangga | % | 'Akses Sanitasi Layak' > Rumah Tangga | % with a JUMLAH row (ratios of the totals); and No | Kabupaten/Kota | Pagu Bantuan Keuangan PSU (Rp) | Realisasi (Rp) | Serapan (%) with a Jumlah row, one header row only",
  );
  const S = "AMSAN dan PSU 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI GORONTALO", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines([
    "Tabel 1. Akses Rumah Tangga terhadap Air Minum dan Sanitasi Layak per Kabupaten/Kota Tahun 2024",
    "Tabel 2. Realisasi Bantuan Keuangan PSU Perumahan kepada Kabupaten/Kota Tahun 2024",
  ]);
  s.gap();
  const rows: A[] = [
    {
      id: "r1",
      nm: "Kab. Bone Tilamuta",
      rt: 48260,
      am: 41120,
      san: 36540,
      pagu: 1850000000,
      real: 1796420000,
    },
    {
      id: "r2",
      nm: "Kab. Pohuwato Barat",
      rt: 42915,
      am: 35870,
      san: 30215,
      pagu: 1600000000,
      real: 1488750000,
    },
    {
      id: "r3",
      nm: "Kab. Boalemo Timur",
      rt: 39540,
      am: 33410,
      san: 29880,
      pagu: 1500000000,
      real: 1500000000,
    },
    {
      id: "r4",
      nm: "Kab. Suwawa Raya",
      rt: 52380,
      am: 46205,
      san: 41760,
      pagu: 1450000000,
      real: 1512400000,
    },
    {
      id: "r5",
      nm: "Kab. Atinggola Utara",
      rt: 27645,
      am: 22940,
      san: 19305,
      pagu: 1250000000,
      real: 1102635000,
    },
    {
      id: "r6",
      nm: "Kota Limboto Raya",
      rt: 61820,
      am: 59115,
      san: 55430,
      pagu: 2100000000,
      real: 2047890000,
    },
  ];
  const AM = "Akses Air Minum Layak";
  const SN = "Akses Sanitasi Layak";
  const top = s.r;
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Kabupaten/Kota"], role: "lokasi", width: 22 },
        { key: "rt", head: ["Jumlah Rumah Tangga"], role: "lainnya", fmt: INT, width: 12 },
        { key: "am", head: [AM, "Rumah Tangga"], role: "realisasi", year: 2024, fmt: INT, width: 12 },
        { key: "amp", head: [AM, "%"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
        { key: "sn", head: [SN, "Rumah Tangga"], role: "realisasi", year: 2024, fmt: INT, width: 12 },
        { key: "snp", head: [SN, "%"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
      ],
      headerRows: 2,
      rows: [
        ...rows.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            no: i + 1,
            nm: x.nm,
            rt: x.rt,
            am: x.am,
            // planted: Boalemo Timur's % points at the next row's rumah tangga
            amp: fx(`ROUND(${c.a("am")}/${x.id === "r3" ? c.a("rt", "r4") : c.a("rt")}*100,2)`),
            sn: x.san,
            snp: fx(`ROUND(${c.a("sn")}/${c.a("rt")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => ({
            no: "JUMLAH",
            rt: fx(`SUM(${c.a("rt", "r1")}:${c.a("rt", "r6")})`),
            am: fx(`SUM(${c.a("am", "r1")}:${c.a("am", "r6")})`),
            amp: fx(`ROUND(${c.a("am")}/${c.a("rt")}*100,2)`),
            sn: fx(`SUM(${c.a("sn", "r1")}:${c.a("sn", "r6")})`),
            snp: fx(`ROUND(${c.a("sn")}/${c.a("rt")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Kabupaten/Kota Penerima"], role: "lokasi", width: 22 },
        {
          key: "pagu",
          head: ["Pagu Bantuan Keuangan PSU (Rp)"],
          role: "anggaran",
          year: 2024,
          fmt: RP,
          width: 16,
        },
        { key: "real", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
        { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
      ],
      headerRows: 1,
      rows: [
        ...rows.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            no: i + 1,
            nm: x.nm,
            pagu: x.pagu,
            // planted: Suwawa Raya's realisasi 1,512,400,000 above its pagu of 1,450,000,000
            real: x.real,
            ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => ({
            no: "Jumlah",
            pagu: fx(`SUM(${c.a("pagu", "r1")}:${c.a("pagu", "r6")})`),
            real: fx(`SUM(${c.a("real", "r1")}:${c.a("real", "r6")})`),
            ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  s.lines(["Sumber: Susenas 2024 (diolah) dan laporan realisasi bantuan keuangan kabupaten/kota."]);
  s.gap();
  signature(s, 10, {
    tempat: "Gorontalo, 10 Februari 2025",
    jabatan: ["Kepala Bidang Prasarana, Sarana dan Utilitas Umum,"],
    nama: "NURLAILA A. HULUBANGGA, S.T., M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19830305 200902 2 008",
  });

  b.plant({
    at: { sheet: S, cell: t1.a("amp", "r3") },
    rules: ["ratio-components-mismatch", "inconsistent-formula"],
    note: "% air minum layak of Kab. Boalemo Timur divides by the rumah tangga of the next row (33,410 / 52,380 = 63.78); 33,410 / 39,540 gives 84.50",
    truth: `ROUND(${t1.a("am", "r3")}/${t1.a("rt", "r3")}*100,2)`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t2.a("real", "r4") },
        { sheet: S, cell: t2.a("ser", "r4") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Kab. Suwawa Raya: realisasi Rp 1,512,400,000 above the pagu of Rp 1,450,000,000 (serapan 104.30 %)",
    truth: t2.a("pagu", "r4"),
  });
  const snps = rows.map((x) => t1.a("snp", x.id));
  b.ok({
    sheet: S,
    cell: t1.a("snp", "tot"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${t1.a("sn", "tot")}/${t1.a("rt", "tot")}*100,2)`,
    // the ratio of the totals, not the mean of the six percentages
    trap: `ROUND(AVERAGE(${snps[0]}:${snps[5]}),2)`,
  });
  for (const id of ["r2", "r4"])
    b.ok({
      sheet: S,
      cell: t1.a("amp", id),
      rules: ["ratio-components-mismatch", "inconsistent-formula"],
      truth: `ROUND(${t1.a("am", id)}/${t1.a("rt", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: t2.a("ser", "r3"),
    rules: ["serapan-over-100", "percent-out-of-range"],
    truth: "100",
  });
  for (const id of ["r1", "r6"])
    b.ok({
      sheet: S,
      cell: t2.a("ser", id),
      rules: ["serapan-over-100"],
      truth: `ROUND(${t2.a("real", id)}/${t2.a("pagu", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: t1.a("sn", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${snps[0].replace(/^[A-Z]+/, t1.c("sn"))}:${t1.a("sn", "r6")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t2.a("pagu", "r1")}:${t2.a("pagu", "r6")})`,
  });
  return b.finish();
}
