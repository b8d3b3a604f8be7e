// Sector recaps a Dinas Perpustakaan dan Kearsipan really keeps: the monthly visits of the Perpustakaan
// Provinsi Riau (additive: months add to their triwulan, the year adds the four triwulan subtotals) and
// the arsip inaktif tertata per perangkat daerah with the hasil pengawasan kearsipan (nilai and
// kategori AA .. D) of a kabupaten in Sulawesi Barat. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ================================================ Perpustakaan Provinsi Riau, kunjungan per bulan 2024

type Bulan = { id: string; nm: string; dw: number; an: number; kl: number; tg: number };

export function kunjunganRiau(): BookW {
  const b = new BookW(
    "rekap-kunjungan-bulanan-dispusip-riau-2024.xlsx",
    "monthly library visits recap (Dinas Perpustakaan dan Kearsipan Provinsi Riau, 2024)",
    "table from column B: No | Bulan | 'Layanan Dalam Gedung' > Umum / Dewasa | Anak-anak | 'Layanan Luar Gedung' > Perpustakaan Keliling | Jumlah Kunjungan (orang) | Target Kunjungan | Capaian (%); number row (1)..(8) with '(6)=(3)+(4)+(5)', '(8)=(6)/(7)x100'; three months then a 'Jumlah Triwulan' row, JUMLAH TAHUN 2024 = the four triwulan rows; notes and signature",
  );
  const S = "Kunjungan 2024";
  const s = b.sheet(S);
  letterhead(
    s,
    [
      "PEMERINTAH PROVINSI RIAU",
      "DINAS PERPUSTAKAAN DAN KEARSIPAN",
      "Jl. Jenderal Sudirman No. 462, Pekanbaru",
    ],
    2,
  );
  s.lines(["REKAPITULASI JUMLAH KUNJUNGAN PEMUSTAKA PERPUSTAKAAN PROVINSI RIAU", "TAHUN 2024"], 2, {
    bold: true,
  });
  s.gap();
  const months: Bulan[][] = [
    [
      { id: "m1", nm: "Januari", dw: 4_215, an: 1_860, kl: 2_340, tg: 8_000 },
      { id: "m2", nm: "Februari", dw: 4_032, an: 1_795, kl: 2_105, tg: 8_000 },
      { id: "m3", nm: "Maret", dw: 3_610, an: 1_540, kl: 1_980, tg: 8_000 },
    ],
    [
      { id: "m4", nm: "April", dw: 3_245, an: 1_320, kl: 1_615, tg: 8_000 },
      { id: "m5", nm: "Mei", dw: 4_480, an: 2_015, kl: 2_460, tg: 8_500 },
      { id: "m6", nm: "Juni", dw: 4_905, an: 2_640, kl: 2_775, tg: 8_500 },
    ],
    [
      { id: "m7", nm: "Juli", dw: 4_870, an: 2_295, kl: 2_449, tg: 9_000 },
      { id: "m8", nm: "Agustus", dw: 4_655, an: 2_080, kl: 2_530, tg: 9_000 },
      { id: "m9", nm: "September", dw: 4_390, an: 1_905, kl: 2_610, tg: 9_000 },
    ],
    [
      { id: "m10", nm: "Oktober", dw: 4_720, an: 2_110, kl: 2_845, tg: 9_000 },
      { id: "m11", nm: "November", dw: 4_515, an: 1_980, kl: 2_390, tg: 9_000 },
      { id: "m12", nm: "Desember", dw: 3_980, an: 2_245, kl: 1_960, tg: 9_000 },
    ],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "bln", head: ["Bulan"], num: "(2)", width: 22 },
    {
      key: "dw",
      head: ["Layanan Dalam Gedung", "Umum / Dewasa"],
      role: "realisasi",
      year: 2024,
      num: "(3)",
      fmt: INT,
      width: 12,
    },
    {
      key: "an",
      head: ["Layanan Dalam Gedung", "Anak-anak"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 12,
    },
    {
      key: "kl",
      head: ["Layanan Luar Gedung", "Perpustakaan Keliling"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
      width: 13,
    },
    {
      key: "jml",
      head: ["Jumlah Kunjungan (orang)"],
      role: "realisasi",
      year: 2024,
      num: "(6)=(3)+(4)+(5)",
      fmt: INT,
      width: 13,
    },
    {
      key: "tg",
      head: ["Target Kunjungan (orang)"],
      role: "target",
      year: 2024,
      num: "(7)",
      fmt: INT,
      width: 12,
    },
    {
      key: "cp",
      head: ["Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(8)=(6)/(7)x100",
      fmt: DEC,
      width: 10,
    },
  ];
  const add = ["dw", "an", "kl", "jml", "tg"];
  const TW = ["I", "II", "III", "IV"];
  const rows: Row[] = [];
  let no = 0;
  months.forEach((q, qi) => {
    for (const m of q)
      rows.push({
        id: m.id,
        cells: (c: Ctx) => ({
          no: ++no,
          bln: m.nm,
          dw: m.dw,
          an: m.an,
          kl: m.kl,
          // planted: Juli's Jumlah typed 9,164 (digits swapped); 4,870 + 2,295 + 2,449 = 9,614
          jml: m.id === "m7" ? 9_164 : fx(`${c.a("dw")}+${c.a("an")}+${c.a("kl")}`),
          tg: m.tg,
          cp: fx(`ROUND(${c.a("jml")}/${c.a("tg")}*100,2)`),
        }),
      });
    const first = q[0].id;
    const last = q[2].id;
    rows.push({
      id: `tw${qi + 1}`,
      bold: true,
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = { bln: `Jumlah Triwulan ${TW[qi]}` };
        for (const k of add) out[k] = fx(`SUM(${c.a(k, first)}:${c.a(k, last)})`);
        // planted: the Triwulan III subtotal of Perpustakaan Keliling stops at Agustus
        if (qi === 2) out.kl = fx(`SUM(${c.a("kl", first)}:${c.a("kl", q[1].id)})`);
        out.cp = fx(`ROUND(${c.a("jml")}/${c.a("tg")}*100,2)`);
        return out;
      },
    });
  });
  rows.push({
    id: "tot",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { bln: "JUMLAH TAHUN 2024" };
      for (const k of add) out[k] = fx(["tw1", "tw2", "tw3", "tw4"].map((id) => c.a(k, id)).join("+"));
      out.cp = fx(`ROUND(${c.a("jml")}/${c.a("tg")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows }, 2);
  s.gap();
  s.lines(
    [
      "Catatan:",
      "- Kunjungan Maret - April menurun karena bulan Ramadan dan libur Idul Fitri.",
      "- Layanan keliling meliputi 12 kabupaten/kota dengan 4 unit mobil perpustakaan.",
    ],
    2,
  );
  s.gap();
  signature(s, 7, {
    tempat: "Pekanbaru, 8 Januari 2025",
    jabatan: ["Kepala Bidang Layanan Perpustakaan,"],
    nama: "RAHMAT HIDAYATULLAH, S.Sos., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19780925 200501 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "m7") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah Kunjungan of Juli is a typed 9,164 among (3)+(4)+(5) formulas; 4,870 + 2,295 + 2,449 give 9,614",
    truth: `${a("dw", "m7")}+${a("an", "m7")}+${a("kl", "m7")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kl", "tw3") },
    rules: ["sum-mismatch"],
    note: "Jumlah Triwulan III of Perpustakaan Keliling is =SUM over Juli-Agustus only (4,979); with September's 2,610 it is 7,589",
    truth: `${a("kl", "m7")}+${a("kl", "m8")}+${a("kl", "m9")}`,
  });
  const all = ["tw1", "tw2", "tw3", "tw4"];
  // the year adds the four triwulan rows, not every row above (that would count each month twice)
  for (const k of ["dw", "an", "tg"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: all.map((id) => a(k, id)).join("+"),
      trap: `SUM(${a(k, "m1")}:${a(k, "tw4")})`,
    });
  for (const [qi, ids] of [
    [0, ["m1", "m2", "m3"]],
    [1, ["m4", "m5", "m6"]],
    [3, ["m10", "m11", "m12"]],
  ] as Array<[number, string[]]>)
    for (const k of ["dw", "kl", "jml"])
      b.ok({
        sheet: S,
        cell: a(k, `tw${qi + 1}`),
        rules: ["sum-mismatch"],
        truth: ids.map((id) => a(k, id)).join("+"),
      });
  // a triwulan's capaian is the ratio of its totals, not the sum of its months' percentages
  for (const id of ["tw1", "tw2"])
    b.ok({
      sheet: S,
      cell: a("cp", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("jml", id)}/${a("tg", id)}*100,2)`,
      trap:
        id === "tw1"
          ? `${a("cp", "m1")}+${a("cp", "m2")}+${a("cp", "m3")}`
          : `${a("cp", "m4")}+${a("cp", "m5")}+${a("cp", "m6")}`,
    });
  for (const id of ["m1", "m6", "m8", "m12"])
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `${a("dw", id)}+${a("an", id)}+${a("kl", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("cp", "m6"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("jml", "m6")}/${a("tg", "m6")}*100,2)`,
  });
  return b.finish();
}

// ======================= Kabupaten Tappalang Raya, arsip inaktif tertata and pengawasan kearsipan 2024

type Opd = { id: string; nm: string; jml: number; ttt: number; nilai: number; kat?: string; ket?: string };

export function arsipPengawasan(): BookW {
  const b = new BookW(
    "rekap-arsip-tertata-pengawasan-kearsipan-tappalang-raya.xlsx",
    "arsip tertata per perangkat daerah and hasil pengawasan kearsipan internal 2024",
    "No | Perangkat Daerah | 'Arsip Inaktif (berkas)' > Jumlah | Tertata | Belum Tertata | Persentase Tertata (%) | 'Hasil Pengawasan Kearsipan Internal' > Nilai | Kategori | Keterangan; number row 1..9 with '5 = 3 - 4', '6 = 4 / 3 x 100'; groups A (Sekretariat dan Badan) and B (Dinas) with Sub Jumlah rows, JUMLAH (A + B) = the two subtotals; Rata-rata nilai and its kategori; kategori scale AA .. D noted under the table",
  );
  const S = "Arsip dan Pengawasan";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TAPPALANG RAYA",
    "DINAS PERPUSTAKAAN DAN KEARSIPAN",
    "BIDANG KEARSIPAN",
  ]);
  s.lines([
    "REKAPITULASI PENATAAN ARSIP INAKTIF DAN HASIL PENGAWASAN KEARSIPAN INTERNAL",
    "PERANGKAT DAERAH KABUPATEN TAPPALANG RAYA TAHUN 2024",
  ]);
  s.gap();
  const A: Opd[] = [
    { id: "a1", nm: "Sekretariat Daerah", jml: 2_460, ttt: 2_135, nilai: 84.6, kat: "A" },
    { id: "a2", nm: "Sekretariat DPRD", jml: 1_380, ttt: 1_012, nilai: 71.25, kat: "BB" },
    {
      id: "a3",
      nm: "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
      jml: 965,
      ttt: 890,
      nilai: 88.4,
      kat: "A",
    },
    { id: "a4", nm: "Badan Keuangan dan Aset Daerah", jml: 3_120, ttt: 2_304, nilai: 76.9, kat: "BB" },
    {
      id: "a5",
      nm: "Badan Kepegawaian dan Pengembangan SDM",
      jml: 1_745,
      ttt: 1_690,
      nilai: 91.35,
      kat: "AA",
    },
  ];
  const B: Opd[] = [
    { id: "b1", nm: "Dinas Pendidikan dan Kebudayaan", jml: 2_890, ttt: 1_948, nilai: 68.3, kat: "B" },
    { id: "b2", nm: "Dinas Kesehatan", jml: 2_215, ttt: 1_806, nilai: 79.4, kat: "A" },
    {
      id: "b3",
      nm: "Dinas Kependudukan dan Pencatatan Sipil",
      jml: 1_180,
      ttt: 1_245,
      nilai: 86.75,
      kat: "A",
      ket: "seluruh berkas telah tertata",
    },
    { id: "b4", nm: "Dinas Pekerjaan Umum dan Penataan Ruang", jml: 1_560, ttt: 842, nilai: 58.6, kat: "CC" },
    {
      id: "b5",
      nm: "Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak",
      jml: 1_035,
      ttt: 718,
      nilai: 64.15,
      kat: "B",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "pd", head: ["Perangkat Daerah"], num: 2, width: 42 },
    { key: "jml", head: ["Arsip Inaktif (berkas)", "Jumlah"], num: 3, fmt: INT, width: 11 },
    {
      key: "ttt",
      head: ["Arsip Inaktif (berkas)", "Tertata"],
      role: "realisasi",
      year: 2024,
      num: 4,
      fmt: INT,
      width: 11,
    },
    { key: "bel", head: ["Arsip Inaktif (berkas)", "Belum Tertata"], num: "5 = 3 - 4", fmt: INT, width: 11 },
    {
      key: "pct",
      head: ["Persentase Tertata (%)"],
      role: "capaian",
      year: 2024,
      num: "6 = 4 / 3 x 100",
      fmt: DEC,
      width: 11,
    },
    {
      key: "nil",
      head: ["Hasil Pengawasan Kearsipan Internal", "Nilai"],
      role: "realisasi",
      year: 2024,
      num: 7,
      fmt: DEC,
      width: 9,
    },
    {
      key: "kat",
      head: ["Hasil Pengawasan Kearsipan Internal", "Kategori"],
      role: "predikat",
      num: 8,
      width: 9,
    },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 9, width: 22 },
  ];
  const opdRow = (x: Opd, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => ({
      no: i + 1,
      pd: x.nm,
      jml: x.jml,
      ttt: x.ttt,
      bel: fx(`${c.a("jml")}-${c.a("ttt")}`),
      pct: fx(`ROUND(${c.a("ttt")}/${c.a("jml")}*100,2)`),
      nil: x.nilai,
      kat: x.kat,
      ket: x.ket,
    }),
  });
  const sub = (id: string, label: string, f: string, l: string): Row => ({
    id,
    bold: true,
    span: ["no", "pd"],
    cells: (c: Ctx) => ({
      no: label,
      jml: fx(`SUM(${c.a("jml", f)}:${c.a("jml", l)})`),
      ttt: fx(`SUM(${c.a("ttt", f)}:${c.a("ttt", l)})`),
      bel: fx(`SUM(${c.a("bel", f)}:${c.a("bel", l)})`),
      pct: fx(`ROUND(${c.a("ttt")}/${c.a("jml")}*100,2)`),
    }),
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "ga", bold: true, cells: { no: "A", pd: "SEKRETARIAT DAN BADAN" } },
      ...A.map(opdRow),
      sub("sa", "Sub Jumlah A", "a1", "a5"),
      { id: "gb", bold: true, cells: { no: "B", pd: "DINAS" } },
      ...B.map((x, i) => opdRow(x, i + A.length)),
      sub("sb", "Sub Jumlah B", "b1", "b5"),
      {
        id: "tot",
        bold: true,
        span: ["no", "pd"],
        cells: (c: Ctx) => ({
          no: "JUMLAH (A + B)",
          jml: fx(`${c.a("jml", "sa")}+${c.a("jml", "sb")}`),
          ttt: fx(`${c.a("ttt", "sa")}+${c.a("ttt", "sb")}`),
          bel: fx(`${c.a("bel", "sa")}+${c.a("bel", "sb")}`),
          pct: fx(`ROUND(${c.a("ttt")}/${c.a("jml")}*100,2)`),
        }),
      },
      {
        id: "avg",
        bold: true,
        span: ["no", "pct"],
        cells: (c: Ctx) => ({
          no: "Rata-rata nilai pengawasan kearsipan internal",
          nil: fx(`ROUND(AVERAGE(${c.a("nil", "a1")}:${c.a("nil", "b5")}),2)`),
          kat: "BB",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori hasil pengawasan: AA (> 90 - 100) Sangat Memuaskan; A (> 80 - 90) Memuaskan; BB (> 70 - 80) Sangat Baik;",
    "B (> 60 - 70) Baik; CC (> 50 - 60) Cukup; C (> 30 - 50) Kurang; D (0 - 30) Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Tappalang, 27 Desember 2024",
    jabatan: ["Kepala Bidang Kearsipan,"],
    nama: "MUHAMMAD ARHAM SYAMSUDDIN, S.IP.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830402 200903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("ttt", "b3") },
        { sheet: S, cell: a("pct", "b3") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Dinas Kependudukan: 1,245 berkas tertata of 1,180 (105.51 %, Belum Tertata -65); the note says every berkas is arranged, so Tertata is 1,180 (100.00 %)",
    truth: a("jml", "b3"),
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "b2") },
    rules: ["sakip-grade-mismatch", "predikat-mismatch"],
    note: "Kategori A for a nilai of 79.40 (Dinas Kesehatan); the band > 70 - 80 of the note is BB",
    truth: `SAKIP(${a("nil", "b2")})`,
  });
  // Sub Jumlah A's percentage is the ratio of its totals, not the mean of its lines
  b.ok({
    sheet: S,
    cell: a("pct", "sa"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("ttt", "sa")}/${a("jml", "sa")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "a1")}:${a("pct", "a5")}),2)`,
  });
  // JUMLAH (A + B) adds the two subtotals, not every row above
  b.ok({
    sheet: S,
    cell: a("jml", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("jml", "sa")}+${a("jml", "sb")}`,
    trap: `SUM(${a("jml", "a1")}:${a("jml", "sb")})`,
  });
  for (const k of ["jml", "ttt", "bel"])
    b.ok({
      sheet: S,
      cell: a(k, "sa"),
      rules: ["sum-mismatch"],
      truth: ["a1", "a2", "a3", "a4", "a5"].map((id) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("jml", "sb"),
    rules: ["sum-mismatch"],
    truth: ["b1", "b2", "b3", "b4", "b5"].map((id) => a("jml", id)).join("+"),
  });
  for (const id of ["a1", "a2", "a3", "a4", "a5", "b1", "b4", "b5"]) {
    b.ok({
      sheet: S,
      cell: a("kat", id),
      rules: ["sakip-grade-mismatch", "predikat-mismatch"],
      truth: `SAKIP(${a("nil", id)})`,
    });
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("ttt", id)}/${a("jml", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("kat", "b3"),
    rules: ["sakip-grade-mismatch", "predikat-mismatch"],
    truth: `SAKIP(${a("nil", "b3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kat", "avg"),
    rules: ["sakip-grade-mismatch", "predikat-mismatch"],
    truth: `SAKIP(${a("nil", "avg")})`,
  });
  return b.finish();
}
