// Performance tables of a Bagian Tata Pemerintahan: the LKjIP 2024 measurement of Kabupaten Lombok Selatan
// Raya (NTB), the PK 2025 of Kabupaten Tojo Lembah (Sulawesi Tengah) with its tables side by side beside the
// Renstra Setda 2025-2029, and the IKU matrix 2024-2026 of Kabupaten Bungku Pesisir (Sulawesi Tengah).
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

// ============================================================ LKjIP 2024, Kabupaten Lombok Selatan Raya

type Ind = {
  id: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  neg?: boolean;
  f: string;
};

export function lkjipTapem(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-tapem-lombok-selatan-raya.xlsx",
    "LKjIP pengukuran kinerja (Bagian Tata Pemerintahan)",
    "LKjIP 2024 Tabel 3.1 of a Bagian Tapem in NTB: No | Indikator Kinerja Sasaran | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Tingkat Capaian (Permendagri words); refleksi on the lower-is-better sengketa row; rata-rata and predikat rows",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "SEKRETARIAT DAERAH KABUPATEN LOMBOK SELATAN RAYA",
    "BAGIAN TATA PEMERINTAHAN",
    "Jl. Pejanggik No. 12 Praya Selatan",
  ]);
  s.lines(["Tabel 3.1", "Capaian Indikator Kinerja Sasaran Bagian Tata Pemerintahan Tahun 2024"]);
  s.gap();
  const rows: Ind[] = [
    {
      id: "i1",
      ind: "Persentase segmen batas desa yang telah ditegaskan dan ditetapkan",
      sat: "%",
      t: 75,
      r: 71.43,
      r23: 63.1,
      f: DEC,
    },
    {
      id: "i2",
      ind: "Persentase nama rupabumi unsur alami dan buatan yang telah dibakukan",
      sat: "%",
      t: 60,
      r: 59.04,
      r23: 48.75,
      f: DEC,
    },
    {
      id: "i3",
      ind: "Jumlah desa dengan sengketa batas yang belum terselesaikan",
      sat: "desa",
      t: 6,
      r: 4,
      r23: 9,
      neg: true,
      f: "0",
    },
    {
      id: "i4",
      ind: "Nilai skor kinerja EPPD (LPPD) Kabupaten",
      sat: "skor",
      t: 3.1,
      r: 3.05,
      r23: 2.98,
      f: DEC,
    },
    {
      id: "i5",
      ind: "Persentase rekomendasi LHP EPPD yang ditindaklanjuti",
      sat: "%",
      t: 80,
      r: 71,
      r23: 66.67,
      f: DEC,
    },
  ];
  const cap = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const avg = round(rows.reduce((n, x) => n + cap(x), 0) / rows.length);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi Tahun 2023"], role: "realisasi", year: 2023, width: 11 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Tingkat Capaian"], role: "predikat", year: 2024, width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          r23: fmt(x.r23, x.f),
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the rupabumi capaian keeps a stale cached 93.40 (before the realisasi was revised to 59.04)
          c:
            x.id === "i2"
              ? fx(rt(c.a("r"), c.a("t")), 93.4)
              : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Sangat Tinggi" for the EPPD rekomendasi's 88.75 (the band > 75 - 90 is Tinggi)
          p: x.id === "i5" ? "Sangat Tinggi" : predikat(cap(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
      { id: "pred", bold: true, span: ["no", "r"], cells: { no: "Predikat", c: predikat(avg) } },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator nomor 3 bersifat negatif (semakin kecil semakin baik), capaian = (2 x target - realisasi) / target x 100%.",
    "Tingkat capaian: > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Praya Selatan, 20 Februari 2025",
    jabatan: ["Kepala Bagian Tata Pemerintahan,"],
    nama: "LALU MUHAMMAD ZAINUL HAKIM, S.IP., M.AP.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790405 200312 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "Capaian of the rupabumi dibakukan is =ROUND(R/T*100,2) with a stale cached 93.40; 59.04 / 60 gives 98.40",
    truth: rt(a("r", "i2"), a("t", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "tingkat capaian 'Sangat Tinggi' for 88.75 (71 against 80); the band > 75 - 90 of the note is Tinggi",
    truth: `PREDIKAT(${a("c", "i5")})`,
  });
  for (const x of rows) {
    const R = a("r", x.id);
    const T = a("t", x.id);
    if (x.id !== "i2")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        // the sengketa row is lower is better: refleksi 133.33, not R / T 66.67
        trap: x.neg ? rt(R, T) : undefined,
      });
    if (x.id !== "i5" && x.id !== "i2")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ====================================================== PK 2025 and Renstra, Kabupaten Tojo Lembah

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkTapem(): BookW {
  const b = new BookW(
    "pk-2025-kabag-tapem-renstra-tojo-lembah.xlsx",
    "PK 2025 and Renstra Setda 2025-2029 targets (Bagian Tata Pemerintahan)",
    "sheet 'PK 2025': statement, then two tables side by side separated by an empty column: No | Sasaran | Indikator Kinerja | Satuan | Target and No | Sub Kegiatan | Anggaran (Rp) with a JUMLAH; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TOJO LEMBAH", "SEKRETARIAT DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pihak Pertama: DEWI SARTIKA LAMAJIDO, S.STP., M.Si., Kepala Bagian Tata Pemerintahan",
    "Pihak Kedua: Ir. ABDUL GAFUR PATOLA, M.T., Asisten Pemerintahan dan Kesejahteraan Rakyat",
    "Pihak Pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase segmen batas desa yang ditegaskan",
      sat: "%",
      awal: 52.5,
      tg: [60, 67.5, 75, 82.5, 90],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase unsur rupabumi yang telah dibakukan",
      sat: "%",
      awal: 45,
      tg: [55, 62, 70, 78, 85],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Jumlah sengketa batas desa yang belum selesai",
      sat: "kasus",
      awal: 7,
      tg: [6, 5, 4, 3, 2],
      neg: true,
      f: "0",
    },
    {
      id: "r4",
      ind: "Nilai EPPD Kabupaten",
      sat: "skor",
      awal: 3.04,
      tg: [3.08, 3.12, 3.16, 3.2, 3.25],
      f: DEC,
    },
  ];
  // planted: the PK target of the rupabumi indicator is 62.00, the Renstra 2026 target (2025: 55.00)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const top = s.r;
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
        { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
        { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
        { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
      ],
      headerRows: 1,
      vmerge: ["sas"],
      rows: rows.map((x, i): Row => ({
        id: x.id,
        cells: {
          no: i + 1,
          sas: "Meningkatnya tertib administrasi kewilayahan dan penyelenggaraan pemerintahan",
          ind: x.ind,
          sat: x.sat,
          tg: fmt(pkT(x), x.f),
        },
      })),
    },
    1,
    top,
  );
  const subs: Array<[string, string, number]> = [
    ["a1", "Fasilitasi Penegasan Batas Desa", 268_450_000],
    ["a2", "Fasilitasi Pembakuan Nama Rupabumi", 117_300_000],
    ["a3", "Penyusunan LPPD dan Fasilitasi EPPD", 96_825_000],
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Sub Kegiatan"], width: 36 },
        { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
      ],
      headerRows: 1,
      rows: [
        ...subs.map(([id, nm, rp], i): Row => ({ id, cells: { no: i + 1, nm, rp } })),
        // planted: the JUMLAH stops one row short
        {
          id: "j",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "a1")}:${c.a("rp", "a2")})`) }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  s.lines(["Bungku Tojo, 2 Januari 2025", "Pihak Kedua,", "", "", "Ir. ABDUL GAFUR PATOLA, M.T."], 2);
  s.r -= 4;
  s.lines(["Pihak Pertama,", "", "", "DEWI SARTIKA LAMAJIDO, S.STP., M.Si."], 8);

  const r = b.sheet(R);
  letterhead(r, ["SEKRETARIAT DAERAH KABUPATEN TOJO LEMBAH"]);
  r.lines([
    "Target Indikator Kinerja Bagian Tata Pemerintahan",
    "Renstra Sekretariat Daerah Tahun 2025-2029",
  ]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...years.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, width: 10 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y2029")),
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
    note: "PK 2025 target of the unsur rupabumi dibakukan is 62.00, the Renstra 2026 target; the Renstra 2025 target is 55.00",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran is =SUM over the first two sub kegiatan = 385,750,000; with the LPPD / EPPD sub kegiatan's 96,825,000 the three give 482,575,000",
    truth: subs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
    if (x.neg) b.ok({ sheet: R, cell: tr.a("y2029", x.id), rules: ["target-trend"], truth: String(x.tg[4]) });
  }
  return b.finish();
}

// ============================================================ IKU 2024-2026, Kabupaten Bungku Pesisir

type IkuRow = {
  id: string;
  sas: string;
  iku: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: number[];
  flow?: boolean;
  f: string;
};

export function ikuTapem(): BookW {
  const b = new BookW(
    "iku-bagian-tapem-setda-bungku-pesisir.xlsx",
    "IKU matrix with targets (Bagian Tata Pemerintahan)",
    "IKU Bagian Tapem 2024-2026 in Sulawesi Tengah: No | Sasaran | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal (2023) | Target > 2024 | 2025 | 2026 | Kondisi Akhir (2026) | Sumber Data; groups written once (unmerged); a flow row whose kondisi akhir is the sum",
  );
  const S = "IKU Tapem";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BUNGKU PESISIR", "SEKRETARIAT DAERAH"]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU) BAGIAN TATA PEMERINTAHAN", "TAHUN 2024 - 2026"]);
  s.gap();
  const S1 = "Terwujudnya kepastian batas wilayah desa";
  const S2 = "Meningkatnya kualitas penyelenggaraan pemerintahan daerah";
  const rows: IkuRow[] = [
    {
      id: "u1",
      sas: S1,
      iku: "Persentase desa yang batasnya telah ditetapkan dengan Perkada",
      rumus: "Desa dengan Perkada batas / seluruh desa x 100%",
      sat: "%",
      awal: 38.6,
      tg: [50, 65, 80],
      f: DEC,
    },
    {
      id: "u2",
      sas: S1,
      iku: "Jumlah nama rupabumi yang dibakukan",
      rumus: "Jumlah unsur rupabumi yang dibakukan dalam tahun berjalan",
      sat: "unsur",
      awal: 96,
      tg: [120, 135, 150],
      flow: true,
      f: "0",
    },
    {
      id: "u3",
      sas: S2,
      iku: "Persentase rekomendasi EPPD yang ditindaklanjuti",
      rumus: "Rekomendasi ditindaklanjuti / seluruh rekomendasi x 100%",
      sat: "%",
      awal: 62.5,
      tg: [70, 80, 90],
      f: DEC,
    },
    {
      id: "u4",
      sas: S2,
      iku: "Status kinerja LPPD (skor EPPD)",
      rumus: "Skor hasil EPPD Kemendagri",
      sat: "skor",
      awal: 2.91,
      tg: [3, 3.1, 3.2],
      f: DEC,
    },
  ];
  const yrs = [2024, 2025, 2026];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
      { key: "iku", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
      { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
      { key: "awal", head: ["Kondisi Awal (2023)"], role: "kondisi-awal", year: 2023, width: 10 },
      ...yrs.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", year: 2026, width: 10 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 18 },
    ],
    headerRows: 2,
    groups: "first",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas: x.sas,
        iku: x.iku,
        rumus: x.rumus,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(
          // planted: the 2025 target of the Perkada row typed 6.5 (65 with a slipped decimal)
          yrs.map((y, k) => [`y${y}`, fmt(x.id === "u1" && y === 2025 ? 6.5 : x.tg[k], x.f)]),
        ),
        // planted: the EPPD rekomendasi's kondisi akhir adds the three years (a rate takes the last)
        ak: x.flow || x.id === "u3" ? fx(yrs.map((y) => c.a(`y${y}`)).join("+")) : fx(c.a("y2026")),
        sd: x.id === "u2" ? "Gasetir Nasional (SINAR)" : "Bagian Tata Pemerintahan",
      }),
    })),
  });
  s.gap();
  s.lines(["Ditetapkan di Bungku Pesisir pada tanggal 8 Januari 2024", "SEKRETARIS DAERAH,"], 9);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2025", "u1") },
    rules: ["target-outlier", "target-trend"],
    note: "2025 target of the Perkada batas desa is 6.50 between 50.00 (2024) and 80.00 (2026), a slipped decimal; 65.00 was meant",
    truth: "65",
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "u3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the Persentase rekomendasi EPPD ditindaklanjuti adds the three years (240.00); a rate ends at its 2026 target 90.00",
    truth: a("y2026", "u3"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "u2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yrs.map((y) => a(`y${y}`, "u2")).join("+"),
    trap: a("y2026", "u2"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "u4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("y2026", "u4"),
    trap: yrs.map((y) => a(`y${y}`, "u4")).join("+"),
  });
  for (const id of ["u2", "u3", "u4"])
    b.ok({
      sheet: S,
      cell: a("y2025", id),
      rules: ["target-outlier", "target-trend"],
      truth: a("y2025", id),
    });
  return b.finish();
}
