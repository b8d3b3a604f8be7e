// Plans and agreements of the sixth unseen set: an IKU matrix of a Sekretariat Daerah whose targets are
// mostly qualitative (SAKIP and reformasi birokrasi letters with scores, WTP, SPIP levels, IKM mutu
// letters on their own scale, Ombudsman zones) under "Target Tahun ke-" > "1\n(2025)" .. "5\n(2029)";
// and a Perjanjian Kinerja of a Dinas Kebudayaan whose lampiran puts the indicator table and the
// program table side by side, with the Renstra targets on a second sheet. Every name and number is
// invented; the codes are Kepmendagri-shaped.
import { BookW, DEC, INT, RP, fmt, sum, type Cell, type Col } from "../forms/kit";

// ==================================================================== IKU (Setda), qualitative

type IkIn = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: string | number;
  tg: Array<string | number>;
  akhir: string | number;
  sumber: string;
  pj: string;
  /** letters on the SAKIP / reformasi birokrasi scale with a score */
  sakip?: boolean;
  /** letters on the IKM mutu scale (PermenPANRB 14/2017), not the SAKIP one */
  ikm?: boolean;
};

const YI = [2025, 2026, 2027, 2028, 2029];

/** IKU 2025-2029 of Sekretariat Daerah Kota Pandanwangi: qualitative targets under ordinal years. */
export function ikuSetda(): BookW {
  const b = new BookW(
    "iku-kualitatif-setda-pandanwangi.xlsx",
    "IKU",
    "IKU matrix of a Sekretariat Daerah 2025-2029: SAKIP / RB letters with scores, WTP, SPIP levels, IKM letters on their own scale, Ombudsman zones; Target Tahun ke- 1 (2025) .. 5 (2029)",
  );
  const S = "IKU Setda";
  const s = b.sheet(S);
  s.lines([
    "LAMPIRAN KEPUTUSAN WALI KOTA PANDANWANGI",
    "NOMOR 100.3.3.2/87/HK/2025 TENTANG INDIKATOR KINERJA UTAMA SEKRETARIAT DAERAH",
    "MATRIKS INDIKATOR KINERJA UTAMA (IKU) SEKRETARIAT DAERAH KOTA PANDANWANGI TAHUN 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya akuntabilitas kinerja dan keuangan pemerintah daerah";
  const S2 = "Meningkatnya kualitas tata kelola pemerintahan dan pelayanan publik";
  const rows: IkIn[] = [
    {
      id: "sakip",
      sas: S1,
      ind: "Nilai SAKIP Pemerintah Kota Pandanwangi",
      rumus: "Nilai hasil evaluasi SAKIP oleh Kementerian PANRB",
      sat: "predikat (nilai)",
      awal: "BB (74,62)",
      tg: ["BB (76,00)", "BB (78,50)", "A (80,00)", "A (82,50)", "A (85,00)"],
      akhir: "A (85,00)",
      sumber: "LHE SAKIP Kementerian PANRB",
      pj: "Bagian Organisasi",
      sakip: true,
    },
    {
      id: "opini",
      sas: S1,
      ind: "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
      rumus: "Opini BPK RI atas LKPD tahun sebelumnya",
      sat: "opini",
      awal: "WTP",
      tg: ["WTP", "WTP", "WTP", "WTP", "WTP"],
      akhir: "WTP",
      sumber: "LHP BPK RI",
      pj: "Bagian Perencanaan dan Keuangan",
    },
    {
      id: "spip",
      sas: S1,
      ind: "Tingkat maturitas penyelenggaraan SPIP terintegrasi",
      rumus: "Level maturitas hasil penilaian mandiri yang dijamin kualitasnya oleh BPKP",
      sat: "level",
      awal: "Level 3",
      tg: ["Level 3", "Level 3", "Level 4", "Level 4", "Level 4"],
      akhir: "Level 3",
      sumber: "LHP penjaminan kualitas BPKP",
      pj: "Bagian Organisasi",
    },
    {
      id: "rb",
      sas: S2,
      ind: "Indeks Reformasi Birokrasi",
      rumus: "Nilai hasil evaluasi pelaksanaan RB oleh Kementerian PANRB",
      sat: "kategori (nilai)",
      awal: "B (68,90)",
      tg: ["BB (70,50)", "BB (72,75)", "BB (75,00)", "BB (77,50)", "A (80,50)"],
      akhir: "A (80,50)",
      sumber: "LHE RB Kementerian PANRB",
      pj: "Bagian Organisasi",
      sakip: true,
    },
    {
      id: "ikm",
      sas: S2,
      ind: "Indeks Kepuasan Masyarakat (IKM) atas layanan Sekretariat Daerah",
      rumus: "Nilai IKM = rata-rata tertimbang nilai per unsur x 25 (PermenPANRB 14/2017)",
      sat: "mutu (nilai IKM)",
      awal: "B (82,10)",
      tg: ["B (83,00)", "B (84,25)", "B (85,50)", "B (87,00)", "A (88,50)"],
      akhir: "A (88,50)",
      sumber: "Survei Kepuasan Masyarakat",
      pj: "Bagian Organisasi",
      ikm: true,
    },
    {
      id: "ombudsman",
      sas: S2,
      ind: "Predikat kepatuhan standar pelayanan publik (Ombudsman RI)",
      rumus: "Zona hasil penilaian kepatuhan oleh Ombudsman RI",
      sat: "zona",
      awal: "Zona Kuning",
      tg: ["Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Hijau", "Zona Hijau"],
      akhir: "Zona Hijau",
      sumber: "Ombudsman RI",
      pj: "Bagian Organisasi",
    },
    {
      id: "ikk",
      sas: S2,
      ind: "Indeks Kualitas Kebijakan",
      rumus: "Nilai hasil penilaian kualitas kebijakan oleh LAN RI",
      sat: "indeks",
      awal: 62.4,
      tg: [64, 66, 68, 70, 72],
      akhir: 72,
      sumber: "LAN RI",
      pj: "Bagian Hukum",
    },
  ];
  const PLANT_G = { id: "sakip", i: 2 }; // "A (80,00)": 80.00 is BB (A needs more than 80)
  const PLANT_KA = "spip"; // kondisi akhir "Level 3" (the kondisi awal), the 2029 target is Level 4
  const G = "Target Kinerja Tahun ke-";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "rumus", head: ["Formulasi / Cara\nPengukuran"], role: "rumus", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "awal", head: ["Kondisi\nAwal\n(2024)"], role: "kondisi-awal", width: 11 },
    ...YI.map((y, i): Col => ({
      key: `y${i}`,
      head: [G, `${i + 1}\n(${y})`],
      role: "target",
      year: y,
      width: 11,
    })),
    { key: "akhir", head: ["Kondisi\nAkhir\n(2029)"], role: "kondisi-akhir", width: 11 },
    { key: "sumber", head: ["Sumber Data"], role: "sumber-data", width: 20 },
    { key: "pj", head: ["Penanggung\nJawab"], role: "penanggung-jawab", width: 18 },
  ];
  let no = 0;
  const v = (x: string | number): Cell => (typeof x === "number" ? fmt(x, DEC) : x);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x) => {
      const cells: Record<string, Cell> = {
        no: ++no,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        awal: v(x.awal),
        akhir: v(x.akhir),
        sumber: x.sumber,
        pj: x.pj,
      };
      x.tg.forEach((q, i) => (cells[`y${i}`] = v(q)));
      return { id: x.id, cells };
    }),
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "Nilai SAKIP dan Indeks RB: AA > 90-100; A > 80-90; BB > 70-80; B > 60-70; CC > 50-60; C > 30-50; D 0-30.",
    "Mutu pelayanan IKM (PermenPANRB 14/2017): A 88,31-100; B 76,61-88,30; C 65,00-76,60; D 25,00-64,99.",
  ]);
  s.gap();
  s.lines(["Ditetapkan di Pandanwangi", "pada tanggal 9 Januari 2025", "WALI KOTA PANDANWANGI,"], 10);
  s.gap(3);
  s.lines(["R. ARYA DWIPANGGA"], 10);
  const a = (k: string, id: string) => t.a(k, id);
  const gcell = a(`y${PLANT_G.i}`, PLANT_G.id);
  b.plant({
    at: { sheet: S, cell: gcell },
    rules: ["sakip-grade-mismatch"],
    note: 'SAKIP target Tahun ke-3 (2027) "A (80,00)": a score of 80.00 is BB (A is above 80 to 90)',
    truth: `SAKIP(SCORE(${gcell}))`,
    actual: `GRADE(${gcell})`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", PLANT_KA) },
    rules: ["kondisi-akhir-mismatch"],
    note: 'kondisi akhir of SPIP maturity is "Level 3" (the kondisi awal); the Tahun ke-5 (2029) target is "Level 4"',
    truth: a("y4", PLANT_KA),
  });
  for (const x of rows) {
    const cells = ["awal", ...YI.map((_, i) => `y${i}`), "akhir"];
    if (x.sakip)
      for (const k of cells) {
        const cell = a(k, x.id);
        if (cell === gcell) continue;
        b.ok({
          sheet: S,
          cell,
          rules: ["sakip-grade-mismatch"],
          truth: `SAKIP(SCORE(${cell}))`,
          actual: `GRADE(${cell})`,
        });
      }
    if (x.ikm)
      for (const k of cells) {
        const cell = a(k, x.id);
        const raw = k === "awal" ? x.awal : k === "akhir" ? x.akhir : x.tg[Number(k.slice(1))];
        const score = Number(/\(([\d,]+)\)/.exec(String(raw))![1].replace(",", "."));
        const mutu = score >= 88.31 ? "A" : score >= 76.61 ? "B" : score >= 65 ? "C" : "D";
        const naive = `SAKIP(SCORE(${cell}))`;
        b.ok({
          sheet: S,
          cell,
          rules: ["sakip-grade-mismatch"],
          truth: `"${mutu}"`,
          actual: `GRADE(${cell})`,
          // on the SAKIP scale 83.00 would be A: the IKM scale is another one
          trap: mutu === "B" ? naive : undefined,
        });
      }
    if (x.id !== PLANT_KA)
      b.ok({
        sheet: S,
        cell: a("akhir", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: a("y4", x.id),
        trap: typeof x.akhir === "number" ? `(${YI.map((_, i) => a(`y${i}`, x.id)).join("+")})/5` : undefined,
      });
  }
  return b.finish();
}

