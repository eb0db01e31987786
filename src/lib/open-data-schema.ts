/**
 * The JSON Schema (draft 2020-12) of /danni/proekti.json and of each /proekti/<id>/danni.json,
 * published at /danni/schema.json. Every field has a Bulgarian description and an English one
 * (`x-description-en`); fields the site computes rather than copies from a source carry
 * `x-derived: true`. The mapping to the EU list of operations and 360Giving is beside each field.
 */
import { CURRENCIES, OTHER_SOURCE_DATE_KINDS, OTHER_SOURCE_KINDS } from '../schemas/enums.ts';
import { PROJECT_STATUSES } from './period.ts';

type Json = Record<string, unknown>;

interface FieldDoc {
  bg: string;
  en: string;
  derived?: boolean;
  /** The Art. 49(3) 2021/1060 / Annex XII 1303/2013 field it answers, when one does. */
  eu?: string;
  /** The 360Giving Data Standard field it corresponds to, when one does. */
  giving?: string;
}

/** A field: its JSON Schema type with its descriptions and mappings. */
function field(schema: Json, doc: FieldDoc): Json {
  return {
    ...schema,
    description: doc.bg,
    'x-description-en': doc.en,
    ...(doc.derived ? { 'x-derived': true } : {}),
    ...(doc.eu ? { 'x-eu-list-of-operations': doc.eu } : {}),
    ...(doc.giving ? { 'x-360giving': doc.giving } : {}),
  };
}

/** An object that allows no other keys and requires every key it lists, unless told fewer. */
function closedObject(
  properties: Record<string, Json>,
  { orNull = false, required = Object.keys(properties) }: { orNull?: boolean; required?: string[] } = {},
): Json {
  return { type: orNull ? ['object', 'null'] : 'object', additionalProperties: false, required, properties };
}

