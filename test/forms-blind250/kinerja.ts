// LKjIP, PK with its Renstra, the PORPROV medal recap per cabor and the recap of GOR and stadion use of
// the two Dinas Pemuda dan Olahraga (Sulawesi Barat, Sumatera Utara). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 capaian of the Dispora Lore Sindang: Arah column, refleksi for the negative row. */
export function lkjipDispora(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-dispora-lore-sindang.xlsx",
    "LKjIP capaian kinerja (Dispora)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Arah | Target | Realisasi | Capaian (%) | Kategori; ROUND formulas, refleksi for the drop-out rate; Rata-rata and its kategori",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2",
    "Capaian Indikator Kinerja Utama Dinas Pemuda dan Olahraga Kabupaten Lore Sindang Tahun 2024",
  ]);
  s.gap();
  const sas = "Meningkatnya prestasi olahraga daerah";
  const I = [
    {
      id: "i1",
      ind: "Jumlah perolehan medali pada PORPROV Sulawesi Barat",
      sat: "medali",
      neg: false,
      t: 45,
      r: 38,
    },
    { id: "i2", ind: "Persentase pelatih cabor yang bersertifikat", sat: "%", neg: false, t: 70, r: 64.5 },
    {
      id: "i3",
      ind: "Persentase atlet binaan yang berhenti berlatih (drop out)",
      sat: "%",
      neg: true,
      t: 8,
      r: 6.5,
    },
    { id: "i4", ind: "Tingkat pemanfaatan GOR dan stadion daerah", sat: "%", neg: false, t: 75, r: 69 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "arah", head: ["Arah"], role: "polaritas" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const capV = (x: (typeof I)[number]) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas,
          ind: x.ind,
          sat: x.sat,
          arah: x.neg ? "Turun" : "Naik",
          t: x.t,
          r: x.r,
          // planted: a stale cached 88.89 on the medali row (38 / 45 gives 84.44)
          c: fx(cap(x.neg, c.a("t"), c.a("r")), x.id === "i1" ? 88.89 : undefined),
          // planted: "Baik" for the pelatih row's 92.14 (Sangat Baik)
          p: x.id === "i2" ? "Baik" : predikatBaik(x.id === "i1" ? 88.89 : capV(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator dengan arah Turun dihitung (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch"],
    note: "Capaian of the PORPROV medal count has a stale cached 88.89; its formula gives 38 / 45 x 100 = 84.44",
    truth: cap(false, a("t", "i1"), a("r", "i1")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for 92.14 (64.5 / 70); above 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: cap(true, a("t", "i3"), a("r", "i3")),
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i2", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Dispora Tanjung Barumun beside its Renstra 2025-2029 (Tahun ke-1..5 headers). */
export function pkDispora(): BookW {
  const b = new BookW(
    "pk-2025-dan-renstra-dispora-tanjung-barumun.xlsx",
    "PK 2025 with Renstra (Dispora)",
    "sheet 'Perjanjian Kinerja': statement, No | Sasaran | Indikator | Satuan | Target; Program | Anggaran (Rp) | Sumber Dana with JUMLAH; sheet 'IKU Renstra': Kondisi Awal | Tahun ke-1..5 (2025..2029) | Kondisi Akhir",
  );
  const P = "Perjanjian Kinerja";
  const R = "IKU Renstra";
  const ind = [
    {
      id: "a",
      ind: "Jumlah medali emas pada PORPROV Sumatera Utara",
      sat: "medali",
      awal: 9,
      k: [10, 12, 13, 15, 16],
    },
    {
      id: "b",
      ind: "Persentase atlet binaan yang masuk pelatda PON",
      sat: "%",
      awal: 6.5,
      k: [7, 8, 9.5, 11, 12.5],
    },
    {
      id: "c",
      ind: "Persentase pelatih cabor bersertifikat nasional",
      sat: "%",
      awal: 48,
      k: [55, 62, 70, 78, 85],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama Renstra Dispora Kota Tanjung Barumun 2025-2029"]);
  rs.gap();
  const ys = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...ys.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${y} (${2024 + y})`],
        role: "target",
        year: 2024 + y,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(ys.map((y) => [`y${y}`, x.k[y - 1]])),
        // planted: pelatda PON ends at 11 (the Tahun ke-4 target); Tahun ke-5 is 12.5
        ak: x.id === "b" ? 11 : x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PEMUDA DAN OLAHRAGA KOTA TANJUNG BARUMUN"]);
  pk.lines([
    "Kepala Dinas Pemuda dan Olahraga berjanji akan mewujudkan target kinerja tahunan",
    "sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya prestasi olahraga Kota Tanjung Barumun",
        ind: x.ind,
        sat: x.sat,
        // planted: the gold-medal target is the Tahun ke-2 (2026) value 12; 2025 is 10
        tg: x.id === "a" ? 12 : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_126_380_000 },
    { id: "p2", nm: "Program Pengembangan Kapasitas Daya Saing Kepemudaan", rp: 912_450_000 },
    { id: "p3", nm: "Program Pengembangan Kapasitas Daya Saing Keolahragaan", rp: 3_487_200_000 },
    { id: "p4", nm: "Program Pengembangan Kapasitas Kepramukaan", rp: 265_000_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: "APBD 2025" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p4")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Barumun, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PEMUDA DAN OLAHRAGA"],
    nama: "Drs. HASIHOLAN RITONGA PANGGABEAN, M.Pd.",
    nip: "19710822 199803 1 003",
  });
  const tail = (id: string) => ys.map((y) => rt.a(`y${y}`, id)).join("+");
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "a") },
        { sheet: R, cell: rt.a("y1", "a") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of PORPROV gold medals is 12, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 10",
    truth: `'${R}'!${rt.a("y1", "a")}`,
  });
  b.plant({
    at: { sheet: R, cell: rt.a("ak", "b") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the pelatda PON share is 11 (the Tahun ke-4 target); Tahun ke-5 (2029) is 12.5",
    truth: rt.a("y5", "b"),
  });
  for (const id of ["b", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "c"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y5", "c"),
    trap: tail("c"),
  });
  b.ok({
    sheet: P,
    cell: at.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  return b.finish();
}

/** PORPROV medal recap per cabang olahraga of the Dispora Tanjung Barumun. */
export function rekapMedali(): BookW {
  const b = new BookW(
    "rekap-medali-porprov-per-cabor-tanjung-barumun.xlsx",
    "Rekap perolehan medali per cabor (Dispora)",
    "recap per cabor: Atlet | Emas | Perak | Perunggu | Jumlah '(7) = (4)+(5)+(6)' | Atlet peraih medali | '(9) = (8)/(3) x 100'; TOTAL row with SUM, total % as the ratio of totals",
  );
  const S = "Medali PORPROV 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEMUDA DAN OLAHRAGA KOTA TANJUNG BARUMUN", "Bidang Peningkatan Prestasi Olahraga"]);
  s.lines(["Rekapitulasi Perolehan Medali Kontingen Kota Tanjung Barumun pada PORPROV Sumatera Utara 2024"]);
  s.gap();
  const C = [
    { id: "c1", nm: "Atletik", at: 14, e: 3, p: 2, b: 4, pm: 8 },
    { id: "c2", nm: "Renang", at: 10, e: 2, p: 3, b: 1, pm: 5 },
    { id: "c3", nm: "Pencak Silat", at: 12, e: 4, p: 1, b: 3, pm: 8 },
    { id: "c4", nm: "Karate", at: 8, e: 1, p: 2, b: 2, pm: 5 },
    { id: "c5", nm: "Bulu Tangkis", at: 6, e: 0, p: 1, b: 2, pm: 3 },
    { id: "c6", nm: "Dayung", at: 9, e: 2, p: 0, b: 1, pm: 3 },
  ];
  const M = "Perolehan Medali";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)" },
    { key: "nm", head: ["Cabang Olahraga"], num: "(2)", width: 22 },
    { key: "at", head: ["Jumlah Atlet Dikirim"], num: "(3)", fmt: INT },
    { key: "e", head: [M, "Emas"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "p", head: [M, "Perak"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    { key: "b", head: [M, "Perunggu"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    { key: "j", head: [M, "Jumlah"], role: "realisasi", year: 2024, num: "(7) = (4)+(5)+(6)", fmt: INT },
    { key: "pm", head: ["Atlet Peraih Medali"], num: "(8)", fmt: INT },
    {
      key: "pct",
      head: ["Persentase Atlet Peraih Medali (%)"],
      role: "capaian",
      num: "(9) = (8)/(3) x 100",
      fmt: DEC,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...C.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          at: x.at,
          e: x.e,
          p: x.p,
          b: x.b,
          // planted: Pencak Silat's Jumlah typed 9 among formulas (4 + 1 + 3 = 8)
          j: x.id === "c3" ? 9 : fx(`${c.a("e")}+${c.a("p")}+${c.a("b")}`),
          pm: x.pm,
          pct: fx(`ROUND(${c.a("pm")}/${c.a("at")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "TOTAL" };
          for (const k of ["at", "p", "b", "j", "pm"]) out[k] = fx(`SUM(${c.a(k, "c1")}:${c.a(k, "c6")})`);
          // planted: the Emas total stops at Bulu Tangkis (10 instead of 12)
          out.e = fx(`SUM(${c.a("e", "c1")}:${c.a("e", "c5")})`);
          out.pct = fx(`ROUND(${c.a("pm")}/${c.a("at")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: KONI Kota Tanjung Barumun dan panitia PORPROV Sumatera Utara 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "c3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah medali of Pencak Silat is a typed 9 among formulas; 4 + 1 + 3 = 8",
    truth: `${a("e", "c3")}+${a("p", "c3")}+${a("b", "c3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("e", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL Emas is =SUM over five cabor (10); with Dayung's 2 it is 12",
    truth: `SUM(${a("e", "c1")}:${a("e", "c6")})`,
  });
  for (const id of ["c1", "c2", "c4", "c6"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("e", id)}+${a("p", id)}+${a("b", id)}`,
    });
  for (const k of ["p", "b", "at"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "c1")}:${a(k, "c6")})` });
  for (const id of ["c1", "c5"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("pm", id)}/${a("at", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("pm", "tot")}/${a("at", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "c1")}:${a("pct", "c6")}),2)`,
  });
  return b.finish();
}

/** GOR and stadion use per triwulan of the Dispora Lore Sindang, with a retribusi table beside it. */
export function rekapGor(): BookW {
  const b = new BookW(
    "rekap-pemakaian-gor-stadion-lore-sindang-2024.xlsx",
    "Rekap pemanfaatan GOR dan stadion (Dispora)",
    "two tables side by side: hari pakai per venue per triwulan, Jumlah, hari tersedia, tingkat pemanfaatan (%), TOTAL with the ratio of totals; and retribusi per venue (target, realisasi, %) after one empty column",
  );
  const S = "Pemanfaatan Venue 2024";
  const s = b.sheet(S);
  letterhead(s, ["UPTD PENGELOLA SARANA OLAHRAGA", "DINAS PEMUDA DAN OLAHRAGA KABUPATEN LORE SINDANG"]);
  s.lines(["Rekapitulasi Pemanfaatan GOR dan Stadion Daerah Tahun 2024"]);
  s.gap();
  const V = [
    {
      id: "v1",
      nm: "Stadion Manakarra Sindang",
      q: [52, 61, 66, 58],
      av: 280,
      tr: 145_000_000,
      rr: 131_250_000,
    },
    { id: "v2", nm: "GOR Tadulako Sindang", q: [70, 74, 78, 72], av: 320, tr: 96_000_000, rr: 101_400_000 },
    {
      id: "v3",
      nm: "Kolam Renang Pantai Lore",
      q: [40, 48, 55, 44],
      av: 300,
      tr: 38_500_000,
      rr: 29_860_000,
    },
    {
      id: "v4",
      nm: "Lapangan Tenis Indoor Rante",
      q: [35, 42, 39, 41],
      av: 290,
      tr: 12_000_000,
      rr: 10_350_000,
    },
  ];
  const TW = "Hari Pemakaian";
  const top = s.r;
  const t = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "1" },
        { key: "nm", head: ["Nama Venue"], num: "2", width: 28 },
        ...[1, 2, 3, 4].map((i): Col => ({
          key: `q${i}`,
          head: [TW, `Triwulan ${["I", "II", "III", "IV"][i - 1]}`],
          role: "realisasi",
          year: 2024,
          num: String(2 + i),
          fmt: INT,
        })),
        { key: "j", head: [TW, "Jumlah"], role: "realisasi", year: 2024, num: "7 = 3+4+5+6", fmt: INT },
        { key: "av", head: ["Hari Tersedia"], role: "target", year: 2024, num: "8", fmt: INT },
        { key: "pct", head: ["Tingkat Pemanfaatan (%)"], role: "capaian", num: "9 = 7/8 x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...V.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            no: i + 1,
            nm: x.nm,
            q1: x.q[0],
            q2: x.q[1],
            q3: x.q[2],
            q4: x.q[3],
            av: x.av,
            // planted: Stadion's Jumlah typed 247; the quarters give 237
            j: x.id === "v1" ? 247 : fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
            // planted: the kolam renang's use typed 112.40 (187 / 300 = 62.33)
            pct: x.id === "v3" ? 112.4 : fx(`ROUND(${c.a("j")}/${c.a("av")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => {
            const out: Record<string, string | ReturnType<typeof fx>> = { no: "TOTAL" };
            for (const k of ["q1", "q2", "q3", "q4", "j", "av"])
              out[k] = fx(`SUM(${c.a(k, "v1")}:${c.a(k, "v4")})`);
            out.pct = fx(`ROUND(${c.a("j")}/${c.a("av")}*100,2)`);
            return out;
          },
        },
      ],
    },
    1,
    top,
  );
  const u = s.table(
    {
      cols: [
        { key: "nm", head: ["Venue"], width: 28 },
        { key: "tr", head: ["Retribusi (Rp)", "Target"], role: "target", year: 2024, fmt: RP, width: 16 },
        {
          key: "rr",
          head: ["Retribusi (Rp)", "Realisasi"],
          role: "realisasi",
          year: 2024,
          fmt: RP,
          width: 16,
        },
        { key: "pr", head: ["Retribusi (Rp)", "%"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...V.map((x): Row => ({
          id: x.id,
          cells: (c) => ({ nm: x.nm, tr: x.tr, rr: x.rr, pr: fx(`ROUND(${c.a("rr")}/${c.a("tr")}*100,2)`) }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            nm: "Jumlah",
            tr: fx(`SUM(${c.a("tr", "v1")}:${c.a("tr", "v4")})`),
            rr: fx(`SUM(${c.a("rr", "v1")}:${c.a("rr", "v4")})`),
            pr: fx(`ROUND(${c.a("rr")}/${c.a("tr")}*100,2)`),
          }),
        },
      ],
    },
    t.right + 2,
    top + 1,
  );
  s.gap();
  s.lines([
    "Catatan: hari tersedia dikurangi hari pemeliharaan rutin; retribusi sesuai Perda Retribusi Jasa Usaha.",
  ]);
  s.gap();
  signature(s, 3, {
    tempat: "Lore Sindang, 10 Januari 2025",
    jabatan: ["KEPALA UPTD PENGELOLA SARANA OLAHRAGA"],
    nama: "FITRIANI DAENG MATTOLA, S.E.",
    nip: "19850119 201001 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (id: string) => [1, 2, 3, 4].map((i) => a(`q${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", "v1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah hari pemakaian of the stadion is a typed 247; the four quarters give 52 + 61 + 66 + 58 = 237",
    truth: qs("v1"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "v3") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "Tingkat pemanfaatan of the kolam renang is a typed 112.40 %, above 100 where it cannot be; 187 / 300 gives 62.33",
    truth: `ROUND(${a("j", "v3")}/${a("av", "v3")}*100,2)`,
  });
  for (const id of ["v2", "v3", "v4"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: qs(id) });
  for (const id of ["v2", "v4"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("av", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("av", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("av", "v1")}:${a("av", "v4")})`,
  });
  b.ok({
    sheet: S,
    cell: u.a("pr", "v2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${u.a("rr", "v2")}/${u.a("tr", "v2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: u.a("pr", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${u.a("rr", "tot")}/${u.a("tr", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${u.a("pr", "v1")}:${u.a("pr", "v4")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: u.a("rr", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${u.a("rr", "v1")}:${u.a("rr", "v4")})`,
  });
  return b.finish();
}