// ======================================================== PK 2025 (Dinas Kebudayaan), side by side

type KbIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  /** level (percentage, index, stock): kondisi akhir is the last target */
  level: boolean;
  f: string;
};

type PgIn = {
  id: string;
  kind: "program" | "kegiatan";
  kode: string;
  nama: string;
  rp?: number;
  parent?: string;
};

/** Perjanjian Kinerja 2025 of Dinas Kebudayaan Kota Sekarpura: indicator and program tables side by side, Renstra sheet. */
export function pkSanding(): BookW {
  const b = new BookW(
    "pk-sanding-disbud-sekarpura.xlsx",
    "PK",
    "Perjanjian Kinerja 2025 of a Dinas Kebudayaan: statement, the indicator table and the program table with codes side by side (one empty column), Renstra targets on a second sheet",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "DINAS KEBUDAYAAN KOTA SEKARPURA"]);
  s.gap();
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama     : Dra. SEKAR AYU LARASATI, M.Hum.",
    "Jabatan  : Kepala Dinas Kebudayaan Kota Sekarpura",
    "selanjutnya disebut pihak pertama,",
    "Nama     : R. HADI WIJAYAKUSUMA, S.H.",
    "Jabatan  : Wali Kota Sekarpura",
    "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  s.gap(2);
  s.lines(["LAMPIRAN PERJANJIAN KINERJA TAHUN 2025", "DINAS KEBUDAYAAN KOTA SEKARPURA"], 1, { bold: true });
  s.gap();
  const S1 = "Meningkatnya pelestarian nilai budaya dan kesenian daerah";
  const S2 = "Meningkatnya apresiasi masyarakat terhadap warisan budaya";
  const inds: KbIn[] = [
    {
      id: "opk",
      sas: S1,
      ind: "Persentase objek pemajuan kebudayaan yang dilestarikan",
      sat: "%",
      awal: 31.5,
      tg: [34, 37, 40, 43, 46],
      level: true,
      f: DEC,
    },
    {
      id: "cb",
      sas: S1,
      ind: "Persentase cagar budaya yang dilestarikan",
      sat: "%",
      awal: 35,
      tg: [38, 42, 46, 50, 55],
      level: true,
      f: DEC,
    },
    {
      id: "kelompok",
      sas: S1,
      ind: "Jumlah kelompok kesenian tradisional yang aktif",
      sat: "kelompok",
      awal: 112,
      tg: [118, 124, 130, 136, 142],
      level: true,
      f: INT,
    },
    {
      id: "museum",
      sas: S2,
      ind: "Jumlah kunjungan ke museum daerah",
      sat: "orang",
      awal: 38_400,
      tg: [41_000, 44_000, 47_500, 51_000, 55_000],
      level: false,
      f: INT,
    },
    {
      id: "ipk",
      sas: S2,
      ind: "Indeks Pembangunan Kebudayaan (IPK)",
      sat: "indeks",
      awal: 56.2,
      tg: [57, 57.8, 58.6, 59.4, 60.2],
      level: true,
      f: DEC,
    },
  ];
  const PLANT_X = "cb"; // PK 2025 target is the Renstra 2026 target
  const progs: PgIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "2.22.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      rp: 4_862_415_000,
    },
    { id: "p2", kind: "program", kode: "2.22.02", nama: "PROGRAM PENGEMBANGAN KEBUDAYAAN" },
    {
      id: "k21",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.22.02.2.01",
      nama: "Pengelolaan Kebudayaan yang Masyarakat Pelakunya dalam Daerah Kabupaten/Kota",
      rp: 742_500_000,
    },
    {
      id: "k22",
      kind: "kegiatan",
      parent: "p2",
      kode: "2.22.02.2.02",
      nama: "Pelestarian Kesenian Tradisional yang Masyarakat Pelakunya dalam Daerah Kabupaten/Kota",
      rp: 518_750_000,
    },
    { id: "p3", kind: "program", kode: "2.22.03", nama: "PROGRAM PENGEMBANGAN KESENIAN TRADISIONAL" },
    {
      id: "k31",
      kind: "kegiatan",
      parent: "p3",
      kode: "2.22.03.2.01",
      nama: "Pembinaan Kesenian yang Masyarakat Pelakunya dalam Daerah Kabupaten/Kota",
      rp: 624_300_000,
    },
    {
      id: "p5",
      kind: "program",
      kode: "2.22.05",
      nama: "PROGRAM PELESTARIAN DAN PENGELOLAAN CAGAR BUDAYA",
    },
    {
      id: "k51",
      kind: "kegiatan",
      parent: "p5",
      kode: "2.22.05.2.01",
      nama: "Penetapan Cagar Budaya Peringkat Kabupaten/Kota",
      rp: 186_400_000,
    },
    {
      id: "k52",
      kind: "kegiatan",
      parent: "p5",
      kode: "2.22.06.2.02", // planted: 2.22.05.2.02
      nama: "Pengelolaan Cagar Budaya Peringkat Kabupaten/Kota",
      rp: 1_348_900_000,
    },
    { id: "p6", kind: "program", kode: "2.22.06", nama: "PROGRAM PENGELOLAAN PERMUSEUMAN" },
    {
      id: "k61",
      kind: "kegiatan",
      parent: "p6",
      kode: "2.22.06.2.01",
      nama: "Pengelolaan Museum Kabupaten/Kota",
      rp: 893_650_000,
    },
  ];
  const PLANT_C = "k52";
  for (const p of progs.filter((x) => x.kind === "program" && x.rp === undefined))
    p.rp = sum(progs.filter((k) => k.parent === p.id).map((k) => k.rp!));
  const top = s.r;
  let no = 0;
  const left = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
        { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
        { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
        { key: "tg", head: ["Target\n2025"], role: "target", year: 2025, width: 10 },
      ],
      headerRows: 1,
      vmerge: ["sas"],
      rows: inds.map((x) => ({
        id: x.id,
        cells: {
          no: ++no,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          tg: fmt(x.id === PLANT_X ? x.tg[1] : x.tg[0], x.f),
        },
      })),
    },
    1,
    top,
  );
  let pno = 0;
  const right = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "kode", head: ["Kode"], role: "kode", width: 14 },
        { key: "nama", head: ["Program / Kegiatan"], width: 42 },
        { key: "rp", head: ["Anggaran\n(Rp.)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
        { key: "ket", head: ["Ket."], role: "keterangan", width: 8 },
      ],
      headerRows: 1,
      rows: [
        ...progs.map((x) => ({
          id: x.id,
          bold: x.kind === "program",
          cells: {
            ...(x.kind === "program" ? { no: ++pno } : {}),
            kode: x.kode,
            nama: x.nama,
            rp: x.rp!,
            ket: "APBD",
          },
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "nama"] as [string, string],
          cells: {
            no: "Jumlah",
            rp: sum(progs.filter((x) => x.kind === "program").map((x) => x.rp!)),
          },
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  s.lines(["Sekarpura, 6 Januari 2025"], 9);
  s.lines(["Pihak Kedua,", "WALI KOTA SEKARPURA,"], 2);
  s.r -= 2;
  s.lines(["Pihak Pertama,", "KEPALA DINAS KEBUDAYAAN,"], 9);
  s.gap(3);
  s.lines(["R. HADI WIJAYAKUSUMA, S.H."], 2);
  s.r -= 1;
  s.lines(["Dra. SEKAR AYU LARASATI, M.Hum.", "Pembina Tingkat I", "NIP. 19750514 200003 2 006"], 9);

  // ---- Renstra sheet
  const r = b.sheet(R);
  r.lines([
    "Tabel 5.1",
    "Tujuan, Sasaran, Indikator dan Target Kinerja Dinas Kebudayaan Kota Sekarpura Tahun 2025-2029",
  ]);
  r.gap();
  let rno = 0;
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 26 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", width: 11 },
      ...YI.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        width: 10,
      })),
      { key: "akhir", head: ["Kondisi Kinerja Akhir Periode Renstra"], role: "kondisi-akhir", width: 12 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: inds.map((x) => {
      const cells: Record<string, Cell> = {
        no: ++rno,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        akhir: fmt(x.tg[4], x.f),
      };
      x.tg.forEach((q, i) => (cells[`y${i}`] = fmt(q, x.f)));
      return { id: x.id, cells };
    }),
  });
  r.gap();
  r.lines(["Sumber: Renstra Dinas Kebudayaan Kota Sekarpura 2025-2029 (Bab V)."]);

  const L = (k: string, id: string) => left.a(k, id);
  const Rt = (k: string, id: string) => rt.a(k, id);
  const P = (k: string, id: string) => right.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: L("tg", PLANT_X) },
        { sheet: R, cell: Rt("y0", PLANT_X) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target 42.00 for persentase cagar budaya yang dilestarikan is the Renstra 2026 target; the Renstra 2025 target is 38.00",
    truth: `'${R}'!${Rt("y0", PLANT_X)}`,
  });
  const p5 = progs.find((x) => x.id === "p5")!;
  b.plant({
    at: { sheet: S, cell: P("kode", PLANT_C) },
    rules: ["code-hierarchy"],
    note: `kegiatan code 2.22.06.2.02 sits under program ${p5.kode} (Pengelolaan Cagar Budaya is 2.22.05.2.02)`,
    truth: P("kode", "p5"),
    actual: `PARENT(${P("kode", PLANT_C)})`,
  });
  for (const x of inds) {
    if (x.id !== PLANT_X)
      b.ok({
        sheet: S,
        cell: L("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${Rt("y0", x.id)}`,
      });
    if (x.level)
      b.ok({
        sheet: R,
        cell: Rt("akhir", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: Rt("y4", x.id),
        trap: YI.map((_, i) => Rt(`y${i}`, x.id)).join("+"),
      });
  }
  for (const x of progs) {
    if (x.kind === "kegiatan" && x.id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: P("kode", x.id),
        rules: ["code-hierarchy"],
        truth: P("kode", x.parent!),
        actual: `PARENT(${P("kode", x.id)})`,
      });
    // program 2.22.05 sums its rows by position; by code one of them belongs elsewhere: not listed
    if (x.kind === "program" && x.id !== "p1" && x.id !== "p5")
      b.ok({
        sheet: S,
        cell: P("rp", x.id),
        rules: ["sum-mismatch"],
        truth: progs
          .filter((k) => k.parent === x.id)
          .map((k) => P("rp", k.id))
          .join("+"),
        tol: 0.5,
      });
  }
  const ps = progs.filter((x) => x.kind === "program");
  b.ok({
    sheet: S,
    cell: P("rp", "j"),
    rules: ["sum-mismatch"],
    truth: ps.map((x) => P("rp", x.id)).join("+"),
    trap: progs.map((x) => P("rp", x.id)).join("+"),
    tol: 0.5,
  });
  return b.finish();
}
