-- Kinerja Desktop schema: the single source of the tables.
-- Numbers that must be exact (targets, realisations, Rupiah) are stored as decimal TEXT,
-- never as REAL: binary floats cannot hold 0.1 or a Rupiah amount with sen exactly.
-- PRAGMA application_id and user_version are set by the store when it creates a database.

CREATE TABLE plan (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    region_name      TEXT NOT NULL,
    region_code      TEXT NOT NULL DEFAULT '',
    province         TEXT NOT NULL DEFAULT '',
    start_year       INTEGER NOT NULL,
    end_year         INTEGER NOT NULL,
    negative_formula TEXT NOT NULL DEFAULT '2-R/T' CHECK (negative_formula IN ('2-R/T', 'T/R')),
    -- Each row is a plan period; the next one is made from the previous one.
    kind             TEXT NOT NULL DEFAULT 'RPJMD' CHECK (kind IN ('RPJMD', 'RPD')),
    previous_id      INTEGER REFERENCES plan(id),
    CHECK (end_year >= start_year)
);

-- Rating bands (Permendagri 86/2017 by default), configurable per plan.
CREATE TABLE rating_band (
    plan_id     INTEGER NOT NULL REFERENCES plan(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,           -- 0 = best band
    label       TEXT NOT NULL,
    lower_bound TEXT,                       -- decimal text; NULL = everything below the previous band
    colour      TEXT NOT NULL,
    PRIMARY KEY (plan_id, position)
);

CREATE TABLE agency (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    status     TEXT NOT NULL DEFAULT 'standard',
    bidang     TEXT NOT NULL DEFAULT '',    -- comma separated bidang urusan codes, e.g. '1.01,2.22'
    public_key BLOB                         -- Ed25519 public key of the OPD installation (packages)
);

-- Every key an OPD ever had registered: a replaced key stays here (who, when, why).
CREATE TABLE agency_key_history (
    id            INTEGER PRIMARY KEY,
    agency_id     INTEGER NOT NULL REFERENCES agency(id),
    public_key    BLOB NOT NULL,
    fingerprint   TEXT NOT NULL,
    registered_at TEXT NOT NULL,
    registered_by TEXT NOT NULL,
    replaced_at   TEXT,                     -- NULL while it is the OPD's current key
    reason        TEXT NOT NULL DEFAULT ''
);

CREATE TABLE goal (
    id       INTEGER PRIMARY KEY,
    plan_id  INTEGER NOT NULL REFERENCES plan(id),
    code     TEXT NOT NULL,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    retired_at TEXT,            -- retired from the plan (with everything under it), never deleted
    UNIQUE (plan_id, code)
);

CREATE TABLE objective (
    id       INTEGER PRIMARY KEY,
    goal_id  INTEGER NOT NULL REFERENCES goal(id),
    code     TEXT NOT NULL,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    retired_at TEXT,
    UNIQUE (goal_id, code)      -- codes repeat in the next period
);

CREATE TABLE program (
    id           INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objective(id),
    agency_id    INTEGER NOT NULL REFERENCES agency(id),
    code         TEXT NOT NULL,
    name         TEXT NOT NULL,
    retired_at   TEXT,
    UNIQUE (objective_id, agency_id, code)
);
CREATE INDEX program_objective ON program(objective_id);
CREATE INDEX program_agency ON program(agency_id, code);

CREATE TABLE activity (
    id         INTEGER PRIMARY KEY,
    program_id INTEGER NOT NULL REFERENCES program(id),
    code       TEXT NOT NULL,
    name       TEXT NOT NULL,
    retired_at TEXT,
    UNIQUE (program_id, code)
);

CREATE TABLE sub_activity (
    id          INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activity(id),
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    retired_at  TEXT,
    UNIQUE (activity_id, code)
);

-- An indicator hangs on exactly one node; node_type says which column holds it.
CREATE TABLE indicator (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL,
    name            TEXT NOT NULL,
    unit            TEXT NOT NULL,
    polarity        TEXT NOT NULL CHECK (polarity IN ('positive', 'negative')),
    aggregation     TEXT NOT NULL CHECK (aggregation IN ('sum', 'last', 'mean')),
    decimals        INTEGER NOT NULL DEFAULT 2 CHECK (decimals BETWEEN 0 AND 6),
    allow_negative  INTEGER NOT NULL DEFAULT 0 CHECK (allow_negative IN (0, 1)),
    kind            TEXT NOT NULL DEFAULT 'outcome' CHECK (kind IN ('impact', 'outcome', 'output')),
    agency_id       INTEGER NOT NULL REFERENCES agency(id),   -- OPD responsible for reporting
    definition      TEXT NOT NULL DEFAULT '',
    data_source     TEXT NOT NULL DEFAULT '',
    baseline        TEXT,
    baseline_year   INTEGER,
    node_type       TEXT NOT NULL CHECK (node_type IN ('goal', 'objective', 'program', 'activity', 'sub_activity')),
    goal_id         INTEGER REFERENCES goal(id),
    objective_id    INTEGER REFERENCES objective(id),
    program_id      INTEGER REFERENCES program(id),
    activity_id     INTEGER REFERENCES activity(id),
    sub_activity_id INTEGER REFERENCES sub_activity(id),
    position        INTEGER NOT NULL DEFAULT 0,
    retired_at      TEXT,
    plan_id         INTEGER REFERENCES plan(id),   -- the period; kept by the triggers below
    CHECK ((node_type = 'goal') = (goal_id IS NOT NULL)),
    CHECK ((node_type = 'objective') = (objective_id IS NOT NULL)),
    CHECK ((node_type = 'program') = (program_id IS NOT NULL)),
    CHECK ((node_type = 'activity') = (activity_id IS NOT NULL)),
    CHECK ((node_type = 'sub_activity') = (sub_activity_id IS NOT NULL))
);
CREATE INDEX indicator_agency ON indicator(agency_id);
CREATE INDEX indicator_code ON indicator(code);
CREATE INDEX indicator_goal ON indicator(goal_id) WHERE goal_id IS NOT NULL;
CREATE INDEX indicator_objective ON indicator(objective_id) WHERE objective_id IS NOT NULL;
CREATE INDEX indicator_program ON indicator(program_id) WHERE program_id IS NOT NULL;
CREATE INDEX indicator_activity ON indicator(activity_id) WHERE activity_id IS NOT NULL;
CREATE INDEX indicator_sub_activity ON indicator(sub_activity_id) WHERE sub_activity_id IS NOT NULL;
CREATE INDEX indicator_plan ON indicator(plan_id);

-- indicator.plan_id follows the node chain, so writers never set it (store/database.py has
-- the same triggers for migrated databases).
CREATE TRIGGER indicator_plan_insert AFTER INSERT ON indicator BEGIN
    UPDATE indicator SET plan_id = coalesce(
        (SELECT plan_id FROM goal WHERE id = NEW.goal_id),
        (SELECT g.plan_id FROM objective o JOIN goal g ON g.id = o.goal_id WHERE o.id = NEW.objective_id),
        (SELECT g.plan_id FROM program p JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id
         WHERE p.id = NEW.program_id),
        (SELECT g.plan_id FROM activity a JOIN program p ON p.id = a.program_id JOIN objective o ON o.id = p.objective_id
         JOIN goal g ON g.id = o.goal_id WHERE a.id = NEW.activity_id),
        (SELECT g.plan_id FROM sub_activity s JOIN activity a ON a.id = s.activity_id JOIN program p ON p.id = a.program_id
         JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id WHERE s.id = NEW.sub_activity_id))
    WHERE id = NEW.id;
END;
CREATE TRIGGER indicator_plan_update AFTER UPDATE OF node_type, goal_id, objective_id, program_id, activity_id,
    sub_activity_id ON indicator BEGIN
    UPDATE indicator SET plan_id = coalesce(
        (SELECT plan_id FROM goal WHERE id = NEW.goal_id),
        (SELECT g.plan_id FROM objective o JOIN goal g ON g.id = o.goal_id WHERE o.id = NEW.objective_id),
        (SELECT g.plan_id FROM program p JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id
         WHERE p.id = NEW.program_id),
        (SELECT g.plan_id FROM activity a JOIN program p ON p.id = a.program_id JOIN objective o ON o.id = p.objective_id
         JOIN goal g ON g.id = o.goal_id WHERE a.id = NEW.activity_id),
        (SELECT g.plan_id FROM sub_activity s JOIN activity a ON a.id = s.activity_id JOIN program p ON p.id = a.program_id
         JOIN objective o ON o.id = p.objective_id JOIN goal g ON g.id = o.goal_id WHERE s.id = NEW.sub_activity_id))
    WHERE id = NEW.id;
END;

-- An indicator carried into the next period (old period before new; services check that).
CREATE TABLE indicator_link (
    old_id      INTEGER NOT NULL UNIQUE REFERENCES indicator(id),
    new_id      INTEGER NOT NULL UNIQUE REFERENCES indicator(id),
    reason      TEXT NOT NULL,
    change_note TEXT NOT NULL DEFAULT '',   -- change of definition or unit
    linked_at   TEXT NOT NULL,
    linked_by   TEXT NOT NULL,
    CHECK (old_id != new_id)
);

-- quarter 0 = the annual target; 1..4 = optional quarterly targets.
CREATE TABLE target (
    indicator_id INTEGER NOT NULL REFERENCES indicator(id),
    year         INTEGER NOT NULL,
    quarter      INTEGER NOT NULL DEFAULT 0 CHECK (quarter BETWEEN 0 AND 4),
    value        TEXT NOT NULL CHECK (value NOT GLOB '*[^0-9.-]*' AND value GLOB '*[0-9]*'),
    PRIMARY KEY (indicator_id, year, quarter)
) WITHOUT ROWID;

-- End-of-plan target (the RPJMD "kondisi akhir").
CREATE TABLE end_target (
    indicator_id INTEGER PRIMARY KEY REFERENCES indicator(id),
    value        TEXT NOT NULL CHECK (value NOT GLOB '*[^0-9.-]*' AND value GLOB '*[0-9]*')
);

CREATE TABLE realisation (
    indicator_id INTEGER NOT NULL REFERENCES indicator(id),
    year         INTEGER NOT NULL,
    quarter      INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    value        TEXT NOT NULL CHECK (value NOT GLOB '*[^0-9.-]*' AND value GLOB '*[0-9]*'),
    note         TEXT NOT NULL DEFAULT '',
    source_ref   TEXT NOT NULL DEFAULT '',   -- a public source URL for sourced history
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    -- Year first: every screen reads one year of all indicators, a clustered range scan.
    PRIMARY KEY (year, indicator_id, quarter)
) WITHOUT ROWID;
CREATE INDEX realisation_indicator ON realisation(indicator_id);

-- Budget (pagu) of a program, activity or sub-activity for a year, and spending per quarter.
CREATE TABLE budget (
    id              INTEGER PRIMARY KEY,
    year            INTEGER NOT NULL,
    program_id      INTEGER REFERENCES program(id),
    activity_id     INTEGER REFERENCES activity(id),
    sub_activity_id INTEGER REFERENCES sub_activity(id),
    pagu            TEXT NOT NULL CHECK (pagu NOT GLOB '*[^0-9.-]*' AND pagu GLOB '*[0-9]*'),
    CHECK ((program_id IS NOT NULL) + (activity_id IS NOT NULL) + (sub_activity_id IS NOT NULL) = 1)
);
CREATE UNIQUE INDEX budget_program ON budget(program_id, year) WHERE program_id IS NOT NULL;
CREATE UNIQUE INDEX budget_activity ON budget(activity_id, year) WHERE activity_id IS NOT NULL;
CREATE UNIQUE INDEX budget_sub_activity ON budget(sub_activity_id, year) WHERE sub_activity_id IS NOT NULL;

CREATE TABLE spending (
    budget_id INTEGER NOT NULL REFERENCES budget(id),
    quarter   INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    spent     TEXT NOT NULL CHECK (spent NOT GLOB '*[^0-9.-]*' AND spent GLOB '*[0-9]*'),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (budget_id, quarter)
) WITHOUT ROWID;

-- Workflow per OPD x year x quarter; absent row = draft.
CREATE TABLE workflow (
    agency_id  INTEGER NOT NULL REFERENCES agency(id),
    year       INTEGER NOT NULL,
    quarter    INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    status     TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'verified', 'locked')),
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    PRIMARY KEY (agency_id, year, quarter)
) WITHOUT ROWID;

