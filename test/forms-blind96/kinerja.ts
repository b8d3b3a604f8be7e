// Performance documents of a Bagian Perekonomian dan SDA: the PK 2025 of a Kalimantan Selatan
// kabupaten's Bagian beside the targets of its Renstra Setda 2025-2029 (pertumbuhan ekonomi, inflasi and
// kemiskinan lower is better, kontribusi dividen BUMD, BUMD sehat), and the LKjIP 2024 measurement of
// a Papua Barat kabupaten's Bagian with capaian stored as fractions under a % format. Every name and
// number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkSungaiAmban(): BookW {
  const b = new BookW(
    "pk-2025-kabag-perekonomian-renstra-setda-sungai-amban.xlsx",
    "PK 2025 and Renstra Setda 2025-2029 targets (Bagian Perekonomian)",
    "sheet 'PK 2025': statement, then Sasaran | Indikator Kinerja | Satuan | Target 2025 (no No column), and No | Kegiatan | Anggaran (Rp) | Keterangan with a Jumlah of the three kegiatan; sheet 'Renstra 2025-2029': No | Indikator Kinerja | Satuan | Kondisi Kinerja Awal (2024) | 'Target Tahun ke-' > 1..5 (years only in the title) | Kondisi Kinerja Akhir Periode Renstra; two lower-is-better rates",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUNGAI AMBAN RAYA", "SEKRETARIAT DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BAGIAN PEREKONOMIAN DAN SUMBER DAYA ALAM",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
    "Pihak Pertama: MUHAMMAD RIDHANI, S.E., M.M. (Kepala Bagian Perekonomian dan SDA)",
    "Pihak Kedua: Ir. H. SYAHRUL FADLI, M.T. (Asisten Perekonomian dan Pembangunan)",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Laju pertumbuhan ekonomi daerah",
      sat: "%",
      awal: 4.62,
      tg: [4.8, 4.95, 5.1, 5.25, 5.4],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Tingkat inflasi year on year (Desember)",
      sat: "%",
      awal: 2.41,
      // planted: the 2027 target lost its decimal point (3,00 typed as 30)
      tg: [3.5, 3.25, 30, 2.75, 2.5],
      neg: true,
      f: DEC,
    },
    {
      id: "r3",
      ind: "Persentase penduduk miskin",
      sat: "%",
      awal: 4.38,
      tg: [4.25, 4.1, 3.95, 3.8, 3.65],
      neg: true,
      f: DEC,
    },
    {
      id: "r4",
      ind: "Kontribusi dividen BUMD terhadap PAD",
      sat: "%",
      awal: 8.12,
      tg: [8.3, 8.5, 8.7, 8.9, 9.1],
      f: DEC,
    },
    {
      id: "r5",
      ind: "Jumlah BUMD dengan predikat kinerja sehat",
      sat: "BUMD",
      awal: 3,
      tg: [3, 4, 4, 5, 5],
      f: "0",
    },
  ];
  // planted: the PK target of the penduduk miskin is the Renstra 2026 target 4.10 (2025: 4.25)
  const pkT = (x: PkInd) => (x.id === "r3" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        sas:
          i < 3
            ? "Meningkatnya kualitas perumusan kebijakan perekonomian daerah"
            : "Meningkatnya kinerja BUMD",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.f),
      },
    })),
  });
  s.gap();
  const keg: Array<[string, string, number]> = [
    ["g1", "Pelaksanaan Kebijakan Perekonomian", 1_342_750_000],
    ["g2", "Pelaksanaan Kebijakan Sumber Daya Alam", 612_300_000],
    ["g3", "Pembinaan dan Evaluasi BUMD dan BLUD", 478_900_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Kegiatan"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...keg.map(([id, nm, rp], i): Row => ({ id, cells: { no: i + 1, nm, rp, ket: "APBD 2025" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Sungai Amban, 2 Januari 2025"], 2);
  s.lines(["Pihak Kedua,", "", "", "Ir. H. SYAHRUL FADLI, M.T.", "NIP. 19700412 199803 1 004"], 1);
  s.r -= 5;
  s.lines(["Pihak Pertama,", "", "", "MUHAMMAD RIDHANI, S.E., M.M.", "NIP. 19830225 200903 1 002"], 3);

  const r = b.sheet(R);
  letterhead(r, ["SEKRETARIAT DAERAH KABUPATEN SUNGAI AMBAN RAYA"]);
  r.lines([
    "Tabel 5.1 Indikator Kinerja Bagian Perekonomian dan SDA",
    "Renstra Sekretariat Daerah Tahun 2025-2029",
  ]);
  r.gap();
  const ord = ["1", "2", "3", "4", "5"];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...ord.map((o, k): Col => ({
        key: `t${o}`,
        head: ["Target Tahun ke-", o],
        role: "target",
        year: 2025 + k,
        width: 8,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja Akhir Periode Renstra"],
        role: "kondisi-akhir",
        year: 2029,
        width: 12,
      },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(ord.map((o, k) => [`t${o}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("t5")),
      }),
    })),
  });
  r.gap();
  r.lines(["Catatan: inflasi dan persentase penduduk miskin semakin rendah semakin baik."]);

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: R, cell: tr.a("t1", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the persentase penduduk miskin is 4.10, the Renstra target of Tahun ke-2 (2026); Tahun ke-1 (2025) is 4.25",
    truth: `'${R}'!${tr.a("t1", "r3")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("t3", "r2") },
    rules: ["target-outlier"],
    note: "inflation target of Tahun ke-3 (2027) is 30.00 among 3.50, 3.25, 2.75, 2.50 (the decimal point lost); the falling path gives 3.00",
    truth: `(${tr.a("t2", "r2")}+${tr.a("t4", "r2")})/2`,
  });
  for (const x of rows.filter((y) => y.id !== "r3"))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("t1", x.id)}`,
    });
  for (const x of rows) {
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("t5", x.id),
      // rates and a stock: the end of the period is the last target, not the five added
      trap: `SUM(${tr.a("t1", x.id)}:${tr.a("t5", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("t5", "r3"), rules: ["target-trend", "target-outlier"], truth: "3.65" });
  b.ok({ sheet: R, cell: tr.a("t5", "r2"), rules: ["target-trend"], truth: "2.5" });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: keg.map(([id]) => t2.a("rp", id)).join("+"),
  });
  return b.finish();
}