const nullable = (type: string, extra: Json = {}): Json => ({ type: [type, 'null'], ...extra });
const date = { pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

const money = (doc: FieldDoc): Json =>
  field(
    closedObject(
      {
        amount: field(
          { type: 'number', minimum: 0 },
          { bg: 'Сумата, както я пише източникът, с до два знака след десетичната точка', en: 'The amount as the source states it, with at most two decimals' },
        ),
        currency: field(
          { enum: [...CURRENCIES] },
          { bg: 'Валутата на източника: BGN (лева) или EUR', en: 'The source’s currency: BGN or EUR', giving: 'currency' },
        ),
        amountEur: field(
          { type: 'number', minimum: 0 },
          {
            bg: 'Сумата в евро: левовете са разделени на 1,95583 и закръглени до цент',
            en: 'The amount in euro: leva divided by 1.95583, rounded half up to the cent',
            derived: true,
          },
        ),
      },
      { orNull: true },
    ),
    doc,
  );

const text = (doc: FieldDoc) => field({ type: 'string', minLength: 1 }, doc);
const optionalText = (doc: FieldDoc) => field(nullable('string'), doc);
const optionalDate = (doc: FieldDoc) => field(nullable('string', date), doc);

const fundingSchema: Json = closedObject({
  programmeId: text({ bg: 'Кодът на програмата или дарителя в сайта', en: 'The programme’s or funder’s identifier on this site' }),
  programme: text({ bg: 'Името на програмата или дарителя', en: 'Programme or funder name', eu: 'програма', giving: 'fundingOrganization.name' }),
  fund: field(nullable('string'), {
    bg: 'Фондът на ЕС (ESF, ESF+); null за средства извън ЕС или когато не е известен',
    en: 'The EU fund (ESF, ESF+); null for non-EU money or when unknown',
    eu: 'фонд',
  }),
  cci: optionalText({ bg: 'CCI кодът на програмата', en: 'The programme’s CCI code', eu: 'програма (CCI)' }),
  euCofinancingRate: optionalText({
    bg: 'Процентът съфинансиране от ЕС, както е в източника',
    en: 'EU co-financing rate as the source states it',
    eu: 'процент на съфинансиране от ЕС',
  }),
  contractNumber: optionalText({ bg: 'Номерът на договора (проекта)', en: 'Contract (operation) number' }),
  procedureCode: optionalText({ bg: 'Кодът на процедурата', en: 'Procedure (call) code' }),
  procedureName: optionalText({ bg: 'Името на процедурата', en: 'Procedure (call) name' }),
  priorityAxis: optionalText({
    bg: 'Приоритетната ос или специфичната цел',
    en: 'Priority axis or specific objective',
    eu: 'приоритетна ос или специфична цел',
  }),
  contractDate: optionalDate({ bg: 'Денят на подписване на договора', en: 'The day the contract was signed' }),
  grant: money({ bg: 'Безвъзмездната помощ от този източник', en: 'The grant from this source', giving: 'amountAwarded' }),
  euShare: money({ bg: 'Частта от помощта, която идва от ЕС', en: 'The EU share of the grant' }),
  nationalShare: money({ bg: 'Националното съфинансиране', en: 'The national co-financing share' }),
});

export const projectSchema: Json = closedObject({
  id: field(
    { type: 'string', pattern: '^[a-z0-9-]+$' },
    {
      bg: 'Постоянният идентификатор на проекта в сайта (частта от адреса)',
      en: 'The project’s stable identifier on this site (its address segment)',
      giving: 'id',
    },
  ),
  url: field({ type: 'string', format: 'uri' }, { bg: 'Адресът на страницата на проекта', en: 'The project page’s address', derived: true }),
  dataUrl: field({ type: 'string', format: 'uri' }, { bg: 'Адресът на този JSON файл', en: 'The address of this project’s JSON file', derived: true }),
  title: text({ bg: 'Името на проекта (операцията)', en: 'Name of the operation', eu: 'наименование на операцията', giving: 'title' }),
  summary: text({
    bg: 'Кратко описание: какво прави проектът и за кого',
    en: 'Short description: what the project does and for whom',
    eu: 'цел на операцията',
    giving: 'description',
  }),
  goal: optionalText({ bg: 'Основната цел с думите на източника', en: 'The main goal in the source’s words', eu: 'цел на операцията' }),
  beneficiary: field(
    closedObject({
      id: text({ bg: 'Идентификаторът на организацията в сайта', en: 'The organization’s identifier on this site' }),
      name: text({ bg: 'Името на бенефициента', en: 'Beneficiary name', eu: 'наименование на бенефициента', giving: 'recipientOrganization.name' }),
      eik: field(nullable('string', { pattern: '^\\d{9}(\\d{4})?$' }), {
        bg: 'ЕИК (БУЛСТАТ), когато е известен',
        en: 'Bulgarian company/registry number (ЕИК), where known',
        eu: 'идентификатор на бенефициента',
        giving: 'recipientOrganization.charityNumber / companyNumber',
      }),
    }),
    { bg: 'Водещата организация (бенефициент)', en: 'The lead organization (beneficiary)', eu: 'бенефициент', giving: 'recipientOrganization' },
  ),
  partners: field(
    {
      type: 'array',
      items: closedObject({
        id: text({ bg: 'Идентификаторът на организацията в сайта', en: 'The organization’s identifier on this site' }),
        name: text({ bg: 'Името на партньора', en: 'Partner name' }),
        role: text({ bg: 'Ролята в проекта, както я назовава източникът', en: 'Role in the project as the source names it' }),
      }),
    },
    { bg: 'Другите организации в проекта', en: 'Other organizations in the project' },
  ),
  startDate: optionalDate({ bg: 'Началото на проекта', en: 'Start date', eu: 'начална дата', giving: 'plannedDates.startDate' }),
  endDate: optionalDate({
    bg: 'Краят по първоначалния план',
    en: 'Planned end date',
    eu: 'очаквана или действителна крайна дата',
    giving: 'plannedDates.endDate',
  }),
  currentEndDate: optionalDate({
    bg: 'Краят след последното удължаване с дата; равен на endDate без удължения',
    en: 'End date after the last dated extension; equals endDate without extensions',
    derived: true,
    eu: 'очаквана или действителна крайна дата',
  }),
  totalCost: money({
    bg: 'Общата стойност на проекта; когато източниците се различават – тази от регистъра или най-новата (всички са в otherSources)',
    en: 'Total cost of the operation; when sources differ, the register’s or the most recent (all are in otherSources)',
    eu: 'обща стойност',
  }),
  funding: field(
    { type: ['array', 'null'], minItems: 1, items: fundingSchema },
    {
      bg: 'Източниците на финансиране; null, когато източникът не казва (не значи „без средства от ЕС“)',
      en: 'Funding sources; null when the source does not say (which does not mean “no EU money”)',
      giving: 'fundingOrganization',
    },
  ),
  locations: field(
    {
      type: 'array',
      items: closedObject({
        municipality: text({ bg: 'Общината', en: 'Municipality', eu: 'местоположение', giving: 'beneficiaryLocation.name' }),
        province: field(
          { type: 'string', minLength: 1 },
          {
            bg: 'Областта; изведена от общината, ако не е написана',
            en: 'Province (oblast); derived from the municipality when not written',
            derived: true,
            eu: 'местоположение',
          },
        ),
        nuts3: field(nullable('string', { pattern: '^BG\\d{3}$' }), {
          bg: 'NUTS 3 кодът на областта (NUTS 2021); null, докато не е сверен с официален източник',
          en: 'The province’s NUTS 3 code (NUTS 2021); null until checked against an official source',
          derived: true,
          eu: 'местоположение (код NUTS)',
          giving: 'beneficiaryLocation.geoCode',
        }),
        settlements: field({ type: 'array', items: { type: 'string' } }, { bg: 'Населените места', en: 'Towns and villages' }),
      }),
    },
    { bg: 'Местата, където работи проектът', en: 'Where the project works', eu: 'местоположение', giving: 'beneficiaryLocation' },
  ),
  country: field({ const: 'BG' }, { bg: 'Държавата (ISO 3166-1)', en: 'Country (ISO 3166-1)', eu: 'държава', giving: 'beneficiaryLocation.countryCode' }),
  interventionType: field(
    { type: 'null' },
    {
      bg: 'Категорията на интервенцията; сайтът още не я записва, затова е null',
      en: 'Type (category) of intervention; not yet recorded by the site, so null',
      eu: 'вид интервенция',
    },
  ),
  status: field(
    { enum: [...PROJECT_STATUSES] },
    { bg: 'Статусът към датата на публикуване, изчислен от датите', en: 'Status at the publication date, computed from the dates', derived: true },
  ),
  statusReason: field(
    { enum: ['programme-period-ended', null] },
    {
      bg: 'Защо статусът е изведен от периода на програмата, а не от датите на проекта',
      en: 'Why the status follows from the programme period rather than the project’s dates',
      derived: true,
    },
  ),
  reach: field(
    {
      type: 'array',
      items: closedObject({
        year: field(nullable('integer'), { bg: 'Годината, за която е броят', en: 'The year the figure refers to' }),
        date: optionalDate({ bg: 'Денят, към който е броят', en: 'The day the figure refers to' }),
        total: field({ type: 'integer', minimum: 0 }, { bg: 'Броят достигнати хора', en: 'Number of people reached' }),
        unit: text({ bg: 'Кои хора са преброени', en: 'Who is counted' }),
      }),
    },
    { bg: 'Колко души е достигнал проектът и към кога', en: 'How many people the project reached, and when' },
  ),
  results: field(
    closedObject({
      expected: field(
        { type: 'array', items: { type: 'string' } },
        { bg: 'Очакваните резултати (не са постигнати)', en: 'Expected results (not achieved)', eu: 'очаквани постижения' },
      ),
      achieved: field(
        {
          type: 'array',
          items: closedObject({
            text: text({ bg: 'Какво е постигнато', en: 'What was achieved' }),
            date: optionalDate({ bg: 'Денят на отчета', en: 'The day it was reported' }),
            year: field(nullable('integer'), { bg: 'Годината на отчета', en: 'The year it refers to' }),
          }),
        },
        { bg: 'Постигнатите резултати с датата на отчета', en: 'Achieved results with their report date', eu: 'действителни постижения' },
      ),
    }),
    { bg: 'Очакваните и постигнатите резултати, отделно', en: 'Expected and achieved results, kept apart', eu: 'очаквани или действителни постижения' },
  ),
  source: field(
    closedObject(
      {
        publisher: optionalText({ bg: 'Издателят на източника', en: 'The source’s publisher' }),
        title: text({ bg: 'Заглавието на източника', en: 'The source’s title' }),
        url: field(nullable('string', { format: 'uri' }), { bg: 'Адресът на източника', en: 'The source’s address' }),
        date: optionalDate({ bg: 'Датата, която източникът показва', en: 'The date the source shows' }),
      },
      { orNull: true },
    ),
    { bg: 'Откъде са фактите', en: 'Where the facts come from' },
  ),
  otherSources: field(
    {
      type: 'array',
      items: closedObject({
        kind: field(
          { enum: [...OTHER_SOURCE_KINDS] },
          {
            bg: 'Видът източник: register (регистърът ИСУН 2020), organization (страница на организацията), news (новина)',
            en: 'Kind of source: register (the ISUN 2020 register), organization (its own page), news (a news item)',
          },
        ),
        name: text({ bg: 'Името на регистъра или на издателя', en: 'The register’s or the publisher’s name' }),
        url: field(nullable('string', { format: 'uri' }), { bg: 'Адресът на източника', en: 'The source’s address' }),
        date: field(
          { type: 'string', ...date },
          { bg: 'Датата на източника или денят, в който данните са прочетени', en: 'The source’s date, or the day its data were read' },
        ),
        dateKind: field(
          { enum: [...OTHER_SOURCE_DATE_KINDS] },
          {
            bg: 'Каква е датата: published, changed, shown или read (денят на прочитане)',
            en: 'What the date is: published, changed, shown, or read (the day the data were read)',
          },
        ),
        totalCost: money({ bg: 'Общата стойност според този източник', en: 'Total cost according to this source' }),
        grant: money({ bg: 'Безвъзмездната помощ (БФП) според този източник', en: 'Grant according to this source' }),
        ownContribution: money({ bg: 'Собственото съфинансиране според този източник', en: 'The beneficiary’s own co-financing according to this source' }),
        paid: money({ bg: 'Реално изплатените суми според този източник, към датата му', en: 'Sums actually paid according to this source, as of its date' }),
        status: optionalText({ bg: 'Статусът с думите на източника', en: 'The status in the source’s words' }),
        contractNumber: optionalText({ bg: 'Номерът на договора според този източник', en: 'Contract number according to this source' }),
        programmeId: optionalText({
          bg: 'Кодът на програмата в сайта според този източник',
          en: 'The programme’s identifier on this site, according to this source',
        }),
        contractDate: optionalDate({ bg: 'Датата на договора според този източник', en: 'Contract date according to this source' }),
        months: field(nullable('integer'), { bg: 'Продължителността в месеци според този източник', en: 'Duration in months according to this source' }),
        start: optionalDate({ bg: 'Началото според този източник', en: 'Start date according to this source' }),
        end: optionalDate({ bg: 'Краят според този източник', en: 'End date according to this source' }),
        note: optionalText({ bg: 'Как е свързан източникът с проекта', en: 'How the source was matched to the project' }),
      }),
    },
    {
      bg: 'Други източници на основните факти, всеки със стойностите и датата си; totalCost горе е стойността, избрана по правилото на сайта (регистърът преди страницата на организацията, по-новото преди по-старото)',
      en: 'Further sources of the key facts, each with its values and date; totalCost above is the value the site’s rule picks (the register before the organization’s page, newer before older)',
      derived: false,
    },
  ),
  checked: optionalDate({
    bg: 'Денят, в който фактите са сверени с източника за последно',
    en: 'The day the facts were last checked against the source',
    eu: 'дата на последна актуализация',
    giving: 'dateModified',
  }),
});

/** The published schema: one project, or the list of all in proekti.json. */
export function openDataSchema(schemaUrl: string): Json {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'Видимост – отворени данни за проекти',
    description:
      'Проектите в сайта във вида на списъка на операциите (чл. 49, ал. 3 от Регламент 2021/1060, приложение XII, т. 1 от Регламент 1303/2013) плюс фактите на сайта. Неизвестното е null.',
    'x-description-en':
      'The site’s projects in the shape of the EU list of operations (Art. 49(3) of Regulation 2021/1060, Annex XII 1 of 1303/2013) plus the site’s own facts. Unknown is null.',
    $defs: { project: projectSchema },
    oneOf: [
      { $ref: '#/$defs/project' },
      closedObject(
        {
          generated: field({ type: 'string', ...date }, { bg: 'Датата на публикуване на файла', en: 'The file’s publication date', derived: true }),
          licence: field(nullable('object'), { bg: 'Лицензът на данните; null, докато не е определен', en: 'The data licence; null until it is set' }),
          projects: field({ type: 'array', items: { $ref: '#/$defs/project' } }, { bg: 'Всички проекти', en: 'All projects' }),
        },
        { required: ['projects'] },
      ),
    ],
  };
}

/** Each top-level field with its descriptions and mappings, for the table on /danni/. */
export function fieldTable(): { name: string; bg: string; en: string; derived: boolean; eu?: string; giving?: string }[] {
  return Object.entries(projectSchema.properties as Record<string, Json>).map(([name, f]) => ({
    name,
    bg: f.description as string,
    en: f['x-description-en'] as string,
    derived: f['x-derived'] === true,
    eu: f['x-eu-list-of-operations'] as string | undefined,
    giving: f['x-360giving'] as string | undefined,
  }));
}
