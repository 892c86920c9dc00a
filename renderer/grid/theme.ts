// The grids' look, on ag-grid's Theming API: the app's colours and type (renderer/styles/
// base.css), dense rows as in a spreadsheet, and a focus ring that passes 3:1 against white.
import { themeQuartz } from 'ag-grid-community';

export const gridTheme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 14,
  headerFontSize: 13,
  headerFontWeight: 600,
  foregroundColor: '#1b2421',
  textColor: '#1b2421',
  backgroundColor: '#ffffff',
  headerBackgroundColor: '#eef3f1',
  headerTextColor: '#1b2421',
  borderColor: '#c9d3cf',
  rowBorder: { color: '#e1e7e5' },
  columnBorder: { color: '#e1e7e5' },
  oddRowBackgroundColor: '#fafcfb',
  accentColor: '#1d5c47',
  rangeSelectionBorderColor: '#1a5fb4',
  rowHoverColor: '#eef5f1',
  selectedRowBackgroundColor: '#e3efe9',
  wrapperBorderRadius: 6,
  borderRadius: 4,
  // SheetGrid's autoHeight counts on these two.
  rowHeight: 30,
  headerHeight: 32,
  spacing: 5,
  cellHorizontalPadding: 8,
  pinnedRowBorder: { color: '#6f7d78', width: 2 },
});
