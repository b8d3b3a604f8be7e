// The pane's shared styles: rows of controls, finding cards, lists.
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePaneStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "0",
  },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
  /** A finding's card: its text and every control that acts on it, inside one border. */
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  current: { outline: `2px solid ${tokens.colorBrandStroke1}` },
  /** The part of a card that selects the finding's cell. */
  select: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: 0,
    border: "none",
    backgroundColor: "transparent",
    cursor: "pointer",
    font: "inherit",
    color: "inherit",
  },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

export const severityColor = { error: "danger", warning: "warning", info: "informative" } as const;
