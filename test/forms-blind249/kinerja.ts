// LKjIP, PK beside its Renstra, the per-puskesmas TBC case notification recap and the quarterly
// TB-RO recap of two Dinas Kesehatan (Sumatera Barat, Kalimantan Barat). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Tabel 3.2 of the Dinkes Lembah Sirinjang: the TBC indicators, refleksi on the negatives. */
export function lkjipTbc(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-tbc-dinkes-lembah-sirinjang.xlsx",
    "LKjIP capaian kinerja (Dinkes, TBC)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran | Indikator | Satuan | Sifat | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Kategori; sasaran merged; ROUND formulas with refleksi (2T-R)/T on the two negative indicators; one typed capaian",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.2", "Capaian Indikator Kinerja Dinas Kesehatan Kabupaten Lembah Sirinjang Tahun 2024"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const I = [
    {
      id: "i1",
      ind: "Cakupan pengobatan semua kasus TBC (treatment coverage)",
      sat: "%",
      pol: "+",
      r0: 64.8,
      t: 85,
      r: 71.4,
    },
    {
      id: "i2",
      ind: "Angka keberhasilan pengobatan TBC (success rate)",
      sat: "%",
      pol: "+",
      r0: 84.2,
      t: 90,
      r: 86.2,
    },
    {
      id: "i3",
      ind: "Angka notifikasi kasus TBC (CNR) per 100.000 penduduk",
      sat: "per 100.000",
      pol: "+",
      r0: 231.6,
      t: 260,
      r: 274.5,
    },
    {
      id: "i4",
      ind: "Persentase pasien TBC putus berobat (loss to follow-up)",
      sat: "%",
      pol: "-",
      r0: 7.1,
      t: 5,
      r: 6.4,
    },
    {
      id: "i5",
      ind: "Jumlah kematian pasien TBC selama pengobatan",
      sat: "orang",
      pol: "-",
      r0: 46,
      t: 40,
      r: 33,
    },
    { id: "i6", ind: "Cakupan TPT pada kontak serumah", sat: "%", pol: "+", r0: 21.3, t: 50, r: 38.6 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Sifat Indikator"], role: "polaritas" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Kategori"], role: "predikat", year: 2024 },
  ];
  const cap = (pol: string, t: string, r: string) =>
    pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;
  const word: Record<string, string> = {
    i1: "Baik",
    i2: "Sangat Baik",
    i3: "Sangat Baik",
    i4: "Cukup",
    i5: "Sangat Baik",
    i6: "Baik",
  };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: "Menurunnya angka kesakitan dan kematian akibat tuberkulosis",
          ind: x.ind,
          sat: x.sat,
          pol: x.pol === "+" ? "Positif (+)" : "Negatif (-)",
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: i3 capaian typed 94.72 (T/R); i4 (negative) computed with R/T
          c: x.id === "i3" ? 94.72 : fx(cap(x.id === "i4" ? "+" : x.pol, c.a("t"), c.a("r"))),
          p: word[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator negatif dihitung dengan rumus capaian = (2 x target - realisasi) / target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Putus berobat is a negative indicator but its capaian is R/T = 128.00; the refleksi (2 x 5 - 6.4) / 5 gives 72.00",
    truth: cap("-", a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "CNR capaian typed 94.72 (target / realisasi) among formulas; 274.5 / 260 x 100 = 105.58",
    truth: cap("+", a("t", "i3"), a("r", "i3")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap("-", a("t", "i5"), a("r", "i5")),
    trap: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i6"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i5", "i6"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinkes Tanjung Rawai, with the Renstra 2025-2029 TBC targets on a sheet of its own. */
export function pkTbc(): BookW {
  const b = new BookW(
    "pk-2025-dan-renstra-tbc-dinkes-tanjung-rawai.xlsx",
    "PK 2025 with Renstra (Dinkes, TBC)",
    "sheet 'Renstra TBC': Kondisi Awal 2024 | Target 2025..2029 in a merged band | Kondisi Akhir 2029; sheet 'PK 2025': indicator table (Target 2025, Triwulan column for reporting) and program table with Jumlah =SUM",
  );
  const R = "Renstra TBC";
  const P = "PK 2025";
  const ind = [
    { id: "a", ind: "Cakupan pengobatan semua kasus TBC", sat: "%", awal: 66.5, k: [72, 76, 80, 85, 90] },
    { id: "b", ind: "Angka keberhasilan pengobatan TBC", sat: "%", awal: 85.3, k: [87, 88, 89, 90, 90] },
    {
      id: "c",
      ind: "Angka notifikasi kasus TBC per 100.000 penduduk",
      sat: "per 100.000",
      awal: 198,
      k: [215, 230, 245, 260, 275],
    },
    { id: "d", ind: "Cakupan TPT pada kontak serumah", sat: "%", awal: 22.4, k: [35, 45, 55, 65, 75] },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "Tabel 5.2 Indikator Kinerja Dinas Kesehatan yang Mengacu pada Tujuan dan Sasaran RPJMD (Penanggulangan TBC)",
  ]);
  rs.gap();
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      {
        key: "awal",
        head: ["Kondisi Kinerja pada Awal Periode RPJMD (2024)"],
        role: "kondisi-awal",
        year: 2024,
      },
      ...YS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Capaian Setiap Tahun", `Tahun ${y}`],
        role: "target",
        year: y,
      })),
      { key: "ak", head: ["Kondisi Kinerja pada Akhir Periode RPJMD"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(YS.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS KESEHATAN KOTA TANJUNG RAWAI"]);
  pk.lines(["Sasaran: menurunnya beban penyakit menular, khususnya tuberkulosis."]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No."], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
      { key: "tw", head: ["Pelaporan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the CNR target is the Renstra 2026 value 230 (2025: 215)
      cells: { no: i + 1, ind: x.ind, sat: x.sat, tg: x.id === "c" ? 230 : x.k[0], tw: "Triwulanan" },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 6_214_830_000 },
    {
      id: "p2",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 18_942_075_000,
    },
    { id: "p3", nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", rp: 1_126_400_000 },
    { id: "p4", nm: "Program Pemberdayaan Masyarakat Bidang Kesehatan", rp: 742_650_000 },
  ];
  const bt = pk.table({
    cols: [
      { key: "no", head: ["No."], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "sumber-data" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, nm: p.nm, rp: p.rp, sd: i === 1 ? "APBD, DAK Non Fisik" : "APBD" },
      })),
      // planted: the Jumlah SUM stops one row short (misses the last program)
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p3")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Rawai, 2 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan"],
    nama: "dr. HENDRA SYAHPUTRA LIM, M.P.H.",
    nip: "19800517 200903 1 002",
  });
  const ren = (id: string, y: number) => `'${R}'!${rt.a(`y${y}`, id)}`;
  b.plant({
    at: { sheet: P, cell: pt.a("tg", "c") },
    rules: ["cross-table-mismatch"],
    note: "PK target of the CNR is 230, the Renstra target for 2026; the Renstra 2025 target is 215",
    truth: ren("c", 2025),
  });
  b.plant({
    at: { sheet: P, cell: bt.a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is =SUM of the first three programs (26,283,305,000); with Pemberdayaan Masyarakat it is 27,025,955,000",
    truth: prog.map((p) => bt.a("rp", p.id)).join("+"),
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: ren(id, 2025),
      trap: ren(id, 2026),
    });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

type Pkm = { id: string; nm: string; pend: number; est: number; dw: number; an: number };

/** Recap of TBC case notification per puskesmas, Kabupaten Lembah Sirinjang 2024. */
export function rekapPuskesmasTbc(): BookW {
  const b = new BookW(
    "rekap-notifikasi-tbc-per-puskesmas-lembah-sirinjang-2024.xlsx",
    "Rekap penemuan kasus TBC per puskesmas (Dinkes)",
    "per puskesmas: Penduduk | Target Penemuan (estimasi) | Kasus Dewasa | Kasus Anak | (7) = (5)+(6) | (8) = (7)/(4) x 100 treatment coverage | (9) = (7)/(3) x 100.000 CNR; number row with identities; Kabupaten row with SUMs and ratios of totals",
  );
  const S = "Rekap per PKM";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KESEHATAN KABUPATEN LEMBAH SIRINJANG",
    "SEKSI PENCEGAHAN DAN PENGENDALIAN PENYAKIT MENULAR",
  ]);
  s.lines([
    "REKAPITULASI PENEMUAN DAN PENGOBATAN KASUS TBC PER PUSKESMAS TAHUN 2024",
    "Sumber: SITB, data per 31 Januari 2025",
  ]);
  s.gap();
  const P: Pkm[] = [
    { id: "k1", nm: "Puskesmas Sirinjang", pend: 68_420, est: 241, dw: 168, an: 21 },
    { id: "k2", nm: "Puskesmas Koto Baru Ilia", pend: 44_905, est: 158, dw: 96, an: 14 },
    { id: "k3", nm: "Puskesmas Batang Lundai", pend: 52_310, est: 184, dw: 131, an: 17 },
    { id: "k4", nm: "Puskesmas Lubuak Aia Sirah", pend: 37_688, est: 133, dw: 72, an: 9 },
    { id: "k5", nm: "Puskesmas Padang Tarok Gadang", pend: 29_745, est: 105, dw: 63, an: 8 },
    { id: "k6", nm: "Puskesmas Nagari Tigo Jangko", pend: 41_230, est: 145, dw: 104, an: 12 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Puskesmas"], role: "lokasi", num: "(2)", width: 28 },
    { key: "pend", head: ["Jumlah Penduduk"], role: "lainnya", num: "(3)", fmt: INT },
    {
      key: "est",
      head: ["Target Penemuan Kasus (Estimasi)"],
      role: "target",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "dw",
      head: ["Kasus TBC Ditemukan dan Diobati", "Dewasa"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
    },
    {
      key: "an",
      head: ["Kasus TBC Ditemukan dan Diobati", "Anak (0-14 th)"],
      role: "realisasi",
      year: 2024,
      num: "(6)",
      fmt: INT,
    },
    {
      key: "jml",
      head: ["Kasus TBC Ditemukan dan Diobati", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(7) = (5)+(6)",
      fmt: INT,
    },
    {
      key: "tc",
      head: ["Treatment Coverage (%)"],
      role: "capaian",
      year: 2024,
      num: "(8) = (7)/(4) x 100",
      fmt: DEC,
    },
    {
      key: "cnr",
      head: ["CNR per 100.000 Penduduk"],
      role: "lainnya",
      num: "(9) = (7)/(3) x 100.000",
      fmt: DEC,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...P.map((p, i): Row => ({
        id: p.id,
        cells: (x) => ({
          no: i + 1,
          nm: p.nm,
          pend: p.pend,
          est: p.est,
          dw: p.dw,
          an: p.an,
          jml: fx(`${x.a("dw")}+${x.a("an")}`),
          // planted: Koto Baru Ilia's coverage typed 143.64 (the estimate over the cases)
          tc: p.id === "k2" ? 143.64 : fx(`ROUND(${x.a("jml")}/${x.a("est")}*100,2)`),
          cnr: fx(`ROUND(${x.a("jml")}/${x.a("pend")}*100000,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => {
          const col = (k: string, last = "k6") => fx(`SUM(${x.a(k, "k1")}:${x.a(k, last)})`);
          return {
            no: "Kabupaten",
            pend: col("pend"),
            est: col("est"),
            dw: col("dw"),
            // planted: the anak total stops one row short
            an: col("an", "k5"),
            jml: col("jml"),
            tc: fx(`ROUND(${x.a("jml")}/${x.a("est")}*100,2)`),
            cnr: fx(`ROUND(${x.a("jml")}/${x.a("pend")}*100000,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: estimasi kasus = insiden TBC kabupaten (WHO) dibagi menurut jumlah penduduk wilayah kerja.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Sirinjang, 10 Februari 2025",
    jabatan: ["Kepala Seksi P2PM"],
    nama: "YULIA FITRI ANDAYANI, S.K.M., M.Kes.",
    nip: "19850711 201001 2 019",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = P.map((p) => p.id);
  b.plant({
    at: { sheet: S, cell: a("tc", "k2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Treatment coverage of Puskesmas Koto Baru Ilia typed 143.64 (158 / 110); (7)/(4) x 100 = 110 / 158 x 100 = 69.62",
    truth: `ROUND(${a("jml", "k2")}/${a("est", "k2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("an", "tot") },
    rules: ["sum-mismatch"],
    note: "Kabupaten total of kasus anak is =SUM over the first five puskesmas (69); with Nagari Tigo Jangko it is 81",
    truth: ids.map((id) => a("an", id)).join("+"),
  });
  for (const k of ["dw", "jml", "est"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  for (const id of ["k1", "k3", "k4", "k6"])
    b.ok({
      sheet: S,
      cell: a("tc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("jml", id)}/${a("est", id)}*100,2)`,
    });
  for (const id of ["k1", "k5"])
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch"], truth: `${a("dw", id)}+${a("an", id)}` });
  b.ok({
    sheet: S,
    cell: a("tc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "tot")}/${a("est", "tot")}*100,2)`,
    trap: `ROUND((${ids.map((id) => `${a("jml", id)}/${a("est", id)}`).join("+")})/6*100,2)`,
  });
  return b.finish();
}

/** Quarterly TB-RO recap of the Dinkes Kota Tanjung Rawai 2024 (rows are quarters). */
export function rekapTbRo(): BookW {
  const b = new BookW(
    "rekap-triwulan-tbc-ro-tanjung-rawai-2024.xlsx",
    "Rekap TBC RO per triwulan (Dinkes)",
    "row-wise by quarter: Terduga TBC RO diperiksa | Terkonfirmasi RR/MDR | Memulai pengobatan | % enrolment = (4)/(3) x 100 | Pasien dalam pengobatan akhir triwulan (a level) | Sembuh / lengkap; Tahun 2024 row: SUMs of flows, the level is Triwulan IV, % as ratio of totals; a small budget table beside it",
  );
  const S = "TBC RO 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KESEHATAN KOTA TANJUNG RAWAI",
    "Program Penanggulangan TBC - Layanan TBC Resisten Obat",
  ]);
  s.lines(["Rekapitulasi Layanan TBC RO per Triwulan Tahun 2024"]);
  s.gap();
  const Qs = [
    { id: "q1", nm: "Triwulan I", dp: 212, kf: 14, mb: 10, on: 38, sb: 7 },
    { id: "q2", nm: "Triwulan II", dp: 238, kf: 18, mb: 16, on: 45, sb: 6 },
    { id: "q3", nm: "Triwulan III", dp: 251, kf: 15, mb: 14, on: 49, sb: 9 },
    { id: "q4", nm: "Triwulan IV", dp: 266, kf: 17, mb: 17, on: 51, sb: 10 },
  ];
  const top = s.r;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "nm", head: ["Periode"], num: 2, width: 16 },
    { key: "dp", head: ["Terduga TBC RO Diperiksa"], role: "realisasi", year: 2024, num: 3, fmt: INT },
    { key: "kf", head: ["Terkonfirmasi TBC RR/MDR"], role: "realisasi", year: 2024, num: 4, fmt: INT },
    { key: "mb", head: ["Memulai Pengobatan"], role: "realisasi", year: 2024, num: 5, fmt: INT },
    { key: "pe", head: ["% Enrolment"], role: "capaian", year: 2024, num: "6 = 5/4 x 100", fmt: DEC },
    {
      key: "on",
      head: ["Pasien dalam Pengobatan (akhir periode)"],
      role: "realisasi",
      year: 2024,
      num: 7,
      fmt: INT,
    },
    { key: "sb", head: ["Sembuh / Pengobatan Lengkap"], role: "realisasi", year: 2024, num: 8, fmt: INT },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...Qs.map((q, i): Row => ({
        id: q.id,
        cells: (x) => ({
          no: i + 1,
          nm: q.nm,
          dp: q.dp,
          kf: q.kf,
          mb: q.mb,
          // planted: Triwulan II typed 112.50 (18 / 16), over 100 for patients out of those confirmed
          pe: q.id === "q2" ? 112.5 : fx(`ROUND(${x.a("mb")}/${x.a("kf")}*100,2)`),
          on: q.on,
          sb: q.sb,
        }),
      })),
      {
        id: "yr",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => ({
          no: "Tahun 2024",
          // planted: diperiksa typed 976 (the quarters give 967)
          dp: 976,
          kf: fx(`SUM(${x.a("kf", "q1")}:${x.a("kf", "q4")})`),
          mb: fx(`SUM(${x.a("mb", "q1")}:${x.a("mb", "q4")})`),
          pe: fx(`ROUND(${x.a("mb")}/${x.a("kf")}*100,2)`),
          on: fx(x.a("on", "q4")),
          sb: fx(`SUM(${x.a("sb", "q1")}:${x.a("sb", "q4")})`),
        }),
      },
    ],
  });
  // beside: the budget of sub kegiatan .0036 per quarter
  const bt = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], num: "a", width: 12 },
        { key: "pagu", head: ["Pagu (Rp)"], role: "anggaran", year: 2024, num: "b", fmt: RP, width: 15 },
        {
          key: "real",
          head: ["Realisasi (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          num: "c",
          fmt: RP,
          width: 15,
        },
        { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, num: "d = c/b x 100", fmt: DEC },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...[
          ["b1", "I", 41_500_000, 28_760_000],
          ["b2", "II", 43_000_000, 39_215_000],
          ["b3", "III", 43_000_000, 40_880_000],
          ["b4", "IV", 44_500_000, 43_905_000],
        ].map(([id, tw, pagu, real]): Row => ({
          id: id as string,
          cells: (x) => ({ tw, pagu, real, ser: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`) }),
        })),
        {
          id: "bt",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah",
            pagu: fx(`SUM(${x.a("pagu", "b1")}:${x.a("pagu", "b4")})`),
            real: fx(`SUM(${x.a("real", "b1")}:${x.a("real", "b4")})`),
            ser: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
          }),
        },
      ],
    },
    11,
    top,
  );
  s.gap();
  s.lines(["* Pasien dalam pengobatan adalah posisi akhir periode, tidak dijumlahkan."]);
  s.gap();
  signature(s, 5, {
    tempat: "Tanjung Rawai, 15 Januari 2025",
    jabatan: ["Pengelola Program TBC"],
    nama: "RATNA JUWITA SIAHAAN, S.Kep., Ners",
    nip: "19900403 201503 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qsum = (k: string) => ["q1", "q2", "q3", "q4"].map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("pe", "q2") },
    rules: ["capaian-mismatch", "percent-out-of-range"],
    note: "% enrolment of Triwulan II typed 112.50 (terkonfirmasi / memulai); 16 / 18 x 100 = 88.89",
    truth: `ROUND(${a("mb", "q2")}/${a("kf", "q2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("dp", "yr") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Terduga TBC RO diperiksa in 2024 typed 976; the four quarters add up to 967",
    truth: qsum("dp"),
  });
  b.ok({ sheet: S, cell: a("on", "yr"), rules: ["sum-mismatch"], truth: a("on", "q4"), trap: qsum("on") });
  b.ok({
    sheet: S,
    cell: a("pe", "yr"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("mb", "yr")}/${a("kf", "yr")}*100,2)`,
    trap: `ROUND((${["q1", "q2", "q3", "q4"].map((id) => `${a("mb", id)}/${a("kf", id)}`).join("+")})/4*100,2)`,
  });
  for (const k of ["kf", "mb", "sb"])
    b.ok({ sheet: S, cell: a(k, "yr"), rules: ["sum-mismatch"], truth: qsum(k) });
  for (const id of ["q1", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("pe", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("mb", id)}/${a("kf", id)}*100,2)`,
    });
  for (const id of ["b1", "bt"])
    b.ok({
      sheet: S,
      cell: bt.a("ser", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${bt.a("real", id)}/${bt.a("pagu", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: bt.a("real", "bt"),
    rules: ["sum-mismatch"],
    truth: ["b1", "b2", "b3", "b4"].map((id) => bt.a("real", id)).join("+"),
  });
  return b.finish();
}
