// The ag-grid Community modules the app's grids use, registered once for every grid. Only
// Community modules: range selection, clipboard, fill handle and Excel export are Enterprise
// features, so the grid's own selection, clipboard and fill live in this folder instead.
import {
  CellStyleModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CustomEditorModule,
  EventApiModule,
  LocaleModule,
  ModuleRegistry,
  NumberFilterModule,
  PinnedRowModule,
  QuickFilterModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TextFilterModule,
  TooltipModule,
  type Module,
} from 'ag-grid-community';

const MODULES: Module[] = [
  ClientSideRowModelModule,
  ClientSideRowModelApiModule,
  CellStyleModule,
  RowStyleModule,
  ColumnApiModule,
  ColumnAutoSizeModule,
  CustomEditorModule,
  TextEditorModule,
  SelectEditorModule,
  LocaleModule,
  TextFilterModule,
  NumberFilterModule,
  QuickFilterModule,
  PinnedRowModule,
  TooltipModule,
  RenderApiModule,
  RowApiModule,
  ScrollApiModule,
  EventApiModule,
];

let registered = false;

export function registerGridModules(): void {
  if (registered) return;
  ModuleRegistry.registerModules(MODULES);
  registered = true;
}
