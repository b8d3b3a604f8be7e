// The pane's setting for the nomenclature list: what is kept (source, codes, date), a picker to
// load a list once (.xlsx or .csv, read in the pane) and a button to remove it (./daftarNomenklatur).
import * as React from "react";
import { Button, Caption1, Text } from "@fluentui/react-components";
import { usePaneStyles } from "../styles";
import type { DaftarTersimpan } from "./daftarNomenklatur";
import { PilihBerkas } from "./PilihBerkas";
import { TEKS_BERKAS } from "./teksBerkas";

type Props = {
  bahasa: "id" | "en";
  tersimpan: DaftarTersimpan | undefined;
  busy: boolean;
  onMuat: (file: File) => void;
  onHapus: () => void;
};

export function DaftarNomenklatur(p: Props): React.JSX.Element {
  const s = usePaneStyles();
  const t = TEKS_BERKAS[p.bahasa];
  const d = p.tersimpan;
  return (
    <section aria-label={t.nomenklaturJudul} className={s.root} style={{ padding: 0 }}>
      <Text as="h2" weight="semibold" size={300}>
        {t.nomenklaturJudul}
      </Text>
      <Caption1>{t.nomenklaturKet}</Caption1>
      <Caption1 role="status" data-nomenklatur={d ? d.daftar.sumber : ""}>
        {d ? t.nomenklaturAda(d.daftar.sumber, d.daftar.entri.size, d.dimuat) : t.nomenklaturKosong}
      </Caption1>
      <div className={s.row}>
        <PilihBerkas
          label={t.muatDaftar}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={p.busy}
          onPick={p.onMuat}
        />
        {d && (
          <Button onClick={p.onHapus} disabled={p.busy}>
            {t.hapusDaftar}
          </Button>
        )}
      </div>
    </section>
  );
}
