// What each level asks of a municipality for each of the ten joint commitments of Klimatkontrakt
// 2030 (the joint-commitments document for 2025/2026, ../shared/reference/gemensamma-ataganden-
// 2025-2026.txt), summarised in our own words as short facts, in Swedish and English. Levels 1
// and 2 (Initiera, Etablera) mean prioritising and strengthening the work locally; level 3
// (Transformera) means going first and leading the way together with others.
import type { CommitmentId, CommitmentLevel } from '../domain/ids';

type Texts = { sv: string[]; en: string[] };

export interface CommitmentReference {
  /** What the commitment is about, in one line. */
  aim: { sv: string; en: string };
  levels: Record<CommitmentLevel, Texts>;
}

/** What the three levels mean in general. */
export const LEVEL_MEANING: Record<CommitmentLevel, { sv: string; en: string }> = {
  initiate: { sv: 'Nivå 1: prioritera och lägga grunden i det egna arbetet.', en: 'Level 1: prioritise and lay the groundwork locally.' },
  establish: { sv: 'Nivå 2: förstärka och göra arbetet till en fast del av styrningen.', en: 'Level 2: strengthen the work and build it into governance.' },
  transform: { sv: 'Nivå 3: gå före och leda vägen tillsammans med andra.', en: 'Level 3: go first and lead the way together with others.' },
};