// ==================================================== LKjIP 2024, Kabupaten Teluk Sawiyo Raya

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  t26: number;
  neg?: boolean;
  f: string;
};

export function lkjipSawiyo(): BookW {
  const b = new BookW(
    "lkjip-2024-perekonomian-sda-teluk-sawiyo-raya.xlsx",
    "LKjIP pengukuran kinerja (Bagian Perekonomian)",
    "LKjIP 2024 Tabel 3.1: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian | Kategori | Target Akhir Renstra (2026); capaian ROUND formulas stored as fractions with a 0.00% format, refleksi (2T-R)/T for inflasi and kemiskinan; Kategori typed in the Baik words; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TELUK SAWIYO RAYA",
    "SEKRETARIAT DAERAH - BAGIAN PEREKONOMIAN DAN SDA",
  ]);
  s.lines(["Tabel 3.1", "Capaian Indikator Kinerja Utama Bagian Perekonomian dan SDA Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya pertumbuhan ekonomi yang inklusif";
  const S2 = "Meningkatnya kontribusi BUMD terhadap pendapatan daerah";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Laju pertumbuhan ekonomi",
      sat: "%",
      r23: 4.41,
      t: 5.2,
      r: 4.87,
      t26: 5.6,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Tingkat inflasi (yoy Desember)",
      sat: "%",
      r23: 3.37,
      t: 3,
      r: 2.31,
      t26: 2.75,
      neg: true,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase penduduk miskin",
      sat: "%",
      r23: 21.96,
      t: 20.85,
      r: 21.42,
      t26: 19.9,
      neg: true,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Realisasi setoran dividen BUMD",
      sat: "Rp juta",
      r23: 3_612.5,
      t: 4_500,
      r: 3_828,
      t26: 5_200,
      f: "#,##0.0",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase BUMD yang menerapkan tata kelola perusahaan yang baik (GCG)",
      sat: "%",
      r23: 20,
      t: 60,
      r: 40,
      t26: 80,
      f: DEC,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Persentase penyertaan modal yang terealisasi sesuai Perda",
      sat: "%",
      r23: 100,
      t: 100,
      r: 100,
      t26: 100,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => (x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t) * 100;
  const PC = "0.00%";
  const cap = (R: string, T: string, neg?: boolean) =>
    neg ? `ROUND((2*${T}-${R})/${T},4)` : `ROUND(${R}/${T},4)`;
  const G = "Tahun 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
      { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
      { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PC, width: 10 },
      { key: "k", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
      { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, width: 12 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the dividen capaian keeps a stale cached 95.07 % (realisasi revised from 4,278)
          c: fx(cap(c.a("r"), c.a("t"), x.neg), x.id === "i4" ? 0.9507 : undefined),
          // planted: the GCG row (66.67 %) is typed "Baik"; the band > 65 - 75 is Cukup
          k: x.id === "i5" ? "Baik" : predikatBaik(capOf(x)),
          t26: fmt(x.t26, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),4)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: inflasi dan persentase penduduk miskin semakin rendah semakin baik, capaian = (2 x target - realisasi) / target.",
    "Kategori: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Teluk Sawiyo, 27 Februari 2025",
    jabatan: ["Kepala Bagian Perekonomian dan SDA,"],
    nama: "MARTHEN L. WAMBRAUW, S.E., M.Ec.Dev.",
    pangkat: "Pembina (IV/a)",
    nip: "19810316 200701 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "capaian of the setoran dividen is =ROUND(R/T,4) with a stale cached 95.07 % (from a realisasi of 4,278 before the correction); 3,828 / 4,500 gives 85.07 %",
    truth: `ROUND(${a("r", "i4")}/${a("t", "i4")},4)`,
    tol: 0.00006,
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i5") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Baik' for a capaian of 66.67 % (40 against 60); the band > 65 % - 75 % of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")}*100)`,
  });
  for (const x of rows.filter((y) => y.id !== "i4")) {
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: cap(R, T, x.neg),
      // lower is better: the refleksi, not R / T
      trap: x.neg ? `ROUND(${R}/${T},4)` : undefined,
      tol: 0.00006,
    });
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("k", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)}*100)`,
      });
  }
  if (predikatBaik(round(capOf(rows[4]))) !== "Cukup") throw new Error("gcg band");
  return b.finish();
}
