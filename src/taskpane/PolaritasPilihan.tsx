// A finding card's polarity choice for its indicator, kept in the workbook's settings; offered only
// where polarity changes the finding (polaritasRelevan.ts).
import * as React from "react";
import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { PaneSettings } from "../excel/excelHost";
import { TEKS } from "./teks";

/** The planner's choice of an indicator's polarity, kept in the workbook's settings. */
export function PolaritasPilihan(props: {
  indikator: { key: string; name: string } | undefined;
  settings: PaneSettings;
  onChange: (s: PaneSettings) => void;
}): React.JSX.Element | null {
  const { indikator, settings } = props;
  if (!indikator) return null;
  const t = TEKS[settings.bahasa];
  const value = settings.polaritas[indikator.key] ?? "otomatis";
  const label = { otomatis: t.otomatis, positif: t.positif, negatif: t.negatif };
  return (
    <Field label={t.polaritas} size="small">
      <Dropdown
        size="small"
        value={label[value]}
        selectedOptions={[value]}
        aria-label={`${t.polaritas}: ${indikator.name}`}
        onOptionSelect={(_, d) => {
          const polaritas = { ...settings.polaritas };
          if (d.optionValue === "positif" || d.optionValue === "negatif")
            polaritas[indikator.key] = d.optionValue;
          else delete polaritas[indikator.key];
          props.onChange({ ...settings, polaritas });
        }}
      >
        <Option value="otomatis">{t.otomatis}</Option>
        <Option value="positif">{t.positif}</Option>
        <Option value="negatif">{t.negatif}</Option>
      </Dropdown>
    </Field>
  );
}