export const COMMITMENT_LEVELS_ASK: Record<CommitmentId, CommitmentReference> = {
  governance: {
    aim: { sv: 'Mandat och förmåga att leda omställningen.', en: 'A mandate and the capacity to lead the transition.' },
    levels: {
      initiate: {
        sv: [
          'Klimatarbetet är förankrat hos ledningen i politik, förvaltning och bolag.',
          'Beslut om en eller flera lokala omställningsarenor med näringsliv, akademi och civilsamhälle.',
          'Bättre data och en analys av hur klimatmålen påverkar kommunens övriga mål.',
          'Ett beslutsforum som väger in multipla nyttor och hanterar målkonflikter.',
        ],
        en: [
          'Climate work is anchored with the leadership of politics, administration and companies.',
          'A decision on one or more local transition arenas with business, academia and civil society.',
          'Better data and an analysis of how the climate targets affect the municipality’s other goals.',
          'A decision forum that weighs co-benefits and handles conflicting goals.',
        ],
      },
      establish: {
        sv: [
          'Omställningsarenan beslutar om och följer upp en gemensam insatsportfölj.',
          'Klimatfärdplanen samordnas med verksamhets- och budgetarbetet.',
          'En beslutad modell för att samfinansiera prioriterade åtgärder.',
          'Cirkularitet och återbruk som grundprincip, även i mark-, exploaterings- och planarbetet.',
        ],
        en: [
          'A joint portfolio of measures decided and followed up in the transition arena.',
          'The climate roadmap is aligned with operational and budget planning.',
          'A decided model for co-financing prioritised actions.',
          'Circularity and reuse as a basic principle, also in land, development and planning work.',
        ],
      },
      transform: {
        sv: [
          'Omställningsarenorna har kraft att samla resurser, besluta tillsammans och genomföra åtgärder i hela kommunens geografi.',
          'Investeringar styrs om mot systemförändrande åtgärder i hela samhället.',
          'Arbetssätten blir nytt normalläge genom policyutveckling, kunskapsdelning och samverkan.',
        ],
        en: [
          'The transition arenas can mobilise resources, decide jointly and carry out actions across the territory.',
          'Investment is redirected to system-changing actions across society.',
          'The ways of working become the new normal through policy work, knowledge sharing and cooperation.',
        ],
      },
    },
  },
  climateAccounting: {
    aim: { sv: 'Klimatberäkningar som grund för styrningen.', en: 'Climate accounting as a basis for steering.' },
    levels: {
      initiate: {
        sv: [
          'Kartläggning av hur klimatberäkningar görs i dag, med vilka verktyg, och vad som behöver utvecklas gemensamt.',
          'Politiskt och organisatoriskt stöd för klimatberäkningar som beslutsstöd i budget, planering, upphandling och investeringar.',
        ],
        en: [
          'A survey of how climate calculations are done today, with which tools, and what needs joint development.',
          'Political and organisational support for climate calculations as decision support in budget, planning, procurement and investment.',
        ],
      },
      establish: {
        sv: [
          'En gemensam beräkningsmodell med indikatorer, anpassad till kommuner.',
          'Åtgärder planeras efter, och utvecklingen mot klimatmålen redovisas med, nyckeltal på en öppen plattform som Kolada.',
          'Klimatberäkningar är en fast del av planering, färdplaner, investeringar och åtgärdsportföljer.',
        ],
        en: [
          'A joint calculation model with indicators, adapted to municipalities.',
          'Actions are planned by, and progress toward the targets reported with, indicators on an open platform such as Kolada.',
          'Climate calculations are a standing part of planning, roadmaps, investment and action portfolios.',
        ],
      },
      transform: {
        sv: [
          'Beräkningarna ändrar hur investeringar prioriteras, till förmån för systemförändrande åtgärder.',
          'Modellen sprids nationellt som ett fungerande exempel.',
          'Bidrag till nationell metodutveckling och standard för lokal klimatstatistik, med myndigheter och forskare.',
        ],
        en: [
          'The calculations change how investments are prioritised, in favour of system-changing actions.',
          'The model is spread nationally as a working example.',
          'Contributions to national method development and standards for local climate statistics, with agencies and researchers.',
        ],
      },
    },
  },
  digitalisation: {
    aim: { sv: 'Digitalisering som strategiskt verktyg i omställningen.', en: 'Digitalisation as a strategic tool in the transition.' },
    levels: {
      initiate: {
        sv: [
          'Genomgång av hur styrdokumenten behandlar digitalisering och klimat, och var de kan samordnas bättre.',
          'Politiskt beslut om digitalisering som möjliggörare för omställningen i hela organisationen.',
          'Digitala verktyg och dataanalys prövas i pilotprojekt.',
        ],
        en: [
          'A review of how the steering documents treat digitalisation and climate, and where they can be better joined up.',
          'A political decision on digitalisation as an enabler of the transition across the organisation.',
          'Digital tools and data analysis are tried in pilot projects.',
        ],
      },
      establish: {
        sv: [
          'Digitaliseringen har ett eget spår i klimatfärdplanen, kopplat till investerings- och åtgärdsportföljerna.',
          'Målen för digitalisering och klimat har gemensam uppföljning, både mellan förvaltningar och i ledningen.',
          'Gemensamma digitala verktyg och plattformar för datadelning, öppenhet och uppföljning av åtgärder.',
        ],
        en: [
          'Digitalisation has its own track in the climate roadmap, tied to the investment and action portfolios.',
          'Digital and climate goals are followed up in the same processes and forums, across departments and at leadership level.',
          'Shared digital tools and platforms for data sharing, transparency and follow-up of actions.',
        ],
      },
      transform: {
        sv: [
          'Klimatomställning och verksamhetsutveckling blir en sammanhållen process med stöd av den digitala förmågan.',
          'Arbetssätten sprids nationellt med öppen källkod, öppna data och samverkan mellan kommuner.',
          'Ekosystem med offentlig sektor, näringsliv och akademi som utvecklar och skalar digitala lösningar med klimatnytta.',
        ],
        en: [
          'Climate transition and operational development become one process, supported by digital capacity.',
          'The ways of working are spread nationally through open source, open data and cooperation between municipalities.',
          'Ecosystems of public sector, business and academia that develop and scale digital solutions with climate benefit.',
        ],
      },
    },
  },
  finance: {
    aim: { sv: 'Resurser riktas om och mobiliseras för omställningen.', en: 'Resources redirected and mobilised for the transition.' },
    levels: {
      initiate: {
        sv: [
          'Kartläggning av roller, budgetstrukturer och beslutsvägar som styr drift och investeringar.',
          'Arbetet med klimatinvesteringar får en organisation och ses som strategiskt för verksamhetens utveckling.',
          'Interna och externa resurser och finansieringskällor som kan riktas om till omställningen är identifierade.',
        ],
        en: [
          'A survey of roles, budget structures and decision paths that govern operation and investment.',
          'Climate investment is organised as a strategic part of operational development.',
          'Internal and external resources and funding that can be redirected to the transition are identified.',
        ],
      },
      establish: {
        sv: [
          'Åtgärderna prioriteras i en gemensam portfölj som väger klimatnytta mot ekonomi och samhällsnytta.',
          'Samfinansiering prövas och införs, t.ex. investeringspartnerskap, fonder eller medborgarfinansiering.',
          'Investeringar klimatbedöms i budgetprocessen.',
          'Uppföljning av att klimatinvesteringsplanen genomförs i budget och verksamhetsplaner.',
        ],
        en: [
          'A joint action portfolio that weighs climate benefit, financial viability and social benefit together.',
          'Co-financing is tried and introduced, e.g. investment partnerships, funds or citizen financing.',
          'Investments are climate-assessed in the budget process.',
          'Follow-up that the climate investment plan is carried out in budgets and operational plans.',
        ],
      },
      transform: {
        sv: [
          'Resurser omfördelas till systemförändrande insatser inom t.ex. energi, mobilitet, byggande och konsumtion.',
          'Regionala och nationella investeringsprinciper påverkas med exempel på samverkan och kombinerad finansiering.',
          'Nya normer där klimat och ekonomi styr investeringarna tillsammans.',
        ],
        en: [
          'Resources are reallocated to system-changing measures in e.g. energy, mobility, construction and consumption.',
          'Regional and national investment principles are influenced with examples of cooperation and blended finance.',
          'New norms in which climate and economy steer investment together.',
        ],
      },
    },
  },
  justTransition: {
    aim: { sv: 'Social, ekologisk och teknisk rättvisa i beslut, åtgärder och uppföljning.', en: 'Social, ecological and technical justice in decisions, actions and follow-up.' },
    levels: {
      initiate: {
        sv: ['Rättvisefrågorna i den lokala omställningen är kartlagda och synliga.', 'Kompetens byggs upp i organisationen.', 'Strategier och beslut tar hänsyn till social, ekologisk och teknisk rättvisa.'],
        en: ['The justice issues of the local transition are mapped and made visible.', 'Competence is built up in the organisation.', 'Strategies and decisions take social, ecological and technical justice into account.'],
      },
      establish: {
        sv: ['Rättvisa vägs in när åtgärder prioriteras och beslutas.', 'Öppen kommunikation om åtgärderna.', 'En inkluderande dialog med invånare, civilsamhälle och näringsliv.'],
        en: ['Justice is weighed in when actions are prioritised and decided.', 'Open communication about the actions.', 'An inclusive dialogue with residents, civil society and business.'],
      },
      transform: {
        sv: ['Åtgärdernas effekter på olika grupper följs upp och åtgärderna justeras.', 'Erfarenheter delas öppet och nationell politik påverkas för en rättvis omställning.', 'Rättviseuppföljning ingår i den årliga uppföljningen.'],
        en: ['The actions’ effects on different groups are followed up and the actions adjusted.', 'Experience is shared openly and national policy influenced toward a just transition.', 'Justice follow-up is part of the annual follow-up.'],
      },
    },
  },
  procurement: {
    aim: { sv: 'Inköp och upphandling som styrmedel för omställningen.', en: 'Procurement and purchasing as a strategic tool.' },
    levels: {
      initiate: {
        sv: [
          'Hela kommunorganisationen använder upphandling och inköp i klimatarbetet, kopplat till klimatinvesteringarna.',
          'Personal och pengar avsätts för att utveckla upphandling som klimatverktyg.',
          'Upphandlare, beställare och leverantörer lär sig mer om resurseffektivitet och cirkulär ekonomi.',
          'Processer och verktyg för att kartlägga och följa upp inköpens klimateffekter.',
        ],
        en: [
          'Procurement and purchasing are used in climate work across the organisation, as part of climate investment.',
          'Staff and money are set aside to develop procurement as a climate tool.',
          'Buyers, requisitioners and suppliers learn more about resource efficiency and circular economy.',
          'Processes and tools to map and follow up the climate effects of purchasing.',
        ],
      },
      establish: {
        sv: [
          'Tydliga klimatkrav i varukategorier med stor omställningspotential, t.ex. transporter, livsmedel, arbetsmaskiner och anläggningsmaterial.',
          'Klimatkrav i nya avtal på hur varor levereras.',
          'Cirkulärt arbetssätt i kommunkoncernen för utvalda varor som möbler, arbetskläder och elektronik.',
          'En modell för krav och uppföljning av resurseffektivitet, återvinning och återbruk.',
        ],
        en: [
          'Clear climate requirements in product categories with large potential, e.g. transport, food, machinery and construction materials.',
          'Climate requirements in new contracts on how goods are delivered.',
          'Circular practice in the municipal group for chosen goods such as furniture, workwear and electronics.',
          'A model for requiring and following up resource efficiency, recycling and reuse.',
        ],
      },
      transform: {
        sv: [
          'Samverkan med andra kommuner och regionala, nationella och internationella aktörer om inköpssystem med stor klimatnytta.',
          'Gemensamma ramavtal och dynamiska inköpssystem tas fram med andra.',
          'Tillsammans med näringslivet drivs produkter med väsentligt lägre klimatavtryck fram.',
          'Upphandling används i gemensamma innovationsprocesser med andra kommuner och företag.',
          'Resurser och infrastruktur för storskaligt återbruk av t.ex. byggmaterial, plast och textil.',
        ],
        en: [
          'Cooperation with other municipalities and regional, national and international actors on purchasing systems with large climate benefit.',
          'Joint framework agreements and dynamic purchasing systems are developed with others.',
          'Together with business, products with a much lower climate footprint are brought forward.',
          'Procurement is used in joint innovation processes with other municipalities and companies.',
          'Resources and infrastructure for large-scale reuse of e.g. building materials, plastics and textiles.',
        ],
      },
    },
  },
  carbonSinks: {
    aim: { sv: 'Kolinlagring och levande jordar som del av omställningen.', en: 'Carbon storage and living soils as part of the transition.' },
    levels: {
      initiate: {
        sv: [
          'Kunskap om kommunens mandat och påverkansmöjligheter, t.ex. markförvaltning, arrenden, inköp och rådgivning.',
          'Strategier för upphandling, markanvändning och exploatering anpassas över tid till åtagandet.',
          'Kunskap om metoder för att beräkna kolinlagring i lantbruket, som grund för bedömning och uppföljning.',
        ],
        en: [
          'Knowledge of the municipality’s mandate and means of influence, e.g. land management, leases, purchasing and advice.',
          'Strategies for procurement, land use and development are aligned with the commitment over time.',
          'Knowledge of methods for calculating carbon storage in farming, as a basis for assessment and follow-up.',
        ],
      },
      establish: {
        sv: [
          'Ökad kolinlagring stöds i samverkan med lantbrukare och andra aktörer, med delade risker och merkostnader.',
          'Arenor för dialog, goda exempel och en gemensam avsiktsförklaring om insatser.',
          'Incitament eller stödstrukturer för insatser på mark som kommunen eller privata ägare har, t.ex. en inhemsk marknad för kolkrediter.',
        ],
        en: [
          'More carbon storage is supported together with farmers and other actors, sharing risks and extra costs.',
          'Arenas for dialogue, good examples and a joint letter of intent on measures.',
          'Incentives or support structures for measures on municipal and private land, e.g. a domestic carbon credit market.',
        ],
      },
      transform: {
        sv: [
          'Deltagande i nationell eller europeisk samverkan för mer kolinlagring och god jordhälsa i lantbruket.',
          'Bred samverkan som stöder lantbrukens fortsatta omställning.',
          'Påverkansarbete för regelverk och styrmedel som bär hållbara strukturer och marknader.',
        ],
        en: [
          'Taking part in national or European cooperation for more carbon storage and healthy soils in farming.',
          'Broad cooperation that supports the farms’ continued transition.',
          'Advocacy for rules and policy instruments that carry sustainable structures and markets.',
        ],
      },
    },
  },
  resilience: {
    aim: { sv: 'Klimatanpassning och beredskap kopplade till omställningen.', en: 'Climate adaptation and preparedness tied to the transition.' },
    levels: {
      initiate: {
        sv: [
          'Omställningsteamet och arenan får bättre kunskap om hur ett förändrat klimat och en osäkrare omvärld slår mot de system som ska ställas om.',
          'Ansvar, mandat och forum för omställning, klimatanpassning och beredskap är kartlagda och stödet för arbetet tydligt.',
          'Klimatanpassning och beredskap är strategiska frågor för ledningen, med synergier och målkonflikter synliga.',
        ],
        en: [
          'Transition teams and arena know more about how climate change and a less secure world affect the systems to be transformed.',
          'Responsibilities, mandates and forums for transition, adaptation and preparedness are mapped and the support for the work is clear.',
          'Adaptation and preparedness are strategic issues for the leadership, with synergies and conflicts made visible.',
        ],
      },
      establish: {
        sv: [
          'En risk- och sårbarhetsanalys av klimathandlingsplanen som pekar ut särskilt utsatta sektorer, områden och grupper.',
          'Lokala områden pekas ut där klimatanpassning, beredskap och omställning drar åt samma håll, och samplanering prövas där.',
          'Ledningen samordnar anpassning, beredskap och omställning strategiskt.',
          'Den nationella klimatanpassningsstrategins vägledande principer följs.',
        ],
        en: [
          'A risk and vulnerability analysis of the climate action plan that points out especially exposed sectors, areas and groups.',
          'Areas where adaptation, preparedness and transition strengthen each other are identified and joint planning tried.',
          'Strategic cooperation between adaptation, preparedness and transition work in the leadership.',
          'The guiding principles of the national adaptation strategy are followed.',
        ],
      },
      transform: {
        sv: [
          'Klimatanpassning och beredskap är självklara delar av omställningen, med uppföljning och lärande.',
          'Gemensamt lärande med andra städer, även internationellt, och bidrag till policy regionalt, nationellt och inom EU.',
          'Verktyg och finansiering för långsiktig integrering av anpassning och beredskap.',
          'Invånare, särskilt utsatta grupper, är med i utvärderingen och deras behov vägs in.',
        ],
        en: [
          'Adaptation and preparedness are natural parts of the transition, with follow-up and learning.',
          'Joint learning with other cities, also internationally, and contributions to policy at regional, national and EU level.',
          'Tools and funding for long-term integration of adaptation and preparedness.',
          'Residents, especially exposed groups, take part in evaluation and their needs are weighed in.',
        ],
      },
    },
  },
  citizenEngagement: {
    aim: { sv: 'Invånarnas engagemang och delaktighet i omställningen.', en: 'Residents’ engagement and participation in the transition.' },
    levels: {
      initiate: {
        sv: [
          'Grunden läggs för att engagera invånare i klimatbeslut.',
          'Befintliga processer för medborgardialog utvärderas.',
          'Andra städers modeller studeras och återanvänds, med stöd av Viable Cities.',
          'Ramar, syfte och hur synpunkter tas om hand bestäms innan en process startar.',
          'Klimatdialogerna samordnas med kommunens övriga medborgardialog.',
        ],
        en: [
          'The groundwork is laid for engaging residents in climate decisions.',
          'Existing processes for citizen dialogue are evaluated.',
          'Other cities’ models are studied and reused, with support from Viable Cities.',
          'Frames, purpose and how input is handled are set before a process starts.',
          'Climate dialogues are aligned with the municipality’s other citizen dialogue.',
        ],
      },
      establish: {
        sv: [
          'Medborgardialog används systematiskt för att förankra och utveckla klimatarbetet.',
          'Medborgarråd eller liknande inför större klimatbeslut och strategier.',
          'Breda samhällsdialoger, och plats för invånare i de lokala omställningsteamen.',
          'Crowdfunding och kommunstödda plattformar för samhällsinitiativ prövas.',
          'Tillgänglig och pedagogisk kommunikation, med verktyg som visar planetära gränser.',
        ],
        en: [
          'Citizen dialogue is used systematically to anchor and develop climate work.',
          'Citizens’ assemblies or similar before major climate decisions and strategies.',
          'Broad public dialogues, and room for residents in the local transition teams.',
          'Crowdfunding and municipality-backed platforms for community initiatives are tried.',
          'Accessible, educational communication, with tools that show planetary boundaries.',
        ],
      },
      transform: {
        sv: ['Erfarenheterna delas för att ändra hur städer förankrar och utvecklar sitt klimatarbete.'],
        en: ['The experience is shared to change how cities anchor and develop their climate work.'],
      },
    },
  },
  communication: {
    aim: { sv: 'Kommunikation som verktyg för omställningen.', en: 'Communication as a tool for the transition.' },
    levels: {
      initiate: {
        sv: ['Den interna och externa klimatkommunikationen är kartlagd.', 'Mandat för samordnad kommunikation om omställningen.', 'Målgrupper och en kommunikationsstrategi för omställningen.'],
        en: ['Internal and external climate communication is mapped.', 'A mandate for coordinated communication about the transition.', 'Target groups and a communication strategy for the transition.'],
      },
      establish: {
        sv: ['Samordning mellan kommunikation, klimatarbete och ledning.', 'Tydliga berättelser, begrepp och visualiseringar om omställningen.', 'Kommunikationsstöd i budget, planering och dialog.'],
        en: ['Coordination between communication, climate work and leadership.', 'Clear narratives, terms and visualisations of the transition.', 'Communication support in budgeting, planning and dialogue.'],
      },
      transform: {
        sv: ['Kommunikation bidrar till kultur- och normförändring.', 'Kommunikation är ett verktyg i ledning och politikutveckling.', 'Uppskalning genom partnerskap, nätverk och nationella initiativ.'],
        en: ['Communication contributes to cultural and normative change.', 'Communication is a tool in leadership and policy development.', 'Scaling up through partnerships, networks and national initiatives.'],
      },
    },
  },
};
