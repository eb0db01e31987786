/**
 * Every module a page renders that reads the catalog or content itself, and what of it: a new
 * reader needs a look at the keys of src/data/cache-keys.ts (tests/unit/cache-keys.test.ts holds this list to the code).
 */
export const CATALOG_READERS: Record<string, string> = {
  'src/layouts/BaseLayout.astro': 'site settings (context); the English slug of the page own entry (in its key)',
  'src/components/ReportError.astro': 'site settings (context)',
  'src/components/newsletter/NewsletterForm.astro': 'site settings (context)',
  'src/components/site/SiteOperator.astro': 'site settings (context)',
  'src/components/donation/DonorList.astro': "each donor's projects: keys.donors",
  'src/views/ContentPageView.astro': 'the content page of its props (context)',
  'src/views/DataView.astro': 'no key: rendered every build',
  'src/views/DonateToView.astro': "the organization's projects: keys.projectsOf",
  'src/views/DonateView.astro': 'donors (context), first page: no key; later pages: keys.donors',
  'src/views/HomeView.astro': 'no key: rendered every build',
  'src/views/NewsItemView.astro': 'the item and the projects it names: keys.newsItem',
  'src/views/NewsletterStubView.astro': 'no key: rendered every build',
  'src/views/NewsletterView.astro': 'no key: rendered every build',
  'src/views/OrganizationView.astro': 'its projects and news: keys.projectsOf',
  'src/views/ProgrammeView.astro': 'its projects: keys.projectsOf',
  'src/views/ProjectPageView.astro': 'the project, its news, organizations and programmes: keys.project',
  'src/views/ProjectsView.astro': 'first page: no key; later pages: their props',
  'src/views/PosterView.astro': 'the project, its organizations and programme (keys.project); site (context)',
  'src/views/PublicityGroupView.astro': 'the projects of its props, their publicity (from their data), the programme (context)',
  'src/views/PublicityView.astro': 'no key: rendered every build',
  'src/views/endpoints.ts': 'one project (keys.project), a group (its props); the rest: no key',
  'src/data/directory.ts': "organizations, programmes (context) and their projects' counts (in the props)",
  'src/data/feeds.ts': 'no key: rendered every build',
  'src/data/news.ts': 'the news of a listing page (in the props)',
  'src/data/social-cards.ts': 'a project (keys.project) or a news item and its first project (keys.newsItem); organizations, site (context)',
  'src/data/open-data.ts': 'the projects given, organizations, programmes, site (context)',
  'src/data/search-shards.ts': "every project's slug, site settings: for the search page only (no key: rendered every build)",
  'src/data/structured-data.ts': 'a project (keys.project), organizations, programmes, site (context)',
};
