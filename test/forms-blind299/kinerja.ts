// The Perjanjian Kinerja with its Renstra sheet, the recap of timbulan and penanganan sampah per
// kecamatan and the quarterly recap of retribusi persampahan with bank sampah of two invented DLH.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** PK 2025 of the DLH Kota Tanjung Mirah, beside its Renstra 2025-2029 targets. */
export function pkSampah(): BookW {
  const b = new BookW(
    "pk-2025-dlh-tanjung-mirah-persampahan.xlsx",
    "Perjanjian Kinerja with Renstra (DLH persampahan)",
    "Sheet 'Renstra DLH' (indicators, targets 2025..2029, kondisi akhir) and sheet 'PK 2025' (sasaran merged over indicators, Target 2025; program table with Pagu and Jumlah)",
  );
  const R = "Renstra DLH";
  const P = "PK 2025";
  const rs = b.sheet(R);
  rs.lines(["Target Indikator Kinerja Renstra DLH Kota Tanjung Mirah 2025-2029"]);
  rs.gap();
  const ind = [
    { id: "a", ind: "Persentase pengurangan sampah", sat: "%", k: [22, 24, 26, 28, 30] },
    { id: "b", ind: "Persentase penanganan sampah", sat: "%", k: [71, 73.5, 75, 76.5, 78] },
    { id: "c", ind: "Jumlah bank sampah aktif", sat: "unit", k: [96, 104, 112, 120, 128] },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        ...Object.fromEntries(Y.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  const pk = b.sheet(P);
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS LINGKUNGAN HIDUP KOTA TANJUNG MIRAH"]);
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya pengelolaan sampah rumah tangga dan sejenis",
        ind: x.ind,
        sat: x.sat,
        // planted: penanganan target copied from 2026
        tg: x.id === "b" ? x.k[1] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 9_416_250_000 },
    { id: "p2", nm: "Program Pengelolaan Persampahan", rp: 21_784_600_000 },
    {
      id: "p3",
      nm: "Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup",
      rp: 1_127_300_000,
    },
    { id: "p4", nm: "Program Penghargaan Lingkungan Hidup untuk Masyarakat", rp: 238_900_000 },
    {
      id: "p5",
      nm: "Program Peningkatan Pendidikan, Pelatihan dan Penyuluhan Lingkungan Hidup",
      rp: 412_750_000,
    },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD Kota" } })),
      {
        id: "j",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p4")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Tanjung Mirah, 6 Januari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup"],
    nama: "H. SYAHRIANSYAH NOOR, S.T., M.T.",
    nip: "19780322 200312 1 009",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of Persentase penanganan sampah is 73.50, the Renstra 2026 target; 2025 is 71.00",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM over four programs (32,566,150,000); with the fifth (412,750,000) it is 32,978,900,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: Y.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Timbulan and pengelolaan sampah per kecamatan, DLH Batang Lisu 2024 (ton per year). */
export function rekapTimbulan(): BookW {
  const b = new BookW(
    "rekap-timbulan-sampah-per-kecamatan-batang-lisu.xlsx",
    "Rekap timbulan dan pengelolaan sampah per kecamatan (DLH)",
    "Per kecamatan: penduduk, timbulan (ton/tahun), dikurangi, ditangani, terkelola (5)=(3)+(4) formula, tidak terkelola (6)=(2)-(5), % terkelola (7)=(5)/(2)x100; number row with identities; TOTAL row, % of totals",
  );
  const S = "Rekap Kecamatan";
  const s = b.sheet(S);
  letterhead(s, ["DINAS LINGKUNGAN HIDUP KABUPATEN BATANG LISU", "Bidang Pengelolaan Sampah dan Limbah B3"]);
  s.lines(["Rekapitulasi Timbulan dan Pengelolaan Sampah per Kecamatan Tahun 2024 (ton/tahun)"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Lubuk Lisu", pdd: 68_412, tb: 17_480, kr: 4_210, tg: 11_050 },
    { id: "k2", nm: "Sungai Tarab Hilir", pdd: 41_905, tb: 9_870, kr: 1_905, tg: 5_640 },
    { id: "k3", nm: "Koto Balingka", pdd: 35_220, tb: 7_920, kr: 1_480, tg: 4_310 },
    { id: "k4", nm: "Batang Anai Mudik", pdd: 27_614, tb: 5_760, kr: 860, tg: 2_950 },
    { id: "k5", nm: "Palembayan Baru", pdd: 22_308, tb: 4_610, kr: 590, tg: 2_120 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 22 },
    { key: "pdd", head: ["Jumlah Penduduk (jiwa)"], role: "lainnya", fmt: INT },
    { key: "tb", head: ["Timbulan Sampah"], role: "lainnya", num: "(2)", fmt: INT },
    {
      key: "kr",
      head: ["Pengelolaan Sampah", "Pengurangan"],
      role: "realisasi",
      year: 2024,
      num: "(3)",
      fmt: INT,
    },
    {
      key: "tg",
      head: ["Pengelolaan Sampah", "Penanganan"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "tk",
      head: ["Pengelolaan Sampah", "Terkelola"],
      role: "realisasi",
      year: 2024,
      num: "(5) = (3)+(4)",
      fmt: INT,
    },
    { key: "tt", head: ["Sampah Tidak Terkelola"], role: "lainnya", num: "(6) = (2)-(5)", fmt: INT },
    { key: "pc", head: ["% Terkelola"], role: "capaian", year: 2024, num: "(7) = (5)/(2) x 100", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          nm: k.nm,
          pdd: k.pdd,
          tb: k.tb,
          kr: k.kr,
          tg: k.tg,
          tk: fx(`${x.a("kr")}+${x.a("tg")}`),
          tt: fx(`${x.a("tb")}-${x.a("tk")}`),
          // planted: Koto Balingka typed 107.58, over 100
          pc: k.id === "k3" ? 107.58 : fx(`ROUND(${x.a("tk")}/${x.a("tb")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => ({
          no: "TOTAL",
          // planted: penduduk total one row short
          pdd: fx(`SUM(${x.a("pdd", "k1")}:${x.a("pdd", "k4")})`),
          tb: fx(`SUM(${x.a("tb", "k1")}:${x.a("tb", "k5")})`),
          kr: fx(`SUM(${x.a("kr", "k1")}:${x.a("kr", "k5")})`),
          tg: fx(`SUM(${x.a("tg", "k1")}:${x.a("tg", "k5")})`),
          tk: fx(`${x.a("kr")}+${x.a("tg")}`),
          tt: fx(`${x.a("tb")}-${x.a("tk")}`),
          pc: fx(`ROUND(${x.a("tk")}/${x.a("tb")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Laporan bulanan TPS3R, bank sampah dan jembatan timbang TPA Regional Sungai Lisu."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", "k3") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "% terkelola of Koto Balingka typed 107.58 (more sampah managed than generated); (5)/(2) = 5,790/7,920 = 73.11",
    truth: `ROUND(${a("tk", "k3")}/${a("tb", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pdd", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL penduduk =SUM stops at Batang Anai Mudik (173,151); with Palembayan Baru it is 195,459",
    truth: `SUM(${a("pdd", "k1")}:${a("pdd", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("tk", "tot")}/${a("tb", "tot")}*100,2)`,
    trap: `ROUND((${["k1", "k2", "k4", "k5"].map((id) => a("pc", id)).join("+")}+ROUND(${a("tk", "k3")}/${a("tb", "k3")}*100,2))/5,2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("tk", id)}/${a("tb", id)}*100,2)`,
    });
  for (const k of ["tb", "kr", "tg"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  for (const id of ["k2", "tot"]) {
    b.ok({ sheet: S, cell: a("tk", id), rules: ["sum-mismatch"], truth: `${a("kr", id)}+${a("tg", id)}` });
    b.ok({ sheet: S, cell: a("tt", id), rules: ["sum-mismatch"], truth: `${a("tb", id)}-${a("tk", id)}` });
  }
  return b.finish();
}

/** Retribusi pelayanan persampahan per triwulan and the bank sampah position, DLH Tanjung Mirah 2024. */
export function retribusiSampah(): BookW {
  const b = new BookW(
    "retribusi-persampahan-bank-sampah-tw-tanjung-mirah.xlsx",
    "Rekap retribusi persampahan per triwulan (DLH)",
    "Two tables side by side: retribusi per kategori wajib retribusi (target, TW I-IV, Jumlah = SUM, % = Jumlah/Target) with a Jumlah row; bank sampah per triwulan (unit and nasabah are levels, sampah terkumpul kg a flow) with a 'Tahun 2024' row",
  );
  const S = "Retribusi TW 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG MIRAH", "DINAS LINGKUNGAN HIDUP - UPT Pengelolaan Sampah"]);
  s.lines(["Realisasi Retribusi Pelayanan Persampahan/Kebersihan dan Bank Sampah Tahun 2024"]);
  s.gap();
  const top = s.r;
  const W = [
    {
      id: "w1",
      nm: "Rumah tangga",
      tg: 2_150_000_000,
      q: [498_250_000, 531_400_000, 547_900_000, 566_300_000],
    },
    {
      id: "w2",
      nm: "Niaga / toko / rumah makan",
      tg: 1_420_000_000,
      q: [318_600_000, 342_150_000, 355_800_000, 371_450_000],
    },
    { id: "w3", nm: "Pasar", tg: 640_000_000, q: [132_400_000, 141_750_000, 138_900_000, 150_200_000] },
    {
      id: "w4",
      nm: "Hotel dan industri",
      tg: 385_000_000,
      q: [84_300_000, 92_600_000, 97_150_000, 104_800_000],
    },
  ];
  const TW = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Kategori Wajib Retribusi"], role: "lainnya", width: 26 },
    { key: "tg", head: ["Target 2024 (Rp)"], role: "target", year: 2024, fmt: RP, width: 16 },
    ...TW.map((q, i): Col => ({
      key: `q${i + 1}`,
      head: ["Realisasi (Rp)", `TW ${q}`],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 15,
    })),
    {
      key: "j",
      head: ["Realisasi (Rp)", "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    { key: "pc", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
  ];
  const t = s.table(
    {
      cols,
      headerRows: 2,
      rows: [
        ...W.map((w, i): Row => ({
          id: w.id,
          cells: (x) => ({
            no: i + 1,
            nm: w.nm,
            tg: w.tg,
            q1: w.q[0],
            q2: w.q[1],
            q3: w.q[2],
            q4: w.q[3],
            // planted: Pasar's Jumlah has a stale cached result (TW III was corrected after)
            j: fx(`SUM(${x.a("q1")}:${x.a("q4")})`, w.id === "w3" ? 572_750_000 : undefined),
            // planted: Hotel dan industri % typed (Jumlah / target of Pasar)
            pc: w.id === "w4" ? 58.89 : fx(`ROUND(${x.a("j")}/${x.a("tg")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (x) => ({
            no: "Jumlah",
            ...Object.fromEntries(
              ["tg", "q1", "q2", "q3", "q4"].map((k) => [k, fx(`SUM(${x.a(k, "w1")}:${x.a(k, "w4")})`)]),
            ),
            j: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
            pc: fx(`ROUND(${x.a("j")}/${x.a("tg")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const B = [
    { id: "b1", tw: "Triwulan I", u: 88, n: 4_215, kg: 61_420 },
    { id: "b2", tw: "Triwulan II", u: 91, n: 4_480, kg: 66_905 },
    { id: "b3", tw: "Triwulan III", u: 95, n: 4_702, kg: 70_118 },
    { id: "b4", tw: "Triwulan IV", u: 98, n: 4_936, kg: 74_560 },
  ];
  const bt = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], role: "lainnya", width: 14 },
        { key: "u", head: ["Bank Sampah Aktif (unit)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "n", head: ["Nasabah (orang)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "kg", head: ["Sampah Terkumpul (kg)"], role: "realisasi", year: 2024, fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...B.map((x): Row => ({ id: x.id, cells: { tw: x.tw, u: x.u, n: x.n, kg: x.kg } })),
        {
          id: "yr",
          bold: true,
          cells: (x) => ({
            tw: "Tahun 2024",
            u: fx(x.a("u", "b4")),
            n: fx(x.a("n", "b4")),
            kg: fx(`SUM(${x.a("kg", "b1")}:${x.a("kg", "b4")})`),
          }),
        },
      ],
    },
    11,
    top,
  );
  s.gap();
  s.lines(["Catatan: jumlah bank sampah dan nasabah adalah posisi akhir triwulan, tidak dijumlahkan."]);
  s.gap();
  signature(s, 7, {
    tempat: "Tanjung Mirah, 10 Januari 2025",
    jabatan: ["Kepala UPT Pengelolaan Sampah"],
    nama: "RAHMATULLAH, S.E.",
    nip: "19830715 201001 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (id: string) => ["q1", "q2", "q3", "q4"].map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", "w3") },
    rules: ["sum-mismatch"],
    note: "Jumlah of Pasar =SUM(TW I:TW IV) shows a stale 572,750,000; the four quarters give 563,250,000",
    truth: qs("w3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "w4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of Hotel dan industri typed 58.89 among formulas; 378,850,000 / 385,000,000 x 100 = 98.40",
    truth: `ROUND(${a("j", "w4")}/${a("tg", "w4")}*100,2)`,
  });
  for (const id of ["w1", "w2", "w4", "tot"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: qs(id) });
  for (const id of ["w1", "w2"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("tg", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("tg", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("tg", "w1")}:${a("tg", "w4")})`,
  });
  for (const k of ["u", "n"])
    b.ok({
      sheet: S,
      cell: bt.a(k, "yr"),
      rules: ["sum-mismatch"],
      truth: bt.a(k, "b4"),
      trap: `SUM(${bt.a(k, "b1")}:${bt.a(k, "b4")})`,
    });
  b.ok({
    sheet: S,
    cell: bt.a("kg", "yr"),
    rules: ["sum-mismatch"],
    truth: `SUM(${bt.a("kg", "b1")}:${bt.a("kg", "b4")})`,
  });
  return b.finish();
}
