// Every string of the interface, in Swedish: the language the app speaks unless the user picks
// English. `{name}` marks a value filled in by `t()`. Labels of the plan's fixed ids (statuses,
// sectors…) live in shared/i18n/labels.ts, where the report and the Excel export find them too.
import { AREA_MESSAGES } from './areas';

/** The strings of the app shell (the views' own are in AREAS). */
export const common = {
  'app.name': 'Klimatinvesteringsplan',
  'app.skipToContent': 'Hoppa till innehållet',
  'app.loading': 'Laddar…',

  'nav.label': 'Huvudmeny',
  'nav.overview': 'Översikt',
  'nav.actions': 'Åtgärder',
  'nav.scenarios': 'Scenarier',
  'nav.financing': 'Finansiering',
  'nav.targets': 'Mål',
  'nav.commitments': 'Åtaganden',
  'nav.followup': 'Uppföljning',
  'nav.history': 'Historik',
  'nav.export': 'Export',
  'nav.region': 'Region',

  'locale.label': 'Språk',
  'locale.sv': 'Svenska',
  'locale.en': 'English',

  'toolbar.label': 'Plan',
  'toolbar.new': 'Ny',
  'toolbar.newHint': 'Ny plan (Ctrl+N)',
  'toolbar.open': 'Öppna',
  'toolbar.openHint': 'Öppna en plan (Ctrl+O)',
  'toolbar.save': 'Spara',
  'toolbar.saveHint': 'Spara planen (Ctrl+S)',
  'toolbar.undo': 'Ångra',
  'toolbar.undoHint': 'Ångra senaste ändringen (Ctrl+Z)',
  'toolbar.redo': 'Gör om',
  'toolbar.redoHint': 'Gör om ändringen (Ctrl+Y)',

  'status.label': 'Dokumentstatus',
  'status.neverSaved': 'Ej sparad',
  'status.saved': 'Sparad',
  'status.dirty': 'Osparade ändringar',
  'status.savedAt': 'Sparad {time}',
  'status.readOnly': 'Skrivskyddad – öppnad av {user} på {host}',
  'status.readOnlyPlain': 'Skrivskyddad',
  'status.noDocument': 'Ingen plan är öppen',
  'noDocument.body': 'Ingen plan är öppen. Öppna en plan (Ctrl+O) eller skapa en ny (Ctrl+N).',

  'readOnly.banner': 'Planen är skrivskyddad eftersom {user} på {host} har filen öppen sedan {time}. Du kan läsa men inte ändra.',
  'readOnly.bannerPlain': 'Planen är öppnad skrivskyddad. Du kan läsa men inte ändra.',

  'error.dismiss': 'Stäng meddelandet',
  'error.view': 'Något gick fel när vyn skulle visas.',
  'error.viewDetail': 'Felet var: {message}',
  'error.retry': 'Försök igen',
  'error.accessDeniedTitle': 'Åtkomst nekad',
  'error.accessDenied':
    'Programmet godtog inte den här sidans behörighetsnyckel. Öppna adressen som programmet skrev ut när det startade (den som innehåller ?token=), eller starta programmet på nytt.',
  'error.notANumber': 'Skriv ett tal, till exempel {example}.',

  'dialog.cancel': 'Avbryt',

  'saveAs.title': 'Spara som',
  'saveAs.intro': 'Planen har inte sparats förut. Ge den ett filnamn; den sparas i programmets mapp för planer.',
  'saveAs.name': 'Filnamn',
  'saveAs.nameHint': 'Filändelsen .klimat läggs till om du inte skriver den.',
  'saveAs.submit': 'Spara',
  'saveAs.missing': 'Skriv ett filnamn.',

  'overwrite.title': 'Ersätta filen?',
  'overwrite.body': 'Det finns redan en plan som heter {name}. Vill du ersätta den med den här planen?',
  'overwrite.submit': 'Ersätt',

  'open.title': 'Öppna plan',
  'open.intro': 'Planerna i programmets mapp:',
  'open.empty': 'Det finns inga planer i mappen.',
  'open.name': 'Fil',
  'open.modified': 'Ändrad',
  'open.size': 'Storlek',
  'open.sizeKb': '{size} kB',

  'openLocked.title': 'Filen är öppen hos någon annan',
  'openLocked.submit': 'Öppna skrivskyddad',

  'new.title': 'Ny plan',
  'new.intro': 'Välj kommunen som planen gäller. Planen får standardsektorerna, två scenarier och inga åtgärder.',
  'new.filter': 'Sök kommun eller kommunkod',
  'new.municipality': 'Kommun',
  'new.option': '{name} ({code}) – {county}',
  'new.noMatch': 'Ingen kommun matchar sökningen.',
  'new.submit': 'Skapa plan',
  'new.missing': 'Välj en kommun i listan.',

  'unsaved.title': 'Osparade ändringar',
  'unsaved.body': 'Planen ”{title}” har ändringar som inte är sparade. Vill du spara dem först?',
  'unsaved.save': 'Spara först',
  'unsaved.discard': 'Fortsätt utan att spara',

  'recovery.title': 'Återställa osparat arbete?',
  'recovery.intro': 'Programmet avslutades förra gången innan allt var sparat. De här planerna har ändringar som inte finns i någon fil:',
  'recovery.plan': 'Plan',
  'recovery.file': 'Fil',
  'recovery.modified': 'Senast ändrad',
  'recovery.changes': 'Osparade ändringar',
  'recovery.recover': 'Återställ',
  'recovery.discard': 'Kasta',
  'recovery.recoverNamed': 'Återställ {title}',
  'recovery.discardNamed': 'Kasta osparat arbete i {title}',
  'recovery.later': 'Inte nu',

  'overview.title': 'Översikt',
  'overview.municipality': 'Kommun',
  'overview.municipalityCode': 'Kommunkod',
  'overview.period': 'Planperiod',
  'overview.settings': 'Planens inställningar',
  'overview.settingsHint': 'Ändringar sparas i planen när du trycker Enter eller lämnar fältet. Esc ångrar det du skrivit.',
  'overview.field.title': 'Titel',
  'overview.field.startYear': 'Startår',
  'overview.field.endYear': 'Slutår',
  'overview.field.priceBaseYear': 'Prisbasår',
  'overview.field.discountRate': 'Diskonteringsränta',
  'overview.field.carbonValue': 'Koldioxidvärde',
  'overview.field.moneyUnit': 'Penningenhet',
  'overview.unit.percent': '%',
  'overview.unit.krPerTon': 'kr/t',
  'overview.counts': 'Åtgärder per status',
  'overview.countsStatus': 'Status',
  'overview.countsNumber': 'Antal',
  'overview.countsTotal': 'Totalt',
  'overview.noActions': 'Planen har inga åtgärder ännu.',


  'history.title': 'Historik',
  'history.intro': 'Alla ändringar i planen, de senaste först.',
  'history.time': 'Tid',
  'history.user': 'Användare',
  'history.table': 'Tabell',
  'history.row': 'Rad',
  'history.column': 'Fält',
  'history.change': 'Ändring',
  'history.empty': 'Inga ändringar ännu.',
  'history.shown': 'Visar de {shown} senaste av {total} ändringar.',
  'history.unsaved': 'ej sparad',
  'history.op.insert': 'tillagd',
  'history.op.delete': 'borttagen',
} as const;

/** The common strings and every view's own (renderer/i18n/areas.ts lists them). */
export const sv = { ...common, ...AREA_MESSAGES.sv };

export type MessageKey = keyof typeof sv;
export type Messages = Record<MessageKey, string>;
