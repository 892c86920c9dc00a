// The strings of the report's card in Export (ExportPdfPanel). The report itself is Swedish:
// its text lives with its sections, and the section names in shared/report/sections.ts.
import { defineMessages } from '../i18n/define';

export const reportPanelMessages = defineMessages({
  sv: {
    'reportPanel.title': 'Rapport till kommunfullmäktige (PDF)',
    'reportPanel.intro':
      'En rapport på svenska i A4 med innehållsförteckning, sidnummer och kommunens namn och datum på varje sida, för kommunstyrelsen och kommunfullmäktige.',
    'reportPanel.scenario': 'Scenario i rapporten',
    'reportPanel.sections': 'Avsnitt',
    'reportPanel.all': 'Markera alla',
    'reportPanel.none': 'Avmarkera alla',
    'reportPanel.noSections': 'Välj minst ett avsnitt.',
    'reportPanel.noScenarios': 'Planen har inga scenarier. Lägg till ett under Scenarier för att kunna ta fram rapporten.',
    'reportPanel.create': 'Skapa PDF',
    'reportPanel.creating': 'Skapar PDF…',
    'reportPanel.downloaded': 'Rapporten {name} har laddats ner.',
    'reportPanel.saved': 'Rapporten har sparats som {name}.',
    'reportPanel.cancelled': 'Ingen rapport skapades.',
  },
  en: {
    'reportPanel.title': 'Council report (PDF)',
    'reportPanel.intro':
      'A report in Swedish on A4 with a table of contents, page numbers, and the municipality’s name and the date on every page, for the executive board and the council.',
    'reportPanel.scenario': 'Scenario in the report',
    'reportPanel.sections': 'Sections',
    'reportPanel.all': 'Select all',
    'reportPanel.none': 'Clear all',
    'reportPanel.noSections': 'Choose at least one section.',
    'reportPanel.noScenarios': 'The plan has no scenarios. Add one under Scenarios to make the report.',
    'reportPanel.create': 'Create PDF',
    'reportPanel.creating': 'Creating the PDF…',
    'reportPanel.downloaded': 'The report {name} has been downloaded.',
    'reportPanel.saved': 'The report has been saved as {name}.',
    'reportPanel.cancelled': 'No report was made.',
  },
});
