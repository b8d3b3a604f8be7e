import * as React from "react";
import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  Dropdown,
  Field,
  Option,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { KATALOG } from "../functions/katalog";
import { Bahasa, TEKS } from "./teks";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-word" },
});

export function App(props: { bahasa?: Bahasa; diExcel: boolean }): React.JSX.Element {
  const [bahasa, setBahasa] = React.useState<Bahasa>(props.bahasa ?? "id");
  const t = TEKS[bahasa];
  const s = useStyles();
  return (
    <main className={s.root} lang={bahasa}>
      <Title3 as="h1">{t.judul}</Title3>
      <Body1>{t.ringkas}</Body1>
      {!props.diExcel && <Caption1 role="status">{t.diluarExcel}</Caption1>}
      <Field label={t.bahasa}>
        <Dropdown
          value={bahasa === "id" ? "Bahasa Indonesia" : "English"}
          selectedOptions={[bahasa]}
          onOptionSelect={(_, d) => setBahasa((d.optionValue as Bahasa) ?? "id")}
        >
          <Option value="id">Bahasa Indonesia</Option>
          <Option value="en">English</Option>
        </Dropdown>
      </Field>
      <section aria-label={t.fungsi}>
        <Text as="h2" weight="semibold" size={400}>
          {t.fungsi}
        </Text>
        <ul className={s.list}>
          {KATALOG.map((f) => (
            <li key={f.nama} style={{ listStyle: "none" }}>
              <Card size="small">
                <CardHeader
                  header={
                    <Text className={s.code} weight="semibold">
                      {f.sintaks}
                    </Text>
                  }
                />
                <Body1>{bahasa === "id" ? f.id : f.en}</Body1>
                <Caption1 className={s.code}>
                  {t.contoh}: {f.contoh}
                  {f.hasil ? ` → ${f.hasil}` : ""}
                </Caption1>
              </Card>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
