-- Seeds open opportunities :from_n..:to_n for tenant :'tenant', each at its own account with 8 stakeholders in the
-- committee (one per role, two influencers), 20 interactions with 2 participants each, 7 relationships and
-- 2 commitments. Ids are derived from the row number (md5 -> uuid), so batches can be added without lookups.
-- Runs as the schema owner: RLS is forced on the owner too, so the session names the tenant.
SELECT set_config('app.tenant_id', :'tenant', false);

INSERT INTO account (tenant_id, id, name, employee_count, owner_id, created_at, updated_at)
SELECT :'tenant', md5('a' || g)::uuid, 'Bench account ' || g, 500 + g % 5000,
       'owner-' || (g % 10), now(), now()
FROM generate_series(:from_n, :to_n) g;

INSERT INTO person (tenant_id, id, created_at)
SELECT :'tenant', md5('p' || g || '-' || k)::uuid, now()
FROM generate_series(:from_n, :to_n) g, generate_series(0, 7) k;

INSERT INTO stakeholder (tenant_id, id, person_id, account_id, full_name, title, created_at, updated_at)
SELECT :'tenant', md5('s' || g || '-' || k)::uuid, md5('p' || g || '-' || k)::uuid, md5('a' || g)::uuid,
       'Person ' || g || '-' || k, 'Title ' || k, now(), now()
FROM generate_series(:from_n, :to_n) g, generate_series(0, 7) k;

INSERT INTO opportunity (tenant_id, id, account_id, name, stage, owner_id, map_reviewed_at, created_at, updated_at)
SELECT :'tenant', md5('o' || g)::uuid, md5('a' || g)::uuid, 'Bench deal ' || g,
       (ARRAY['PROSPECTING', 'DISCOVERY', 'EVALUATION', 'NEGOTIATION'])[1 + g % 4], 'owner-' || (g % 10),
       CASE WHEN g % 3 = 0 THEN NULL ELSE now() - ((g % 30) || ' days')::interval END, now(), now()
FROM generate_series(:from_n, :to_n) g;

INSERT INTO opportunity_stage_change (tenant_id, id, opportunity_id, stage, at)
SELECT :'tenant', md5('sc' || g)::uuid, md5('o' || g)::uuid,
       (ARRAY['PROSPECTING', 'DISCOVERY', 'EVALUATION', 'NEGOTIATION'])[1 + g % 4], now() - interval '90 days'
FROM generate_series(:from_n, :to_n) g;

INSERT INTO committee_member (tenant_id, id, opportunity_id, stakeholder_id, role, influence, stance, cadence,
                              evidence, valid_from, created_at)
SELECT :'tenant', md5('m' || g || '-' || k)::uuid, md5('o' || g)::uuid, md5('s' || g || '-' || k)::uuid,
       (ARRAY['INITIATOR', 'USER', 'INFLUENCER', 'DECISION_MAKER', 'BUYER', 'GATEKEEPER', 'INFLUENCER', 'USER'])[1 + k],
       (ARRAY['LOW', 'MEDIUM', 'HIGH', 'VERY_HIGH'])[1 + (g + k) % 4],
       (ARRAY['CHAMPION', 'SUPPORTER', 'NEUTRAL', 'SKEPTIC', 'BLOCKER', 'UNKNOWN'])[1 + (g + k) % 6],
       (ARRAY['WEEKLY', 'BIWEEKLY', 'MONTHLY', 'QUARTERLY'])[1 + (g + k) % 4],
       (ARRAY['ASSUMED', 'INFERRED', 'SELF_CONFIRMED', 'CROSS_VALIDATED'])[1 + (g * k) % 4],
       now() - interval '60 days', now()
FROM generate_series(:from_n, :to_n) g, generate_series(0, 7) k;

INSERT INTO interaction (tenant_id, id, account_id, opportunity_id, channel, direction, occurred_at, created_at)
SELECT :'tenant', md5('i' || g || '-' || j)::uuid, md5('a' || g)::uuid, md5('o' || g)::uuid,
       (ARRAY['EMAIL', 'PHONE', 'VIDEO_MEETING', 'DEMO', 'IN_PERSON_MEETING'])[1 + j % 5],
       CASE WHEN j % 4 = 0 THEN 'INBOUND' ELSE 'OUTBOUND' END,
       now() - ((j * 7 + g % 5) || ' days')::interval, now()
FROM generate_series(:from_n, :to_n) g, generate_series(0, 19) j;

INSERT INTO interaction_participant (tenant_id, interaction_id, stakeholder_id, invited, attended, responded)
SELECT :'tenant', md5('i' || g || '-' || j)::uuid, md5('s' || g || '-' || ((j + d) % 8))::uuid, true,
       (g + j + d) % 3 <> 0, (g + j + d) % 2 = 0
FROM generate_series(:from_n, :to_n) g, generate_series(0, 19) j, generate_series(0, 1) d;

INSERT INTO relationship (tenant_id, id, type, from_id, to_id, at, created_at, weight)
SELECT :'tenant', md5('r' || g || '-' || k)::uuid,
       (ARRAY['REPORTS_TO', 'ALLY', 'INTRODUCED', 'INFLUENCES'])[1 + k % 4],
       md5('s' || g || '-' || k)::uuid, md5('s' || g || '-' || (k + 1))::uuid, now() - interval '100 days', now(),
       CASE WHEN k % 4 = 3 THEN 2 END
FROM generate_series(:from_n, :to_n) g, generate_series(0, 6) k;

INSERT INTO commitment (tenant_id, id, opportunity_id, stakeholder_id, party, description, due_at, resolved_at,
                        status, created_at)
SELECT :'tenant', md5('c' || g || '-' || c)::uuid, md5('o' || g)::uuid, md5('s' || g || '-' || (c * 3))::uuid,
       'OURS', 'Promise ' || c, now() - ((10 + c * 20) || ' days')::interval,
       now() - ((9 + c * 20) || ' days')::interval, (ARRAY['KEPT', 'LATE'])[1 + (g + c) % 2], now()
FROM generate_series(:from_n, :to_n) g, generate_series(0, 1) c;

ANALYZE account, person, stakeholder, opportunity, opportunity_stage_change, committee_member, interaction,
        interaction_participant, relationship, commitment;
