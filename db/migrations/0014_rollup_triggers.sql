-- The rollup cells (db/schema/rollup-cells.ts) kept exact in the write transaction.
-- rollup_refresh(id) subtracts what agreement `id` last contributed (rollup_facts) and adds what it
-- contributes now, read from the base tables; it is idempotent, so every trigger simply calls it.
-- A bulk load may set `accord.rollup_deferred = on` for its transaction and call rollup_rebuild() at the end.

CREATE FUNCTION rollup_add(f rollup_facts, sign integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  signed numeric := sign * coalesce(f.signed_value, 0);
  delivered numeric := sign * f.delivered_value;
  month date := date_trunc('month', f.signed_on)::date;
BEGIN
  INSERT INTO rollup_cells AS c (category_id, event_id, status, value_kind, signed_month, agreements, signed_value, delivered_value)
  VALUES (f.category_id, f.event_id, f.status, f.value_kind, month, sign, signed, delivered)
  ON CONFLICT (category_id, event_id, status, value_kind, signed_month) DO UPDATE
    SET agreements = c.agreements + excluded.agreements, signed_value = c.signed_value + excluded.signed_value,
        delivered_value = c.delivered_value + excluded.delivered_value;
  INSERT INTO rollup_party_type_cells AS c (party_type, category_id, status, value_kind, signed_month, agreements, signed_value, delivered_value)
  SELECT t, f.category_id, f.status, f.value_kind, month, sign, signed, delivered FROM unnest(f.party_types) t
  ON CONFLICT (party_type, category_id, status, value_kind, signed_month) DO UPDATE
    SET agreements = c.agreements + excluded.agreements, signed_value = c.signed_value + excluded.signed_value,
        delivered_value = c.delivered_value + excluded.delivered_value;
  INSERT INTO rollup_party_cells AS c (organization_id, status, value_kind, agreements, signed_value, delivered_value)
  SELECT o, f.status, f.value_kind, sign, signed, delivered FROM unnest(f.organization_ids) o
  ON CONFLICT (organization_id, status, value_kind) DO UPDATE
    SET agreements = c.agreements + excluded.agreements, signed_value = c.signed_value + excluded.signed_value,
        delivered_value = c.delivered_value + excluded.delivered_value;
END $$;
--> statement-breakpoint
CREATE VIEW rollup_facts_now AS
SELECT a.id AS agreement_id, a.category_id, a.event_id, a.status, a.value_kind, a.signed_on, a.signed_value,
       coalesce((SELECT sum(pu.delivered_value) FROM progress_updates pu WHERE pu.agreement_id = a.id AND pu.withdrawn_at IS NULL), 0)::numeric(20,2) AS delivered_value,
       coalesce((SELECT array_agg(DISTINCT o.type ORDER BY o.type) FROM agreement_parties ap JOIN organizations o ON o.id = ap.organization_id
                  WHERE ap.agreement_id = a.id), '{}') AS party_types,
       coalesce((SELECT array_agg(ap.organization_id ORDER BY ap.organization_id) FROM agreement_parties ap WHERE ap.agreement_id = a.id), '{}') AS organization_ids
  FROM agreements a
 WHERE a.deleted_at IS NULL;
--> statement-breakpoint
CREATE FUNCTION rollup_refresh(aid integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  was rollup_facts;
  now_ rollup_facts;
BEGIN
  IF current_setting('accord.rollup_deferred', true) = 'on' THEN RETURN; END IF;
  SELECT * INTO was FROM rollup_facts WHERE agreement_id = aid FOR UPDATE;
  IF FOUND THEN
    PERFORM rollup_add(was, -1);
    DELETE FROM rollup_facts WHERE agreement_id = aid;
  END IF;
  SELECT * INTO now_ FROM rollup_facts_now WHERE agreement_id = aid;
  IF FOUND THEN
    INSERT INTO rollup_facts SELECT (now_).*;
    PERFORM rollup_add(now_, 1);
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION rollup_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE rollup_facts, rollup_cells, rollup_party_type_cells, rollup_party_cells;
  INSERT INTO rollup_facts SELECT * FROM rollup_facts_now;
  INSERT INTO rollup_cells (category_id, event_id, status, value_kind, signed_month, agreements, signed_value, delivered_value)
  SELECT category_id, event_id, status, value_kind, date_trunc('month', signed_on)::date, count(*), coalesce(sum(signed_value), 0), sum(delivered_value)
    FROM rollup_facts GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO rollup_party_type_cells (party_type, category_id, status, value_kind, signed_month, agreements, signed_value, delivered_value)
  SELECT t, category_id, status, value_kind, date_trunc('month', signed_on)::date, count(*), coalesce(sum(signed_value), 0), sum(delivered_value)
    FROM rollup_facts, unnest(party_types) t GROUP BY 1, 2, 3, 4, 5;
  INSERT INTO rollup_party_cells (organization_id, status, value_kind, agreements, signed_value, delivered_value)
  SELECT o, status, value_kind, count(*), coalesce(sum(signed_value), 0), sum(delivered_value)
    FROM rollup_facts, unnest(organization_ids) o GROUP BY 1, 2, 3;
END $$;
--> statement-breakpoint
CREATE FUNCTION rollup_agreement_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN PERFORM rollup_refresh(OLD.id); ELSE PERFORM rollup_refresh(NEW.id); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION rollup_child_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM rollup_refresh(OLD.agreement_id); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.agreement_id <> OLD.agreement_id) THEN PERFORM rollup_refresh(NEW.agreement_id); END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION rollup_organization_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rollup_refresh(ap.agreement_id) FROM agreement_parties ap WHERE ap.organization_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER rollup_agreements AFTER INSERT OR DELETE OR UPDATE OF category_id, event_id, status, value_kind, signed_on, signed_value, deleted_at
  ON agreements FOR EACH ROW EXECUTE FUNCTION rollup_agreement_changed();
--> statement-breakpoint
CREATE TRIGGER rollup_agreement_parties AFTER INSERT OR DELETE OR UPDATE ON agreement_parties FOR EACH ROW EXECUTE FUNCTION rollup_child_changed();
--> statement-breakpoint
CREATE TRIGGER rollup_progress_updates AFTER INSERT OR DELETE OR UPDATE OF agreement_id, delivered_value, withdrawn_at
  ON progress_updates FOR EACH ROW EXECUTE FUNCTION rollup_child_changed();
--> statement-breakpoint
CREATE TRIGGER rollup_organizations AFTER UPDATE OF type ON organizations FOR EACH ROW WHEN (OLD.type IS DISTINCT FROM NEW.type)
  EXECUTE FUNCTION rollup_organization_changed();
--> statement-breakpoint
SELECT rollup_rebuild();
