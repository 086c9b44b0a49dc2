#include "sandboxdatabase.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#ifdef SWITCHBOARD_SANDBOX_SQLITE3
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace {
// Bump when the schema changes; open() upgrades older files (see upgrades below).
constexpr int SchemaVersion = 4;

const char16_t *const schema[] = {
    u"CREATE TABLE IF NOT EXISTS meta ("
    u" key TEXT PRIMARY KEY, value TEXT NOT NULL)",

    // Properties, listed in creation order (seq).
    u"CREATE TABLE IF NOT EXISTS properties ("
    u" seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    u" sid TEXT NOT NULL UNIQUE,"
    u" name TEXT NOT NULL,"
    u" main_domain TEXT NOT NULL,"
    u" time_zone TEXT NOT NULL,"
    u" sms_enabled INTEGER NOT NULL DEFAULT 0,"
    u" call_recording_enabled INTEGER NOT NULL DEFAULT 0,"
    u" integrations_enabled INTEGER NOT NULL DEFAULT 0,"
    u" active INTEGER NOT NULL DEFAULT 1,"
    u" created_at INTEGER NOT NULL)",

    // Twilio and SignalWire incoming numbers: one row per number, `family` says whose and
    // `account` which account of it: '' for the family's main account (the start line's
    // first), else a Twilio subaccount's SID. Dates are seconds since the epoch, UTC.
    u"CREATE TABLE IF NOT EXISTS numbers ("
    u" seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    u" family TEXT NOT NULL,"
    u" sid TEXT NOT NULL," // unique: numbers_by_sid (below)
    u" phone_number TEXT NOT NULL,"
    u" friendly_name TEXT NOT NULL DEFAULT '',"
    u" type TEXT NOT NULL DEFAULT 'local',"
    u" origin TEXT NOT NULL DEFAULT '',"
    u" beta INTEGER NOT NULL DEFAULT 0,"
    u" status TEXT NOT NULL DEFAULT 'in-use',"
    u" voice_url TEXT NOT NULL DEFAULT '',"
    u" voice_method TEXT NOT NULL DEFAULT 'POST',"
    u" voice_fallback_url TEXT NOT NULL DEFAULT '',"
    u" voice_fallback_method TEXT NOT NULL DEFAULT 'POST',"
    u" voice_caller_id_lookup INTEGER NOT NULL DEFAULT 0,"
    u" voice_application_sid TEXT NOT NULL DEFAULT '',"
    u" voice_receive_mode TEXT NOT NULL DEFAULT 'voice',"
    u" trunk_sid TEXT NOT NULL DEFAULT '',"
    u" sms_url TEXT NOT NULL DEFAULT '',"
    u" sms_method TEXT NOT NULL DEFAULT 'POST',"
    u" sms_fallback_url TEXT NOT NULL DEFAULT '',"
    u" sms_fallback_method TEXT NOT NULL DEFAULT 'POST',"
    u" sms_application_sid TEXT NOT NULL DEFAULT '',"
    u" status_callback TEXT NOT NULL DEFAULT '',"
    u" status_callback_method TEXT NOT NULL DEFAULT 'POST',"
    u" address_sid TEXT NOT NULL DEFAULT '',"
    u" address_requirements TEXT NOT NULL DEFAULT 'none',"
    u" identity_sid TEXT NOT NULL DEFAULT '',"
    u" bundle_sid TEXT NOT NULL DEFAULT '',"
    u" emergency_status TEXT NOT NULL DEFAULT 'Inactive',"
    u" emergency_address_sid TEXT NOT NULL DEFAULT '',"
    u" emergency_address_status TEXT NOT NULL DEFAULT 'unregistered',"
    u" cap_voice INTEGER NOT NULL DEFAULT 1,"
    u" cap_sms INTEGER NOT NULL DEFAULT 1,"
    u" cap_mms INTEGER NOT NULL DEFAULT 1,"
    u" cap_fax INTEGER NOT NULL DEFAULT 0,"
    u" date_created INTEGER NOT NULL,"
    u" date_updated INTEGER NOT NULL,"
    u" api_version TEXT NOT NULL DEFAULT '2010-04-01',"
    u" account TEXT NOT NULL DEFAULT '')",
    u"CREATE INDEX IF NOT EXISTS numbers_by_phone ON numbers (family, phone_number)",

    // The numbers each family can buy (AvailablePhoneNumbers), seeded once per data folder
    // by NumberInventory. A row is available while no account owns its number.
    u"CREATE TABLE IF NOT EXISTS available_numbers ("
    u" seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    u" family TEXT NOT NULL,"
    u" phone_number TEXT NOT NULL,"
    u" type TEXT NOT NULL,"
    u" iso_country TEXT NOT NULL,"
    u" area_code INTEGER NOT NULL,"
    u" locality TEXT,"
    u" region TEXT,"
    u" postal_code TEXT,"
    u" rate_center TEXT,"
    u" lata TEXT,"
    u" latitude REAL,"
    u" longitude REAL,"
    u" address_requirements TEXT NOT NULL DEFAULT 'none',"
    u" beta INTEGER NOT NULL DEFAULT 0,"
    u" cap_voice INTEGER NOT NULL DEFAULT 1,"
    u" cap_sms INTEGER NOT NULL DEFAULT 1,"
    u" cap_mms INTEGER NOT NULL DEFAULT 1,"
    u" cap_fax INTEGER NOT NULL DEFAULT 0,"
    u" UNIQUE (family, phone_number))",
    u"CREATE INDEX IF NOT EXISTS available_by_area ON available_numbers (family, area_code, seq)",

    // The broadcast family. Every row belongs to one organisation (`org`, see
    // BroadcastApi::PrimaryOrg): every query is scoped by it, so another organisation's rows
    // are never seen. Lists are in creation order (seq), paged by keyset.
    u"CREATE TABLE IF NOT EXISTS broadcast_numbers ("
    u" seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    u" id TEXT NOT NULL UNIQUE,"
    u" phone_number TEXT NOT NULL UNIQUE,"
    u" type TEXT NOT NULL,"
    u" toll_free_verification_id TEXT,"
    u" created_at INTEGER NOT NULL,"
    u" org TEXT NOT NULL DEFAULT 'org_demo')",
    u"CREATE TABLE IF NOT EXISTS broadcast_brands ("
    u" seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    u" id TEXT NOT NULL UNIQUE,"
    u" org TEXT NOT NULL,"
    u" name TEXT NOT NULL,"
    u" entity_type TEXT NOT NULL,"
    u" vertical TEXT NOT NULL,"
    u" status TEXT NOT NULL,"
    u" created_at INTEGER NOT NULL)",
    u"CREATE TABLE IF NOT EXISTS broadcast_campaigns ("
    u" seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    u" id TEXT NOT NULL UNIQUE,"
    u" org TEXT NOT NULL,"
    u" brand_id TEXT NOT NULL REFERENCES broadcast_brands (id),"
    u" name TEXT NOT NULL,"
    u" use_case TEXT NOT NULL,"
    u" status TEXT NOT NULL,"
    u" created_at INTEGER NOT NULL)",
    u"CREATE TABLE IF NOT EXISTS broadcast_toll_free_verifications ("
    u" seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    u" id TEXT NOT NULL UNIQUE,"
    u" org TEXT NOT NULL,"
    u" name TEXT NOT NULL,"
    u" business_name TEXT NOT NULL,"
    u" status TEXT NOT NULL,"
    u" created_at INTEGER NOT NULL)",
    u"CREATE TABLE IF NOT EXISTS broadcast_link_tracking_domains ("
    u" seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    u" id TEXT NOT NULL UNIQUE,"
    u" org TEXT NOT NULL,"
    u" domain TEXT NOT NULL,"
    u" created_at INTEGER NOT NULL)",
    u"CREATE TABLE IF NOT EXISTS broadcast_contact_fields ("
    u" seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    u" id TEXT NOT NULL UNIQUE,"
    u" org TEXT NOT NULL,"
    u" name TEXT NOT NULL,"
    u" label TEXT NOT NULL,"
    u" created_at INTEGER NOT NULL,"
    u" UNIQUE (org, name))",
    u"CREATE TABLE IF NOT EXISTS broadcast_projects ("
    u" seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    u" id TEXT NOT NULL UNIQUE,"
    u" org TEXT NOT NULL,"
    u" name TEXT NOT NULL,"
    u" type TEXT NOT NULL,"
    u" status TEXT NOT NULL,"
    u" message_type TEXT NOT NULL,"
    u" channel TEXT NOT NULL,"
    u" brand_id TEXT,"
    u" campaign_id TEXT,"
    u" toll_free_verification_id TEXT,"
    u" link_tracking_enabled INTEGER NOT NULL,"
    u" link_tracking_destination_url TEXT,"
    u" link_tracking_domain_id TEXT,"
    u" link_tracking_param_field TEXT,"
    u" created_at INTEGER NOT NULL)",
    // A project's sending numbers, in the order the create gave them.
    u"CREATE TABLE IF NOT EXISTS broadcast_project_numbers ("
    u" project_id TEXT NOT NULL REFERENCES broadcast_projects (id) ON DELETE CASCADE,"
    u" position INTEGER NOT NULL,"
    u" phone_number_id TEXT NOT NULL REFERENCES broadcast_numbers (id),"
    u" PRIMARY KEY (project_id, position))",
    // Sticky sender: the number each recipient of a project was first messaged from.
    u"CREATE TABLE IF NOT EXISTS broadcast_sticky_senders ("
    u" project_id TEXT NOT NULL REFERENCES broadcast_projects (id) ON DELETE CASCADE,"
    u" recipient TEXT NOT NULL,"
    u" phone_number_id TEXT NOT NULL REFERENCES broadcast_numbers (id),"
    u" assigned_at INTEGER NOT NULL,"
    u" PRIMARY KEY (project_id, recipient))",
};

// Steps from one schema version to the next, for files made by an older sandbox (the
// CREATE statements above already give new files the current shape).
// Each adds one column, and is skipped where the column is already there: the steps are
// independent, so a file is brought up to date whatever its version says.
struct Upgrade
{
    int toVersion;
    const char16_t *table;
    const char16_t *column;
    const char16_t *statement;
};
const Upgrade upgrades[] = {
    {2, u"numbers", u"api_version",
     u"ALTER TABLE numbers ADD COLUMN api_version TEXT NOT NULL DEFAULT '2010-04-01'"},
    // The broadcast numbers of a version 2 file were the one organisation's.
    {3, u"broadcast_numbers", u"org",
     u"ALTER TABLE broadcast_numbers ADD COLUMN org TEXT NOT NULL DEFAULT 'org_demo'"},
    // The numbers of a version 3 file were each family's main account's.
    {4, u"numbers", u"account", u"ALTER TABLE numbers ADD COLUMN account TEXT NOT NULL DEFAULT ''"},
};

// Indexes on columns an upgrade may have just added: made once every upgrade has run.
const char16_t *const laterIndexes[] = {
    u"CREATE INDEX IF NOT EXISTS numbers_by_account ON numbers (family, account, seq)",
};

// A number's SID is unique through an index of its own, which the demo seed sets aside
// while it loads (SandboxDatabase::dropIndexes). Files made before it have the column's
// UNIQUE constraint instead (an index SQLite made, without SQL of its own), and keep it.
const auto sidIndex = u"CREATE UNIQUE INDEX IF NOT EXISTS numbers_by_sid ON numbers (sid)";
const auto sidConstraint = u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"
                           u" AND tbl_name = 'numbers' AND sql IS NULL";

QAtomicInteger<quint64> connectionCounter;
} // namespace