CREATE TABLE workflow_log (
    id         INTEGER PRIMARY KEY,
    agency_id  INTEGER NOT NULL REFERENCES agency(id),
    year       INTEGER NOT NULL,
    quarter    INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    old_status TEXT NOT NULL,
    new_status TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    at         TEXT NOT NULL,
    by_user    TEXT NOT NULL,
    -- SHA-256 over the row and the previous row's hash (store/audit_log.py)
    hash       TEXT
);

CREATE TABLE app_user (
    id              INTEGER PRIMARY KEY,
    username        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name       TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('administrator', 'planner', 'operator', 'viewer')),
    agency_id       INTEGER REFERENCES agency(id),
    password_hash   TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    last_failed_at  TEXT,
    active          INTEGER NOT NULL DEFAULT 1,
    CHECK ((role = 'operator') = (agency_id IS NOT NULL))
);

-- Every change of a value: who, when, old, new, from where. The entities and sources allowed
-- are checked by the one writer (store/audit_log.py), so a new kind needs no table rebuild.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    by_user      TEXT NOT NULL,
    entity       TEXT NOT NULL,             -- realisation, note, spending, target, plan, key, user, backup
    indicator_id INTEGER,
    budget_id    INTEGER,
    agency_id    INTEGER,
    year         INTEGER,
    quarter      INTEGER,
    old_value    TEXT,
    new_value    TEXT,
    source       TEXT NOT NULL,             -- form, package, correction, master, demo, cli, admin
    -- package id, correction reason ...
    source_ref   TEXT NOT NULL DEFAULT '',
    -- SHA-256 over the row and the previous row's hash (store/audit_log.py)
    hash         TEXT
);
CREATE INDEX audit_indicator ON audit_log(indicator_id, year, quarter);
CREATE INDEX audit_agency ON audit_log(agency_id, at);

