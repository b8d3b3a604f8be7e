// "Bandingkan dengan berkas...": the open workbook and one file from the planner's disk checked as
// two documents of one office, with the engine the CLI's `--silang` uses (core/lintas). Each
// finding sits in one of the two and names the other's cell; the result says what each workbook
// was read as, because every check depends on it (docs/lintas-dokumen.md).
import { detectTables } from "../../core/detect";
import type { Grid } from "../../core/grid";
import { indikatorDokumen, kenaliDokumen, periksaLintas, programDokumen } from "../../core/lintas";
import type { Dokumen, DokumenLintas, JenisDokumen, LintasFinding } from "../../core/lintas";
import { BerkasError } from "./berkasError";

export type Buku = { file: string; grids: Grid[] };

export type SisiBanding = { file: string; dokumen: Dokumen; tabel: number; indikator: number };

/** A cross-document finding; `diSini`: its cell is in the open workbook (it can be selected). */
export type TemuanBanding = LintasFinding & { diSini: boolean };

export type HasilBanding = { ini: SisiBanding; itu: SisiBanding; temuan: TemuanBanding[] };

function dokumenDari(b: Buku, jenis?: JenisDokumen): { lintas: DokumenLintas; tabel: number } {
  const found = b.grids.flatMap((grid) => detectTables(grid).map((table) => ({ table, grid })));
  const dikenali = kenaliDokumen(
    b.file,
    b.grids.map((g) => g.name),
    found.map((t) => t.table),
  );
  // the planner's choice when the names and titles did not say (HasilBanding shows which)
  const dokumen: Dokumen =
    jenis && jenis !== dikenali.jenis ? { jenis, alasan: `pilihan: ${jenis}` } : dikenali;
  return {
    lintas: { file: b.file, dokumen, indikator: indikatorDokumen(found), program: programDokumen(found) },
    tabel: found.length,
  };
}

/**
 * The open workbook (`ini`) against the picked file (`itu`). `jenis` overrides what either was
 * read as. A picked file without tables is a BerkasError: there is nothing to compare with.
 */
export function bandingkan(
  ini: Buku,
  itu: Buku,
  lang: "id" | "en",
  jenis: { ini?: JenisDokumen; itu?: JenisDokumen } = {},
): HasilBanding {
  // core/lintas tells documents apart by file name: the same name twice would compare nothing
  const namaItu = itu.file === ini.file ? `${itu.file} (berkas)` : itu.file;
  const a = dokumenDari(ini, jenis.ini);
  const b = dokumenDari({ ...itu, file: namaItu }, jenis.itu);
  if (b.tabel === 0)
    throw new BerkasError({
      id: `Tidak ditemukan tabel Renstra/IKU/Renja/PK/LKjIP di ${itu.file}. Pastikan tabel punya baris judul kolom (Indikator, Satuan, Target …) di atas datanya, atau pilih berkas lain.`,
      en: `No Renstra/IKU/Renja/PK/LKjIP table found in ${itu.file}. Make sure the table has a header row (Indicator, Unit, Target …) above its data, or pick another file.`,
    });
  const temuan = periksaLintas([a.lintas, b.lintas], lang).map((f) => ({
    ...f,
    diSini: f.file === ini.file,
  }));
  const sisi = (x: { lintas: DokumenLintas; tabel: number }): SisiBanding => ({
    file: x.lintas.file,
    dokumen: x.lintas.dokumen,
    tabel: x.tabel,
    indikator: x.lintas.indikator.length,
  });
  return { ini: sisi(a), itu: sisi(b), temuan };
}
