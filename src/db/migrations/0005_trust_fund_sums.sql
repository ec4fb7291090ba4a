CREATE TABLE "tf_contribution_cells" (
	"currency" text NOT NULL,
	"max_age_days" integer NOT NULL,
	"year" integer NOT NULL,
	"party_id" uuid NOT NULL,
	"fund_id" uuid NOT NULL,
	"type" text NOT NULL,
	"through" integer DEFAULT 0 NOT NULL,
	"amount" numeric NOT NULL,
	"days" bit(366),
	"recorded" text[] DEFAULT '{}'::text[] NOT NULL,
	"first_missing" date,
	CONSTRAINT "tf_contribution_cells_pkey" PRIMARY KEY("currency","max_age_days","year","type","through","party_id","fund_id")
);
--> statement-breakpoint
CREATE TABLE "tf_contribution_cover" (
	"currency" text NOT NULL,
	"max_age_days" integer NOT NULL,
	"year" integer NOT NULL,
	"through_max" integer NOT NULL,
	CONSTRAINT "tf_contribution_cover_pkey" PRIMARY KEY("currency","max_age_days","year")
);
--> statement-breakpoint
CREATE TABLE "tf_money_years" (
	"year" integer PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "tf_transactions_list_idx" ON "tf_transactions" USING btree ("value_date" DESC NULLS LAST,"created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
-- The contributions report's kept sums (src/db/schema/trust-fund-sums.ts, performance §10.7): every
-- write to the incoming money or to the rates bumps the years it touches (their rows stay locked until
-- it commits) and drops those years' cover; a report fills what it lacks, in its own transaction.
CREATE FUNCTION tf_money_touch(touched int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cardinality(touched) = 0 THEN RETURN; END IF;
  INSERT INTO tf_money_years (year) SELECT DISTINCT y FROM unnest(touched) AS y ORDER BY y
    ON CONFLICT (year) DO UPDATE SET version = tf_money_years.version + 1;
  DELETE FROM tf_contribution_cover WHERE year = ANY (touched);
END
$$;--> statement-breakpoint
-- The years of incoming money in `rows`, and the years of the pledges those rows fulfil.
CREATE FUNCTION tf_transactions_touch_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tf_money_touch(array(
    SELECT extract(year FROM n.value_date)::int FROM new_rows n
      WHERE n.type IN ('incoming_pledge', 'incoming_commitment', 'incoming_funds')
    UNION SELECT extract(year FROM p.value_date)::int FROM tf_transactions p
      WHERE p.id IN (SELECT n.pledge_id FROM new_rows n WHERE n.pledge_id IS NOT NULL)));
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION tf_transactions_touch_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tf_money_touch(array(
    SELECT extract(year FROM o.value_date)::int FROM old_rows o
      WHERE o.type IN ('incoming_pledge', 'incoming_commitment', 'incoming_funds')
    UNION SELECT extract(year FROM p.value_date)::int FROM tf_transactions p
      WHERE p.id IN (SELECT o.pledge_id FROM old_rows o WHERE o.pledge_id IS NOT NULL)));
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION tf_transactions_touch_both() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tf_money_touch(array(
    SELECT extract(year FROM x.value_date)::int
      FROM (SELECT type, value_date FROM old_rows UNION ALL SELECT type, value_date FROM new_rows) x
      WHERE x.type IN ('incoming_pledge', 'incoming_commitment', 'incoming_funds')
    UNION SELECT extract(year FROM p.value_date)::int FROM tf_transactions p
      WHERE p.id IN (SELECT pledge_id FROM old_rows UNION SELECT pledge_id FROM new_rows)));
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER tf_transactions_sums_insert AFTER INSERT ON tf_transactions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tf_transactions_touch_new();--> statement-breakpoint
CREATE TRIGGER tf_transactions_sums_update AFTER UPDATE ON tf_transactions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tf_transactions_touch_both();--> statement-breakpoint
CREATE TRIGGER tf_transactions_sums_delete AFTER DELETE ON tf_transactions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tf_transactions_touch_old();--> statement-breakpoint
-- A rate on day d is the rate of days d to d + the policy's days: the cover of the currency's years
-- from d's to that of d + max_age_days is dropped, after the rows of those years are locked.
CREATE FUNCTION tf_rates_touch(changed jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tf_money_years y SET version = y.version + 1
    FROM (SELECT min((c->>'lo')::date) AS lo, max((c->>'hi')::date) AS hi FROM jsonb_array_elements(changed) c) s
    WHERE y.year BETWEEN extract(year FROM s.lo) AND extract(year FROM s.hi) + 1;
  DELETE FROM tf_contribution_cover v
    USING (SELECT c->>'currency' AS currency, (c->>'lo')::date AS lo, (c->>'hi')::date AS hi
           FROM jsonb_array_elements(changed) c) s
    WHERE v.currency = s.currency AND v.year BETWEEN extract(year FROM s.lo) AND extract(year FROM s.hi + v.max_age_days);
END
$$;--> statement-breakpoint
CREATE FUNCTION exchange_rates_touch_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tf_rates_touch(coalesce((SELECT jsonb_agg(jsonb_build_object('currency', currency, 'lo', lo, 'hi', hi))
    FROM (SELECT currency, min(rate_date) AS lo, max(rate_date) AS hi FROM new_rows GROUP BY currency) s), '[]'));
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION exchange_rates_touch_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tf_rates_touch(coalesce((SELECT jsonb_agg(jsonb_build_object('currency', currency, 'lo', lo, 'hi', hi))
    FROM (SELECT currency, min(rate_date) AS lo, max(rate_date) AS hi FROM old_rows GROUP BY currency) s), '[]'));
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION exchange_rates_touch_both() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM tf_rates_touch(coalesce((SELECT jsonb_agg(jsonb_build_object('currency', currency, 'lo', lo, 'hi', hi))
    FROM (SELECT currency, min(rate_date) AS lo, max(rate_date) AS hi
          FROM (SELECT currency, rate_date FROM old_rows UNION ALL SELECT currency, rate_date FROM new_rows) x
          GROUP BY currency) s), '[]'));
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER exchange_rates_sums_insert AFTER INSERT ON exchange_rates
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION exchange_rates_touch_new();--> statement-breakpoint
CREATE TRIGGER exchange_rates_sums_update AFTER UPDATE ON exchange_rates
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION exchange_rates_touch_both();--> statement-breakpoint
CREATE TRIGGER exchange_rates_sums_delete AFTER DELETE ON exchange_rates
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION exchange_rates_touch_old();--> statement-breakpoint
INSERT INTO tf_money_years (year)
  SELECT DISTINCT extract(year FROM value_date)::int FROM tf_transactions
  WHERE type IN ('incoming_pledge', 'incoming_commitment', 'incoming_funds');
