// LKjIP, PK with its Renstra, the recap of perdes APBDes per kecamatan and the dana desa recap per
// tahap of the two DPMD (Sumatera Barat, Kalimantan Selatan). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, DPMD Lembah Saroka: refleksi on the two negative indicators. */
export function lkjipDpmd(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-dpmd-lembah-saroka.xlsx",
    "LKjIP pengukuran kinerja (DPMD)",
    "LKjIP 2024 Tabel 3.2: Sasaran (merged) | Indikator | Sifat (Maksimal/Minimal) | Realisasi 2023 | Target | Realisasi | Capaian | Kategori; refleksi (2T-R)/T on Minimal rows; Permendagri 86 words",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama DPMD Kabupaten Lembah Saroka Tahun 2024"]);
  s.gap();
  const SAS = "Meningkatnya tata kelola pemerintahan dan keuangan desa";
  const I = [
    {
      id: "i1",
      ind: "Persentase desa yang menetapkan Perdes APBDes tepat waktu",
      sat: "%",
      pol: "+",
      r0: 78.5,
      t: 95,
      r: 91.2,
    },
    {
      id: "i2",
      ind: "Persentase desa yang melaporkan realisasi dana desa via Siskeudes tepat waktu",
      sat: "%",
      pol: "+",
      r0: 66,
      t: 90,
      r: 72.4,
    },
    {
      id: "i3",
      ind: "Jumlah desa dengan temuan penyalahgunaan dana desa",
      sat: "desa",
      pol: "-",
      r0: 9,
      t: 6,
      r: 4,
    },
    { id: "i4", ind: "Persentase SiLPA dana desa terhadap pagu", sat: "%", pol: "-", r0: 7.1, t: 5, r: 6.2 },
    {
      id: "i5",
      ind: "Rata-rata nilai Indeks Desa Membangun (IDM)",
      sat: "indeks",
      pol: "+",
      r0: 0.6534,
      t: 0.68,
      r: 0.6712,
    },
  ];
  const cap = (pol: string, t: string, r: string) =>
    pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Sifat"], role: "polaritas" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Kategori"], role: "predikat", year: 2024 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          pol: x.pol === "+" ? "Maksimal" : "Minimal",
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: SiLPA (Minimal) typed R/T = 124.00; stale cached 88.44 on the Siskeudes row
          c:
            x.id === "i4"
              ? 124
              : x.id === "i2"
                ? fx(cap("+", c.a("t"), c.a("r")), 88.44)
                : fx(cap(x.pol, c.a("t"), c.a("r"))),
          p: { i1: "Sangat Tinggi", i2: "Tinggi", i3: "Sangat Tinggi", i4: "Tinggi", i5: "Sangat Tinggi" }[
            x.id
          ],
        }),
      })),
    ],
  });
  s.gap();
  s.lines(["Sifat Minimal: capaian = (2 x target - realisasi) / target x 100."]);
  s.gap();
  signature(s, 8, {
    tempat: "Saroka, 27 Februari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"],
    nama: "Drs. HENDRA SUTAN MARAJO, M.Si.",
    nip: "19720308 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "SiLPA dana desa (Minimal) has a typed R/T 124.00; refleksi (2 x 5 - 6.2) / 5 gives 76.00",
    truth: cap("-", a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "Siskeudes row has a stale cached 88.44; its formula 72.4 / 90 gives 80.44",
    truth: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: cap("-", a("t", "i3"), a("r", "i3")),
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i3", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala DPMD Muara Pelangan, beside the Renstra 2025-2029 targets. */
export function pkDpmd(): BookW {
  const b = new BookW(
    "pk-2025-dan-renstra-dpmd-muara-pelangan.xlsx",
    "PK 2025 with Renstra (DPMD)",
    "sheet 'Perjanjian Kinerja': PIHAK PERTAMA/KEDUA text, indicator table with Target 2025 and Keterangan; Kode | Program | Anggaran with a typed Jumlah; sheet 'IKU Renstra': Kondisi Awal | 2025..2029 | Kondisi Akhir",
  );
  const R = "IKU Renstra";
  const P = "Perjanjian Kinerja";
  const ind = [
    {
      id: "a",
      ind: "Persentase desa yang menetapkan RKPDes tepat waktu",
      sat: "%",
      awal: 74,
      k: [78, 82, 86, 90, 95],
    },
    {
      id: "b",
      ind: "Persentase dana desa tersalur tahap III sebelum November",
      sat: "%",
      awal: 58.5,
      k: [62, 66, 70, 75, 80],
    },
    { id: "c", ind: "Jumlah desa berstatus Desa Mandiri", sat: "desa", awal: 11, k: [14, 18, 23, 28, 34] },
    {
      id: "d",
      ind: "Persentase desa dengan temuan BPK/Inspektorat atas APBDes",
      sat: "%",
      awal: 14.2,
      k: [12.5, 11, 9.5, 8, 6.5],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["IKU Renstra DPMD Kabupaten Muara Pelangan 2025-2029"]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: (c) => {
        const out: Record<string, number | string | ReturnType<typeof fx>> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          ak: fx(c.a("y2029")),
        };
        Y.forEach((y, j) => (out[`y${y}`] = x.k[j]));
        return out;
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN MUARA PELANGAN",
  ]);
  pk.lines([
    "PIHAK PERTAMA berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini,",
    "dan PIHAK KEDUA akan melakukan supervisi serta evaluasi atas capaian kinerja.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 16 },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: Desa Mandiri target is the Renstra 2027 value 23 (2025: 14)
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "c" ? 23 : x.k[0],
        ket: x.id === "d" ? "semakin kecil semakin baik" : "",
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kd: "2.13.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 4_127_830_000,
    },
    { id: "p2", kd: "2.13.02", nm: "Program Penataan Desa", rp: 386_200_000 },
    { id: "p3", kd: "2.13.04", nm: "Program Administrasi Pemerintahan Desa", rp: 1_548_950_000 },
    {
      id: "p4",
      kd: "2.13.05",
      nm: "Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat",
      rp: 912_400_000,
    },
  ];
  const at = pk.table({
    cols: [
      { key: "kd", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x): Row => ({ id: x.id, cells: { kd: x.kd, nm: x.nm, rp: x.rp } })),
      // planted: typed Jumlah 6,795,380,000 (the four programs give 6,975,380,000)
      { id: "j", span: ["kd", "nm"], bold: true, cells: { kd: "Jumlah", rp: 6_795_380_000 } },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Pelangan, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"],
    nama: "H. MUHAMMAD RIDHANI, S.Sos., M.AP.",
    nip: "19760419 199603 1 002",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of Desa Mandiri is 23, the Renstra 2027 target; the Renstra 2025 target is 14",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "typed Jumlah 6,795,380,000; the four programs add up to 6,975,380,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: Y.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y2029", "d"), rules: ["target-trend"], truth: "6.5" });
  return b.finish();
}

/** Rekap penetapan Perdes APBDes 2025 per kecamatan, DPMD Lembah Saroka, with a Siskeudes column. */
export function rekapPerdes(): BookW {
  const b = new BookW(
    "rekap-perdes-apbdes-siskeudes-per-kecamatan-lembah-saroka.xlsx",
    "Rekap perdes APBDes per kecamatan (DPMD)",
    "per kecamatan: Jumlah Desa | Perdes ditetapkan s.d. 31 Des | Januari | setelah Januari | Jumlah (6)=(3)+(4)+(5) | % tepat waktu (7)=(3)/(2)x100 | Laporan Siskeudes Semester I; Jumlah Kabupaten row with the ratio of totals",
  );
  const S = "Perdes APBDes 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KABUPATEN LEMBAH SAROKA",
    "Bidang Pemerintahan Desa",
  ]);
  s.lines(["REKAPITULASI PENETAPAN PERATURAN DESA TENTANG APBDES TA 2025", "Keadaan 28 Februari 2025"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Saroka", d: 22, tw: 21, jan: 1, lt: 0, sk: 22 },
    { id: "k2", nm: "Batang Limo", d: 31, tw: 26, jan: 4, lt: 1, sk: 30 },
    { id: "k3", nm: "Koto Rantiang", d: 27, tw: 19, jan: 6, lt: 2, sk: 25 },
    { id: "k4", nm: "Lubuak Pandan", d: 20, tw: 19, jan: 1, lt: 0, sk: 20 },
    { id: "k5", nm: "Sungai Talang Ateh", d: 35, tw: 28, jan: 5, lt: 2, sk: 33 },
    { id: "k6", nm: "Aia Manih Mudiak", d: 35, tw: 31, jan: 3, lt: 1, sk: 35 },
  ];
  const G = "Perdes APBDes Ditetapkan";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 20, num: "" },
      { key: "d", head: ["Jumlah Desa"], role: "target", year: 2025, num: "(2)", fmt: INT },
      { key: "tw", head: [G, "s.d. 31 Des 2024"], role: "realisasi", year: 2025, num: "(3)", fmt: INT },
      { key: "jan", head: [G, "Januari 2025"], role: "realisasi", year: 2025, num: "(4)", fmt: INT },
      { key: "lt", head: [G, "Setelah Januari"], role: "realisasi", year: 2025, num: "(5)", fmt: INT },
      { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2025, num: "(6) = (3)+(4)+(5)", fmt: INT },
      {
        key: "p",
        head: ["% Tepat Waktu"],
        role: "capaian",
        year: 2025,
        num: "(7) = (3)/(2) x 100",
        fmt: DEC,
      },
      { key: "sk", head: ["Laporan Siskeudes Semester II 2024 Masuk"], num: "(8)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          d: k.d,
          tw: k.tw,
          jan: k.jan,
          lt: k.lt,
          // planted: Koto Rantiang's Jumlah typed 29 (19 + 6 + 2 = 27)
          j: k.id === "k3" ? 29 : fx(`${c.a("tw")}+${c.a("jan")}+${c.a("lt")}`),
          // planted: Lubuak Pandan's % typed 105.00 (19 / 20 = 95.00)
          p: k.id === "k4" ? 105 : fx(`ROUND(${c.a("tw")}/${c.a("d")}*100,2)`),
          sk: k.sk,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { nm: "Jumlah Kabupaten" };
          for (const k of ["d", "tw", "jan", "lt", "j", "sk"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          out.p = fx(`ROUND(${c.a("tw")}/${c.a("d")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Batas penetapan Perdes APBDes: 31 Desember tahun sebelumnya (Permendagri 20/2018)."]);
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("j", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah perdes of Koto Rantiang is a typed 29 among formulas; 19 + 6 + 2 = 27",
    truth: `${a("tw", "k3")}+${a("jan", "k3")}+${a("lt", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "k4") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "% tepat waktu of Lubuak Pandan typed 105.00, impossible for a share of desa; 19 / 20 x 100 = 95.00",
    truth: `ROUND(${a("tw", "k4")}/${a("d", "k4")}*100,2)`,
  });
  for (const id of ["k1", "k2", "k5", "k6"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("tw", id)}+${a("jan", id)}+${a("lt", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("tw", id)}/${a("d", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("tw", "k1")}:${a("tw", "k6")})/SUM(${a("d", "k1")}:${a("d", "k6")})*100,2)`,
    trap: `ROUND(AVERAGE(${ids.map((id) => a("p", id)).join(",")}),2)`,
  });
  for (const k of ["d", "tw", "sk"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  return b.finish();
}

/** Penyaluran dana desa 2024 per kecamatan and per tahap, DPMD Muara Pelangan, two tables side by side. */
export function danaDesaTahap(): BookW {
  const b = new BookW(
    "dana-desa-2024-penyaluran-per-tahap-muara-pelangan.xlsx",
    "Rekap penyaluran dana desa per tahap (DPMD)",
    "left: per kecamatan Pagu | Tahap I | II | III | Jumlah Salur | % Salur, TOTAL; right (two blank columns between): per tahap Porsi % | Nilai | Desa Menerima, Jumlah row whose desa is the level of tahap III",
  );
  const S = "Dana Desa 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MUARA PELANGAN", "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"]);
  s.lines(["REKAPITULASI PENYALURAN DANA DESA TAHUN ANGGARAN 2024 (RKUN ke RKD)"]);
  s.gap();
  const K = [
    {
      id: "k1",
      nm: "Pelangan Hulu",
      desa: 14,
      pagu: 12_845_600_000,
      t: [5_138_240_000, 5_138_240_000, 2_569_120_000],
    },
    {
      id: "k2",
      nm: "Sungai Batung",
      desa: 19,
      pagu: 17_102_300_000,
      t: [6_840_920_000, 6_840_920_000, 2_930_450_000],
    },
    {
      id: "k3",
      nm: "Danau Karang",
      desa: 11,
      pagu: 9_736_800_000,
      t: [3_894_720_000, 3_894_720_000, 1_947_360_000],
    },
    { id: "k4", nm: "Tanjung Rimba", desa: 16, pagu: 14_318_500_000, t: [5_727_400_000, 5_727_400_000, 0] },
  ];
  const top = s.r;
  const T = "Realisasi Penyaluran (Rp)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 18 },
      { key: "desa", head: ["Jml Desa"], fmt: INT },
      { key: "pagu", head: ["Pagu Dana Desa (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 18 },
      { key: "t1", head: [T, "Tahap I"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
      { key: "t2", head: [T, "Tahap II"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
      { key: "t3", head: [T, "Tahap III"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
      { key: "j", head: [T, "Jumlah"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 18 },
      { key: "p", head: ["% Salur"], role: "capaian", year: 2024, fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          desa: k.desa,
          pagu: k.pagu,
          t1: k.t[0],
          t2: k.t[1],
          t3: k.t[2],
          j: fx(`SUM(${c.a("t1")}:${c.a("t3")})`),
          p: fx(`ROUND(${c.a("j")}/${c.a("pagu")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        cells: (c) => ({
          no: "TOTAL",
          desa: fx(`SUM(${c.a("desa", "k1")}:${c.a("desa", "k4")})`),
          // planted: TOTAL pagu one row short
          pagu: fx(`SUM(${c.a("pagu", "k1")}:${c.a("pagu", "k3")})`),
          t1: fx(`SUM(${c.a("t1", "k1")}:${c.a("t1", "k4")})`),
          t2: fx(`SUM(${c.a("t2", "k1")}:${c.a("t2", "k4")})`),
          t3: fx(`SUM(${c.a("t3", "k1")}:${c.a("t3", "k4")})`),
          j: fx(`SUM(${c.a("j", "k1")}:${c.a("j", "k4")})`),
          p: fx(`ROUND(${c.a("j")}/${c.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  const bt = s.table(
    {
      cols: [
        { key: "th", head: ["Tahap"] },
        { key: "po", head: ["Porsi (%)"], fmt: DEC },
        {
          key: "n",
          head: ["Nilai Tersalur (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 18,
        },
        { key: "d", head: ["Desa Menerima"], role: "realisasi", year: 2024, fmt: INT },
      ],
      headerRows: 1,
      rows: [
        { id: "y1", cells: { th: "Tahap I", po: 40, n: 21_601_280_000, d: 60 } },
        { id: "y2", cells: { th: "Tahap II", po: 40, n: 21_601_280_000, d: 60 } },
        // planted: Tahap III typed 8,446,930,000; the kecamatan table gives 7,446,930,000
        { id: "y3", cells: { th: "Tahap III", po: 20, n: 8_446_930_000, d: 44 } },
        {
          id: "j",
          cells: (c) => ({
            th: "Jumlah",
            po: fx(`SUM(${c.a("po", "y1")}:${c.a("po", "y3")})`),
            n: fx(`SUM(${c.a("n", "y1")}:${c.a("n", "y3")})`),
            d: fx(c.a("d", "y3")),
          }),
        },
      ],
    },
    12,
    top,
  );
  s.gap();
  s.lines(["Desa Menerima pada baris Jumlah = desa yang telah menerima seluruh tahap (bukan penjumlahan)."]);
  s.gap();
  signature(s, 6, {
    tempat: "Pelangan, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PEMERINTAHAN DESA"],
    nama: "SITI RAHMAWATI NOOR, S.E., M.M.",
    nip: "19840611 201001 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pagu", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL pagu is =SUM over three kecamatan (39,684,700,000); with Tanjung Rimba it is 54,003,200,000",
    truth: `SUM(${a("pagu", "k1")}:${a("pagu", "k4")})`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: bt.a("n", "y3") },
        { sheet: S, cell: a("t3", "tot") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "Tahap III nilai tersalur 8,446,930,000 in the per-tahap table; the kecamatan TOTAL of Tahap III is 7,446,930,000",
    truth: a("t3", "tot"),
    actual: bt.a("n", "y3"),
  });
  b.ok({
    sheet: S,
    cell: bt.a("d", "j"),
    rules: ["sum-mismatch"],
    truth: bt.a("d", "y3"),
    trap: `SUM(${bt.a("d", "y1")}:${bt.a("d", "y3")})`,
  });
  b.ok({ sheet: S, cell: bt.a("po", "j"), rules: ["sum-mismatch", "percent-out-of-range"], truth: "100" });
  for (const id of ["k1", "k2", "k3", "k4"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("t1", id)}+${a("t2", id)}+${a("t3", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("j", id)}/${a("pagu", id)}*100,2)`,
    });
  }
  for (const k of ["desa", "t1", "t3", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k4")})` });
  for (const k of ["y1", "y2"])
    b.ok({
      sheet: S,
      cell: bt.a("n", k),
      rules: ["cross-table-mismatch"],
      truth: a(k === "y1" ? "t1" : "t2", "tot"),
    });
  return b.finish();
}