QString describeSqlError(const QSqlQuery &query)
{
    return query.lastError().text();
}

SandboxDatabase::SandboxDatabase()
    : m_connectionName(u"switchboard-sandbox-%1"_s.arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

SandboxDatabase::~SandboxDatabase()
{
    close();
}

QSqlDatabase SandboxDatabase::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool SandboxDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && db().isOpen();
}

bool SandboxDatabase::open(const QString &filePath, QString *error)
{
    close();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        database.setDatabaseName(filePath);
        if (!database.open()) {
            *error = u"Cannot open %1: %2"_s.arg(filePath, database.lastError().text());
            database = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return false;
        }
        QSqlQuery pragma(database);
        // WAL: readers never wait for the writer, and a crash loses nothing committed.
        pragma.exec(u"PRAGMA journal_mode=WAL"_s);
        pragma.exec(u"PRAGMA synchronous=NORMAL"_s);
        pragma.exec(u"PRAGMA foreign_keys=ON"_s);
#ifdef SWITCHBOARD_SANDBOX_SQLITE3
        // Only when Qt's driver runs on this very SQLite (Debian's Qt uses the system
        // library; a Qt with its own copy reports its own version): one library, one handle.
        const bool sameSqlite = pragma.exec(u"SELECT sqlite_version()"_s) && pragma.next()
                                && pragma.value(0).toString()
                                       == QLatin1StringView(sqlite3_libversion());
        const QVariant handle = database.driver()->handle();
        if (sameSqlite && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
#endif
    }
    if (!createSchema(error)) {
        close();
        return false;
    }
    return true;
}

