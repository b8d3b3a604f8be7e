// The LKjIP measurement table of the Disperkim of a kota in Jawa Tengah (makam terdata, izin pemakaman
// within the SLA, waktu pelayanan, retribusi, pengaduan, IKM) and the PK 2025 with quarterly targets
// beside the Renstra 2025-2029 matrix (ordinal years) of a kota in Sulawesi Selatan. Invented numbers.
import {
  BookW,
  DEC,
  INT,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  f: string;
};

const rt = (r: string, t: string) => `ROUND(${r}/${t}*100,2)`;
const refl = (r: string, t: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;

export function lkjipPemakamanTirtomulyo(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-kinerja-pemakaman-kota-tirtomulyo.xlsx",
    "LKjIP 2024 pengukuran kinerja (Disperkim, pemakaman)",
    "LKjIP 2024 Tabel 3.1 of a Disperkim in Jawa Tengah: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori | Realisasi 2023; number row (1) .. '(7) = (6) / (5) x 100'; lower-is-better rows with the refleksi; Rata-rata row with predikat; Tabel 3.2 under it: the SLA computation",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA TIRTOMULYO"]);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas pengelolaan tempat pemakaman umum";
  const S2 = "Meningkatnya kualitas pelayanan pemakaman";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase makam terdata dalam Sistem Informasi Makam (SIMAK)",
      sat: "%",
      t: 80,
      r: 83.6,
      r23: 71.45,
      f: DEC,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase realisasi retribusi pelayanan pemakaman terhadap target",
      sat: "%",
      t: 100,
      r: 96.35,
      r23: 102.1,
      f: DEC,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase izin pemakaman terbit sesuai SLA (2 hari kerja)",
      sat: "%",
      t: 95,
      r: 95.02,
      r23: 91.3,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Rata-rata waktu penerbitan izin pemakaman",
      sat: "hari kerja",
      t: 2,
      r: 1.6,
      r23: 2.4,
      neg: true,
      f: DEC,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah pengaduan masyarakat atas layanan pemakaman",
      sat: "kasus",
      t: 24,
      r: 31,
      r23: 38,
      neg: true,
      f: "0",
    },
    {
      id: "i6",
      sas: S2,
      ind: "Indeks kepuasan masyarakat atas layanan pemakaman",
      sat: "indeks",
      t: 82,
      r: 80.45,
      r23: 79.6,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[4]) !== 70.83 || predikatBaik(70.83) !== "Cukup") throw new Error("lkjip i5");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(5)", width: 10 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, num: "(6)", width: 10 },
    {
      key: "c",
      head: ["Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6) / (5) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024, num: "(8)", width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(9)", width: 10 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the SIMAK capaian typed 105.40 (83.60 / 80 = 104.50)
          c: x.id === "i1" ? 105.4 : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Baik" for the pengaduan's 70.83 (Cukup)
          p: x.id === "i5" ? "Baik" : predikatBaik(capOf(x)),
          r23: fmt(x.r23, x.f),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator 4 dan 5 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  s.lines(["Tabel 3.2", "Perhitungan Persentase Izin Pemakaman Terbit Sesuai SLA Tahun 2024"]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "u", head: ["Uraian"], role: "indikator", width: 44 },
      { key: "v", head: ["Jumlah"], role: "realisasi", year: 2024, fmt: DEC, width: 12 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "n",
        cells: { no: "a", u: "Permohonan izin pemakaman yang masuk (lengkap)", v: fmt(1_487, INT) },
      },
      { id: "m", cells: { no: "b", u: "Izin terbit paling lama 2 hari kerja", v: fmt(1_413, INT) } },
      {
        id: "pc",
        cells: (c) => ({
          no: "c",
          u: "Persentase (b : a x 100)",
          v: fx(`ROUND(${c.a("v", "m")}/${c.a("v", "n")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Tirtomulyo, 21 Februari 2025",
    jabatan: ["Kepala Dinas Perumahan dan Kawasan Permukiman", "Kota Tirtomulyo,"],
    nama: "Ir. HARI WIBOWO PRASETYO, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700314 199703 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the makam terdata is a typed 105.40 among ROUND formulas; 83.60 / 80 gives 104.50 (digits swapped)",
    truth: rt(a("r", "i1"), a("t", "i1")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Baik' for the pengaduan's capaian 70.83 ((2 x 24 - 31) / 24, lower is better); the band > 65 s.d. 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const x of rows) {
    const R = a("r", x.id);
    const T = a("t", x.id);
    if (x.id !== "i1")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: x.neg
          ? ["capaian-mismatch", "inconsistent-formula"]
          : ["capaian-mismatch", "percent-out-of-range"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        trap: x.neg ? rt(R, T) : undefined,
      });
    if (x.id !== "i5")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("r", "i3"), rules: ["cross-table-mismatch"], truth: t2.a("v", "pc") });
  return b.finish();
}

type PkInd = {
  id: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  tw: number[];
  flow?: boolean;
  neg?: boolean;
  f: string;
};

export function pkRenstraPerkimLamuru(): BookW {
  const b = new BookW(
    "pk-2025-renstra-perkim-pemakaman-kota-lamuru-raya.xlsx",
    "PK 2025 with quarterly targets and Renstra 2025-2029 (Disperkim)",
    "sheet 'PK 2025': No | Sasaran | Indikator Kinerja | Satuan | Target 2025 | 'Target Triwulan' > I | II | III | IV (flows add their quarters, levels end at the annual target); sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Kinerja' > Tahun ke-1 (2025) .. Tahun ke-5 (2029) | Kondisi Akhir Renstra (2029)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA LAMURU RAYA", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines([
    "LAMPIRAN PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA LAMURU RAYA",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase makam terdata dalam sistem informasi makam",
      sat: "%",
      awal: 78.4,
      tg: [82, 86, 90, 94, 98],
      tw: [20, 45, 65, 82],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase izin pemakaman terbit sesuai SLA",
      sat: "%",
      awal: 93.2,
      tg: [95.5, 96, 96.5, 97, 97.5],
      tw: [96, 96, 96, 96],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Rata-rata waktu penerbitan izin pemakaman",
      sat: "hari kerja",
      awal: 2.2,
      tg: [1.8, 1.6, 1.5, 1.4, 1.2],
      tw: [1.8, 1.8, 1.8, 1.8],
      neg: true,
      f: DEC,
    },
    {
      id: "r4",
      ind: "Jumlah petak makam yang ditata dan diberi nomor",
      sat: "petak",
      awal: 1_050,
      tg: [1_200, 1_250, 1_300, 1_350, 1_400],
      tw: [200, 350, 400, 250],
      flow: true,
      f: INT,
    },
    {
      id: "r5",
      ind: "Persentase TPU dengan prasarana dan sarana kondisi baik",
      sat: "%",
      awal: 54.55,
      tg: [60, 65, 70, 75, 80],
      tw: [60, 60, 60, 60],
      f: DEC,
    },
  ];
  // planted: the PK target of the SLA rate is the Renstra's Tahun ke-2 (96.00), not Tahun ke-1 (95.50)
  const pk = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const TW = "Target Triwulan";
  const qk = ["q1", "q2", "q3", "q4"];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
      ...["I", "II", "III", "IV"].map((q, i): Col => ({
        key: qk[i],
        head: [TW, q],
        role: "target",
        year: 2025,
        width: 8,
      })),
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 3 ? "Meningkatnya kualitas pelayanan pemakaman" : "Meningkatnya kualitas tempat pemakaman umum",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pk(x), x.f),
        ...Object.fromEntries(qk.map((k, j) => [k, fmt(x.tw[j], x.f)])),
      },
    })),
  });
  s.gap();
  s.lines(["Lamuru, 2 Januari 2025"], 6);
  s.lines(["Wali Kota Lamuru Raya,", "", "", "", "Dr. H. MUHAMMAD YUSRAN PATTA, S.E., M.Si."], 2);
  s.r -= 5;
  s.lines(
    ["Kepala Dinas,", "", "", "", "ANDI BASO TENRIAWARU, S.T., M.Si.", "NIP. 19760821 200312 1 005"],
    6,
  );

  const r = b.sheet(R);
  letterhead(r, ["DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KOTA LAMURU RAYA"]);
  r.lines([
    "Tabel 6.1 Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD",
    "Renstra 2025-2029",
  ]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const ord = ["Tahun ke-1", "Tahun ke-2", "Tahun ke-3", "Tahun ke-4", "Tahun ke-5"];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y, k): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", `${ord[k]} (${y})`],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", year: 2029, width: 12 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        // planted: the 2027 target of the TPU in good condition typed 7.00 for 70.00
        ...Object.fromEntries(
          years.map((y, k) => [`y${y}`, fmt(x.id === "r5" && y === 2027 ? 7 : x.tg[k], x.f)]),
        ),
        ak: x.flow ? fx(`SUM(${c.a("y2025")}:${c.a("y2029")})`) : fx(c.a("y2029")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the izin sesuai SLA is 96.00, the Renstra Tahun ke-2 (2026); the Renstra Tahun ke-1 (2025) target is 95.50",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: R, cell: tr.a("y2027", "r5") },
    rules: ["target-outlier"],
    note: "Tahun ke-3 (2027) target of the TPU with good prasarana is 7.00 between 65.00 and 75.00 (a slipped decimal); the step of 5 a year gives 70.00",
    truth: "70",
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["sum-mismatch"],
        truth: x.flow ? qk.map((k) => t1.a(k, x.id)).join("+") : t1.a("q4", x.id),
        // a level's annual target is its Triwulan IV value, not the four quarters added up
        trap: x.flow ? t1.a("q4", x.id) : qk.map((k) => t1.a(k, x.id)).join("+"),
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? years.map((y) => tr.a(`y${y}`, x.id)).join("+") : tr.a("y2029", x.id),
      trap: x.flow ? tr.a("y2029", x.id) : `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
  }
  b.ok({ sheet: R, cell: tr.a("y2029", "r3"), rules: ["target-trend"], truth: "1.2" });
  b.ok({ sheet: R, cell: tr.a("y2029", "r1"), rules: ["target-outlier", "target-trend"], truth: "98" });
  return b.finish();
}
