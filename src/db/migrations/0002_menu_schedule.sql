ALTER TABLE "activities" ADD COLUMN "first_start_on" date;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "country_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "published_first_start_on" date;--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "published_country_codes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- With toast_tuple_target 512 (0001) even the short arrays the search filters and counts on went out of
-- line, and every match read them back from the TOAST table. They are small and bounded (areas,
-- languages, countries): kept in the row, uncompressed.
ALTER TABLE "activities" ALTER COLUMN "area_ids" SET STORAGE PLAIN;--> statement-breakpoint
ALTER TABLE "activities" ALTER COLUMN "languages" SET STORAGE PLAIN;--> statement-breakpoint
ALTER TABLE "activities" ALTER COLUMN "country_codes" SET STORAGE PLAIN;--> statement-breakpoint
ALTER TABLE "activities" ALTER COLUMN "published_country_codes" SET STORAGE PLAIN;--> statement-breakpoint
-- Each activity's first start and countries, over all its iterations and over the published ones, as the
-- menu's search reads them (docs/performance.md §8.4). Kept here rather than by the app so that every
-- write of iterations (forms, imports, copy forward, cascades) keeps them, in the same transaction.
CREATE FUNCTION menu_refresh_schedule(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE activities a
  SET first_start_on = s.first_start, country_codes = s.countries,
    published_first_start_on = s.published_start, published_country_codes = s.published_countries
  FROM (
    SELECT x.id,
      min(i.starts_on) AS first_start,
      coalesce(array_agg(DISTINCT i.country_code ORDER BY i.country_code)
        FILTER (WHERE i.country_code IS NOT NULL), '{}') AS countries,
      min(i.starts_on) FILTER (WHERE i.published_at IS NOT NULL) AS published_start,
      coalesce(array_agg(DISTINCT i.country_code ORDER BY i.country_code)
        FILTER (WHERE i.country_code IS NOT NULL AND i.published_at IS NOT NULL), '{}') AS published_countries
    FROM unnest(ids) AS x(id) LEFT JOIN iterations i ON i.activity_id = x.id
    GROUP BY x.id
  ) s
  WHERE a.id = s.id
    AND (a.first_start_on, a.country_codes, a.published_first_start_on, a.published_country_codes)
      IS DISTINCT FROM (s.first_start, s.countries, s.published_start, s.published_countries);
$$;--> statement-breakpoint
CREATE FUNCTION iterations_refresh_schedule() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM menu_refresh_schedule(array(SELECT DISTINCT activity_id FROM changed_rows));
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER iterations_schedule_insert AFTER INSERT ON iterations
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION iterations_refresh_schedule();--> statement-breakpoint
CREATE TRIGGER iterations_schedule_update AFTER UPDATE ON iterations
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION iterations_refresh_schedule();--> statement-breakpoint
CREATE TRIGGER iterations_schedule_delete AFTER DELETE ON iterations
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION iterations_refresh_schedule();--> statement-breakpoint
SELECT menu_refresh_schedule(array(SELECT id FROM activities));