bool SandboxDatabase::createSchema(QString *error)
{
    QSqlQuery query(db());
    for (const char16_t *statement : schema) {
        if (!query.exec(QString::fromUtf16(statement))) {
            *error = u"Cannot create the database: %1"_s.arg(describeSqlError(query));
            return false;
        }
    }
    const QString version = meta(u"schema_version"_s);
    // A new file has the current shape already.
    const int current = version.isEmpty() ? SchemaVersion : version.toInt();
    for (const Upgrade &upgrade : upgrades) {
        if (upgrade.toVersion <= current)
            continue;
        QSqlQuery has(db());
        has.prepare(u"SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = ?"_s);
        has.addBindValue(QString::fromUtf16(upgrade.table));
        has.addBindValue(QString::fromUtf16(upgrade.column));
        if (has.exec() && has.next() && has.value(0).toInt() > 0)
            continue;
        if (!query.exec(QString::fromUtf16(upgrade.statement))) {
            *error = u"Cannot upgrade the database: %1"_s.arg(describeSqlError(query));
            return false;
        }
    }
    for (const char16_t *statement : laterIndexes) {
        if (!query.exec(QString::fromUtf16(statement))) {
            *error = u"Cannot upgrade the database: %1"_s.arg(describeSqlError(query));
            return false;
        }
    }
    if (!query.exec(QString::fromUtf16(sidConstraint)) || !query.next()) {
        *error = u"Cannot read the database: %1"_s.arg(describeSqlError(query));
        return false;
    }
    if (query.value(0).toInt() == 0 && !query.exec(QString::fromUtf16(sidIndex))) {
        *error = u"Cannot create the database: %1"_s.arg(describeSqlError(query));
        return false;
    }
    if (version.isEmpty() || current < SchemaVersion)
        return setMeta(u"schema_version"_s, QString::number(SchemaVersion));
    return true;
}

