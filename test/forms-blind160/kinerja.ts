// Performance tables of two Bapenda: the LKjIP 2024 measurement table of a kabupaten in Sulawesi Selatan (refleksi
// for the lower-is-better rows, predikat words, the AKIP scores under it) and the Perjanjian Kinerja 2025 of a
// kabupaten in Jawa Barat beside its Renstra 2025-2029. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  sakip,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type I = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
};

export function lkjipBapenda(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-bapenda-kab-lamatti-raya.xlsx",
    "LKjIP 2024 pengukuran kinerja (Bapenda)",
    "LKjIP 2024 Tabel 3.1 of a Bapenda in Sulawesi Selatan: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; refleksi (2T - R) / T for the lower-is-better rows; Rata-rata row; Tabel 3.2 under it: Tahun | Nilai AKIP | Kategori",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENDAPATAN DAERAH KABUPATEN LAMATTI RAYA"]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Badan Pendapatan Daerah Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kemandirian keuangan daerah";
  const S2 = "Meningkatnya kualitas pelayanan dan kepatuhan wajib pajak";
  const X: I[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      neg: false,
      r23: 11.84,
      t: 12.5,
      r: 12.91,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase realisasi penerimaan pajak daerah terhadap target",
      sat: "%",
      neg: false,
      r23: 96.2,
      t: 100,
      r: 97.35,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase tunggakan PBB-P2 terhadap pokok ketetapan",
      sat: "%",
      neg: true,
      r23: 18.6,
      t: 15,
      r: 16.8,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Rata-rata waktu penyelesaian keberatan pajak daerah",
      sat: "hari",
      neg: true,
      r23: 34,
      t: 30,
      r: 26,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Indeks kepuasan wajib pajak",
      sat: "nilai",
      neg: false,
      r23: 78.4,
      t: 82,
      r: 80.95,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 12 },
  ];
  const cap = (i: I) => (i.neg ? (2 * i.t - i.r) / i.t : i.r / i.t) * 100;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...X.map((i, n): Row => ({
        id: i.id,
        cells: (x: Ctx) => ({
          no: n + 1,
          sas: i.sas,
          ind: i.ind,
          sat: i.sat,
          r23: i.r23,
          t: i.t,
          r: i.r,
          // planted: the tunggakan row (lower is better) keeps the R / T formula of the rows above
          c: fx(
            i.neg && i.id === "i4"
              ? `ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`
              : `ROUND(${x.a("r")}/${x.a("t")}*100,2)`,
          ),
          p: i.id === "i3" ? "Sangat Baik" : predikatBaik(cap(i)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (x: Ctx) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Tabel 3.2", "Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP) Bapenda"]);
  const ak = s.table({
    cols: [
      { key: "th", head: ["Tahun Evaluasi"], width: 10 },
      { key: "n", head: ["Nilai AKIP"], role: "realisasi", fmt: DEC, width: 10 },
      { key: "kat", head: ["Kategori"], role: "predikat", width: 10 },
    ],
    headerRows: 1,
    rows: [
      { id: "a22", cells: { th: "2022", n: 64.12, kat: sakip(64.12) } },
      { id: "a23", cells: { th: "2023", n: 68.9, kat: sakip(68.9) } },
      // planted: 72.35 is BB, typed B
      { id: "a24", cells: { th: "2024", n: 72.35, kat: "B" } },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator tunggakan dan waktu penyelesaian keberatan semakin kecil semakin baik;",
    "capaian = (2 x target - realisasi) / target x 100. Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the tunggakan PBB-P2 (lower is better by the note) is =ROUND(R/T*100,2) = 112.00; (2 x 15 - 16.8) / 15 gives 88.00, as the keberatan row computes",
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: ak.a("kat", "a24") },
    rules: ["sakip-grade-mismatch"],
    note: "AKIP 2024 score 72.35 is categorised B; > 70 - 80 is BB",
    truth: `SAKIP(${ak.a("n", "a24")})`,
  });
  for (const id of ["i1", "i2", "i5"]) {
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  }
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "i4"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const id of ["a22", "a23"])
    b.ok({
      sheet: S,
      cell: ak.a("kat", id),
      rules: ["sakip-grade-mismatch"],
      truth: `SAKIP(${ak.a("n", id)})`,
    });
  return b.finish();
}

type Ind = { id: string; ind: string; sat: string; level: boolean; awal: number; k: number[] };

export function pkBapenda(): BookW {
  const b = new BookW(
    "pk-kaban-bapenda-renstra-kab-cibeureum-raya.xlsx",
    "Perjanjian Kinerja 2025 with the Renstra Bapenda 2025-2029",
    "PK 2025 of the head of a Bapenda in Jawa Barat: statement, No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Program / Kegiatan | Anggaran (Rp) | Keterangan with a Jumlah of the programs; sheet Renstra: No | Indikator | Satuan | Kondisi Awal 2024 | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const RS = "Renstra 2025-2029";
  const PS = "PK 2025";
  const IN: Ind[] = [
    {
      id: "n1",
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      level: true,
      awal: 21.4,
      k: [22, 22.8, 23.5, 24.3, 25],
    },
    {
      id: "n2",
      ind: "Persentase realisasi penerimaan PBB-P2 terhadap ketetapan",
      sat: "%",
      level: true,
      awal: 78.5,
      k: [82, 85, 87.5, 90, 92],
    },
    {
      id: "n3",
      ind: "Persentase realisasi penerimaan BPHTB terhadap target",
      sat: "%",
      level: true,
      awal: 91,
      k: [93, 94, 95, 96, 97],
    },
    {
      id: "n4",
      ind: "Jumlah wajib pajak PBJT baru yang terdaftar",
      sat: "WP",
      level: false,
      awal: 850,
      k: [900, 950, 1_000, 1_050, 1_100],
    },
  ];
  // the PK sheet comes first in the workbook, the Renstra it refers to second
  const pk = b.sheet(PS);
  const rs = b.sheet(RS);
  letterhead(rs, ["BADAN PENDAPATAN DAERAH KABUPATEN CIBEUREUM RAYA"]);
  rs.lines(["Tabel 6.1 Indikator Kinerja Utama dan Target Renstra Bapenda 2025-2029"]);
  rs.gap();
  const yrs = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...yrs.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: IN.map((n, i): Row => ({
      id: n.id,
      cells: {
        no: i + 1,
        ind: n.ind,
        sat: n.sat,
        awal: n.awal,
        ...Object.fromEntries(n.k.map((v, j) => [`y${j}`, v])),
        ak: n.level ? n.k[4] : n.k.reduce((p, q) => p + q, 0),
      },
    })),
  });
  letterhead(pk, [
    "PEMERINTAH KABUPATEN CIBEUREUM RAYA",
    "PERJANJIAN KINERJA TAHUN 2025",
    "BADAN PENDAPATAN DAERAH",
  ]);
  pk.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Dr. H. Asep Saepul Rahmat, S.E., M.Si., Kepala Badan Pendapatan Daerah,",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const SS = "Meningkatnya pendapatan asli daerah";
  const t1 = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: the PBB-P2 target is the Renstra 2026 value
    rows: IN.map((n, i): Row => ({
      id: n.id,
      cells: { no: i + 1, sas: SS, ind: n.ind, sat: n.sat, tg: n.id === "n2" ? n.k[1] : n.k[0] },
    })),
  });
  pk.gap();
  const P = [
    {
      id: "p1",
      no: "1",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      kids: [
        { id: "p1a", nm: "Administrasi Keuangan Perangkat Daerah", rp: 8_412_650_000 },
        { id: "p1b", nm: "Administrasi Umum Perangkat Daerah", rp: 1_204_300_000 },
        { id: "p1c", nm: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah", rp: 1_687_500_000 },
      ],
    },
    {
      id: "p2",
      no: "2",
      nm: "Program Pengelolaan Pendapatan Daerah",
      kids: [
        { id: "p2a", nm: "Pengelolaan Pajak Daerah", rp: 5_936_800_000 },
        { id: "p2b", nm: "Pengelolaan Retribusi Daerah", rp: 1_150_250_000 },
        { id: "p2c", nm: "Pengelolaan Pendapatan Daerah Lainnya", rp: 642_700_000 },
      ],
    },
  ];
  const t2 = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program / Kegiatan"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...P.flatMap((p): Row[] => [
        {
          id: p.id,
          bold: true,
          // planted: program 2 sums its first two kegiatan only
          cells: (x: Ctx) => ({
            no: p.no,
            nm: p.nm,
            rp: fx(`SUM(${x.a("rp", p.kids[0].id)}:${x.a("rp", p.kids[p.id === "p2" ? 1 : 2].id)})`),
            ket: "APBD",
          }),
        },
        ...p.kids.map((k): Row => ({ id: k.id, cells: { nm: `- ${k.nm}`, rp: k.rp } })),
      ]),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        cells: (x: Ctx) => ({ no: "JUMLAH", rp: fx(`${x.a("rp", "p1")}+${x.a("rp", "p2")}`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Cibeureum, 6 Januari 2025",
    jabatan: ["BUPATI CIBEUREUM RAYA,"],
    nama: "H. DEDEN SURYANA, S.H.",
    nip: "-",
  });
  const RR = (k: string, id: string) => `'${RS}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: PS, cell: t1.a("tg", "n2") },
        { sheet: RS, cell: rt.a("y0", "n2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the PBB-P2 realisation is 85.00, the Renstra 2026 target; the Renstra 2025 target is 82.00",
    truth: RR("y0", "n2"),
  });
  b.plant({
    at: { sheet: PS, cell: t2.a("rp", "p2") },
    rules: ["sum-mismatch"],
    note: "Anggaran of the Program Pengelolaan Pendapatan Daerah is =SUM over its first two kegiatan (7,087,050,000); with the 642,700,000 of Pendapatan Daerah Lainnya it is 7,729,750,000",
    truth: P[1].kids.map((k) => t2.a("rp", k.id)).join("+"),
  });
  for (const n of IN) {
    if (n.id !== "n2")
      b.ok({ sheet: PS, cell: t1.a("tg", n.id), rules: ["cross-table-mismatch"], truth: RR("y0", n.id) });
    if (n.level)
      b.ok({
        sheet: RS,
        cell: rt.a("ak", n.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: rt.a("y4", n.id),
        trap: yrs.map((_, j) => rt.a(`y${j}`, n.id)).join("+"),
      });
    else
      b.ok({
        sheet: RS,
        cell: rt.a("ak", n.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: yrs.map((_, j) => rt.a(`y${j}`, n.id)).join("+"),
        trap: rt.a("y4", n.id),
      });
  }
  b.ok({
    sheet: PS,
    cell: t2.a("rp", "p1"),
    rules: ["sum-mismatch"],
    truth: P[0].kids.map((k) => t2.a("rp", k.id)).join("+"),
  });
  return b.finish();
}