-- Seals (store/seals.py, docs/security.md): the signed digest of a locked OPD-quarter's values
-- (kind 'quarter', scope 'agency/year/quarter'), of the plan ('plan', scope '' or 'opd:<id>'), of
-- the users ('users') and of each log's last row ('audit_log', 'workflow_log').
CREATE TABLE seal (
    kind       TEXT NOT NULL,
    scope      TEXT NOT NULL DEFAULT '',
    digest     TEXT NOT NULL,           -- SHA-256 of the sealed lines (or 'last id:last hash' of a log)
    content    BLOB,                    -- the sealed lines, zlib: what `kinerja check` compares
    public_key BLOB,                    -- the installation key that signed (NULL: none at hand)
    signature  TEXT NOT NULL DEFAULT '',
    sealed_at  TEXT NOT NULL,
    PRIMARY KEY (kind, scope)
) WITHOUT ROWID;

-- Packages issued and imported (the exchange with OPD offices).
CREATE TABLE package (
    id          TEXT NOT NULL,               -- package id (uuid) written into the workbook
    version     INTEGER NOT NULL DEFAULT 1,  -- a re-sent package with other content is a new version
    agency_id   INTEGER NOT NULL REFERENCES agency(id),
    year        INTEGER NOT NULL,
    quarter     INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    direction   TEXT NOT NULL CHECK (direction IN ('issued', 'imported')),
    at          TEXT NOT NULL,
    by_user     TEXT NOT NULL,
    digest      TEXT NOT NULL DEFAULT '',    -- digest of the content (imported) or read-only part (issued)
    signed      INTEGER NOT NULL DEFAULT 0,
    file_name   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (id, direction, version)
) WITHOUT ROWID;

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Unsaved entry-form cells (autosave): a crash loses at most the cell being typed.
-- Cleared when the quarter is saved; text is kept as typed (it may not be a number yet).
CREATE TABLE entry_draft (
    username     TEXT NOT NULL,
    agency_id    INTEGER NOT NULL,
    year         INTEGER NOT NULL,
    quarter      INTEGER NOT NULL,
    indicator_id INTEGER NOT NULL,
    field        TEXT NOT NULL CHECK (field IN ('value', 'note', 'spent')),
    text         TEXT NOT NULL,
    saved_at     TEXT NOT NULL,
    PRIMARY KEY (username, agency_id, year, quarter, indicator_id, field)
) WITHOUT ROWID;