void SandboxDatabase::close()
{
    m_sqlite = nullptr;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase database = db();
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SandboxDatabase::meta(const QString &key) const
{
    QSqlQuery query(db());
    query.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool SandboxDatabase::setMeta(const QString &key, const QString &value)
{
    QSqlQuery query(db());
    query.prepare(u"INSERT INTO meta (key, value) VALUES (?, ?)"
                  u" ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

bool SandboxDatabase::hasNoRecords() const
{
    QSqlQuery query(db());
    return query.exec(u"SELECT (SELECT COUNT(*) FROM properties) + (SELECT COUNT(*) FROM numbers)"
                      u" + (SELECT COUNT(*) FROM broadcast_numbers)"_s)
           && query.next() && query.value(0).toLongLong() == 0;
}

bool SandboxDatabase::dropIndexes(const QStringList &names, QStringList *recreate, QString *error)
{
    QStringList statements;
    QSqlQuery query(db());
    query.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?"
                  u" AND sql IS NOT NULL"_s);
    for (const QString &name : names) {
        query.bindValue(0, name);
        if (!query.exec()) {
            *error = describeSqlError(query);
            return false;
        }
        if (query.next())
            statements << query.value(0).toString();
    }
    query.finish();
    for (const QString &name : names) {
        if (!query.exec(u"DROP INDEX IF EXISTS \""_s + name + u"\""_s)) {
            *error = describeSqlError(query);
            return false;
        }
    }
    *recreate = statements;
    return true;
}

bool SandboxDatabase::run(const QStringList &statements, QString *error)
{
    QSqlQuery query(db());
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            *error = describeSqlError(query);
            return false;
        }
    }
    return true;
}

bool SandboxDatabase::transaction()
{
    return db().transaction();
}

bool SandboxDatabase::commit()
{
    return db().commit();
}

void SandboxDatabase::rollback()
{
    db().rollback();
}
