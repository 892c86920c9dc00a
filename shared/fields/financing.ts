// Financing sources and the entries of money they bring (DESIGN §4), and the commitments chosen.
import { COMMITMENT_IDS, COMMITMENT_LEVELS, COMMITMENT_PROGRESS, FINANCING_SOURCE_KINDS, FINANCING_STATUSES } from '../domain/ids';
import { COMMITMENT_LABELS, FINANCING_STATUS_LABELS, LEVEL_LABELS, PROGRESS_LABELS, SOURCE_KIND_LABELS } from '../i18n/labels';
import { entity } from './entity';
import { f } from './field';

export const financingSource = entity({
  table: 'financing_sources',
  noun: { sv: 'Finansieringskällan', en: 'The financing source' },
  fields: {
    id: f.id({ label: ['Id', 'Id'], subject: ['Id:t', 'The id'], column: 'id' }),
    name: f.text({ label: ['Namn', 'Name'], subject: ['Namnet', 'The name'], column: 'name' }, { nonEmpty: true }),
    kind: f.oneOf({ label: ['Källtyp', 'Source kind'], subject: ['Källtypen', 'The source kind'], column: 'kind' }, FINANCING_SOURCE_KINDS, SOURCE_KIND_LABELS),
  },
});

export const financingEntry = entity({
  table: 'financing_entries',
  noun: { sv: 'Finansieringsposten', en: 'The financing entry' },
  fields: {
    id: f.id({ label: ['Id', 'Id'], subject: ['Id:t', 'The id'], column: 'id', aliases: ['post-id', 'entry id'], width: 12 }),
    /** null when the money is not tied to one action (DESIGN §6), never "". */
    actionId: f.ref({ label: ['Åtgärd', 'Action'], subject: ['Åtgärden', 'The action'], column: 'action_id', default: null, width: 38 }, 'id').nullable(),
    sourceId: f.ref(
      {
        label: ['Finansieringskälla', 'Financing source'],
        subject: ['Finansieringskällan', 'The financing source'],
        column: 'source_id',
        aliases: ['källa', 'source'],
        width: 36,
      },
      'source',
    ),
    year: f.year({ label: ['År', 'Year'], subject: ['Året', 'The year'], column: 'year', width: 8 }),
    amountSek: f.money({ label: ['Belopp', 'Amount'], subject: ['Beloppet', 'The amount'], column: 'amount_sek', aliases: ['summa', 'bidrag'] }),
    status: f.oneOf(
      { label: ['Status', 'Status'], subject: ['Statusen', 'The status'], column: 'status', initial: 'secured', width: 10 },
      FINANCING_STATUSES,
      FINANCING_STATUS_LABELS,
      'financingStatus',
    ),
  },
});

export const commitmentChoice = entity({
  table: 'commitments',
  noun: { sv: 'Åtagandet', en: 'The commitment' },
  fields: {
    id: f.oneOf({ label: ['Åtagande', 'Commitment'], subject: ['Id:t', 'The id'], column: 'id' }, COMMITMENT_IDS, COMMITMENT_LABELS),
    level: f.oneOf({ label: ['Nivå', 'Level'], subject: ['Nivån', 'The level'], column: 'level' }, COMMITMENT_LEVELS, LEVEL_LABELS),
    // The follow-up (DESIGN §8): how far the municipality has come at the chosen level.
    progress: f
      .oneOf(
        { label: ['Genomförande', 'Progress'], subject: ['Genomförandet', 'The progress'], column: 'progress', width: 12 },
        COMMITMENT_PROGRESS,
        PROGRESS_LABELS,
      )
      .optional(),
    responsible: f.text({ label: ['Ansvarig', 'Responsible'], subject: ['Den ansvariga', 'The responsible'], column: 'responsible', width: 26 }).optional(),
    progressNote: f
      .text({ label: ['Kommentar och belägg', 'Note and evidence'], subject: ['Kommentaren', 'The note'], column: 'progress_note', width: 40 })
      .optional(),
  },
});
