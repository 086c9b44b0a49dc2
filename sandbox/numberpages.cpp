#include "numberpages.h"

#include "jsonbytes.h"
#include "sandboxdatabase.h"
#include "sandboxlog.h"

#include <QHash>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <vector>

#ifdef SWITCHBOARD_SANDBOX_SQLITE3
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

const QString &numberColumns()
{
    static const QString columns =
        u"seq, family, sid, phone_number, friendly_name, type, origin, beta, status,"
        u" voice_url, voice_method, voice_fallback_url, voice_fallback_method,"
        u" voice_caller_id_lookup, voice_application_sid, voice_receive_mode, trunk_sid,"
        u" sms_url, sms_method, sms_fallback_url, sms_fallback_method, sms_application_sid,"
        u" status_callback, status_callback_method, address_sid, address_requirements,"
        u" identity_sid, bundle_sid, emergency_status, emergency_address_sid,"
        u" emergency_address_status, cap_voice, cap_sms, cap_mms, cap_fax, date_created,"
        u" date_updated, api_version, account"_s;
    return columns;
}

namespace {

// --- The wire shape, as a list of fields per family ----------------------------------------

enum class Value {
    Text,            // the column's text
    TextOrNull,      // null when empty
    LowerText,       // the text in lower case
    Boolean,
    Date,            // RFC 2822 of the seconds the column holds
    AccountSid,      // the row's account, or the family's main account for ''
    Uri,             // …/IncomingPhoneNumbers/{sid}.json
    SubresourceUris, // {"assigned_add_ons": …/IncomingPhoneNumbers/{sid}/AssignedAddOns.json}
    Capabilities,    // {"fax": …, "mms": …, "sms": …, "voice": …} in the family's spelling
};

enum Families { Both, TwilioOnly, SignalWireOnly };

struct FieldSpec
{
    const char *key;
    Value value;
    int column;
    Families families = Both;
};

// Every key of NumbersApi::toJson(), in any order: each family's layout sorts its keys as
// QJsonObject does.
const FieldSpec fieldSpecs[] = {
    {"account_sid", Value::AccountSid, AccountColumn},
    {"address_requirements", Value::Text, AddressRequirementsColumn},
    {"address_sid", Value::TextOrNull, AddressSidColumn},
    {"api_version", Value::Text, ApiVersionColumn},
    {"beta", Value::Boolean, BetaColumn},
    {"capabilities", Value::Capabilities, -1},
    {"date_created", Value::Date, DateCreatedColumn},
    {"date_updated", Value::Date, DateUpdatedColumn},
    {"emergency_address_sid", Value::TextOrNull, EmergencyAddressSidColumn},
    {"emergency_status", Value::Text, EmergencyStatusColumn, TwilioOnly},
    {"emergency_status", Value::LowerText, EmergencyStatusColumn, SignalWireOnly},
    {"friendly_name", Value::Text, FriendlyNameColumn},
    {"identity_sid", Value::TextOrNull, IdentitySidColumn},
    {"origin", Value::Text, OriginColumn},
    {"phone_number", Value::Text, PhoneNumberColumn},
    {"sid", Value::Text, SidColumn},
    {"sms_application_sid", Value::TextOrNull, SmsApplicationSidColumn},
    {"sms_fallback_method", Value::Text, SmsFallbackMethodColumn},
    {"sms_fallback_url", Value::Text, SmsFallbackUrlColumn},
    {"sms_method", Value::Text, SmsMethodColumn},
    {"sms_url", Value::Text, SmsUrlColumn},
    {"status_callback", Value::Text, StatusCallbackColumn},
    {"status_callback_method", Value::TextOrNull, StatusCallbackMethodColumn},
    {"trunk_sid", Value::TextOrNull, TrunkSidColumn},
    {"uri", Value::Uri, -1},
    {"voice_application_sid", Value::TextOrNull, VoiceApplicationSidColumn},
    {"voice_caller_id_lookup", Value::Boolean, VoiceCallerIdLookupColumn},
    {"voice_fallback_method", Value::Text, VoiceFallbackMethodColumn},
    {"voice_fallback_url", Value::Text, VoiceFallbackUrlColumn},
    {"voice_method", Value::Text, VoiceMethodColumn},
    {"voice_url", Value::Text, VoiceUrlColumn},
    {"voice_receive_mode", Value::Text, VoiceReceiveModeColumn},
    // Twilio's alone.
    {"emergency_address_status", Value::Text, EmergencyAddressStatusColumn, TwilioOnly},
    {"bundle_sid", Value::TextOrNull, BundleSidColumn, TwilioOnly},
    {"status", Value::Text, StatusColumn, TwilioOnly},
    {"type", Value::Text, TypeColumn, TwilioOnly},
    {"subresource_uris", Value::SubresourceUris, -1, TwilioOnly},
};

struct Capability
{
    const char *twilioKey;
    const char *signalwireKey;
    int column;
};
const Capability capabilitySpecs[] = {{"voice", "Voice", CapVoiceColumn},
                                      {"sms", "SMS", CapSmsColumn},
                                      {"mms", "MMS", CapMmsColumn},
                                      {"fax", "Fax", CapFaxColumn}};

struct Step
{
    QByteArray key; // '{"key":' for the first field, ',"key":' for the others
    Value value;
    int column;
};

// One family's fields in the order QJsonObject writes them (keys sorted by code unit).
struct Layout
{
    std::vector<Step> steps;
    std::vector<Step> capabilities;
    QByteArray uriPrefix; // before the account SID, as NumbersApi::toJson spells it
};

std::vector<Step> sortedSteps(std::vector<std::pair<const char *, Step>> fields)
{
    std::sort(fields.begin(), fields.end(),
              [](const auto &a, const auto &b) { return std::strcmp(a.first, b.first) < 0; });
    std::vector<Step> steps;
    for (auto &[key, step] : fields) {
        step.key = (steps.empty() ? "{\"" : ",\"") + QByteArray(key) + "\":";
        steps.push_back(step);
    }
    return steps;
}

Layout makeLayout(Family family)
{
    const bool sw = family == Family::SignalWire;
    std::vector<std::pair<const char *, Step>> fields;
    for (const FieldSpec &f : fieldSpecs) {
        if (f.families == Both || (f.families == SignalWireOnly) == sw)
            fields.push_back({f.key, Step{{}, f.value, f.column}});
    }
    std::vector<std::pair<const char *, Step>> capabilities;
    for (const Capability &c : capabilitySpecs)
        capabilities.push_back({sw ? c.signalwireKey : c.twilioKey, Step{{}, Value::Boolean, c.column}});
    Layout layout;
    layout.steps = sortedSteps(fields);
    layout.capabilities = sortedSteps(capabilities);
    layout.uriPrefix = sw ? "/api/laml/2010-04-01/Accounts/" : "/2010-04-01/Accounts/";
    return layout;
}

const Layout &layoutOf(Family family)
{
    static const Layout twilio = makeLayout(Family::Twilio);
    static const Layout signalwire = makeLayout(Family::SignalWire);
    return family == Family::SignalWire ? signalwire : twilio;
}

// --- Rows: the values of one row, as Qt's driver would hand them to NumberRecord ------------

// A QSqlQuery positioned on a row: exactly what NumbersApi's fromQuery() reads.
class QtRow
{
public:
    explicit QtRow(const QSqlQuery &query) : m_query(query) {}
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    bool boolean(int column) const { return m_query.value(column).toBool(); }
    bool isEmpty(int column) const { return m_query.value(column).toString().isEmpty(); }
    void text(JsonBytes::Writer &w, int column) const
    {
        w.escaped(m_query.value(column).toString());
    }
    void lowerText(JsonBytes::Writer &w, int column) const
    {
        w.escaped(m_query.value(column).toString().toLower());
    }

private:
    const QSqlQuery &m_query;
};

#ifdef SWITCHBOARD_SANDBOX_SQLITE3
// A stepped sqlite3_stmt. Text goes from SQLite's UTF-8 straight to the buffer; anything
// unusual (a value of another type, text that is not well-formed UTF-8) goes through the
// value Qt's QSQLITE driver would have made of it, so the bytes stay the reference's.
class NativeRow
{
public:
    explicit NativeRow(sqlite3_stmt *statement) : m_statement(statement) {}

    qint64 integer(int column) const
    {
        sqlite3_value *v = value(column);
        return sqlite3_value_type(v) == SQLITE_INTEGER ? sqlite3_value_int64(v)
                                                       : qtValue(column).toLongLong();
    }
    bool boolean(int column) const
    {
        sqlite3_value *v = value(column);
        return sqlite3_value_type(v) == SQLITE_INTEGER ? sqlite3_value_int64(v) != 0
                                                       : qtValue(column).toBool();
    }
    bool isEmpty(int column) const
    {
        sqlite3_value *v = value(column);
        switch (sqlite3_value_type(v)) {
        case SQLITE_NULL: return true;
        case SQLITE_TEXT:
        case SQLITE_BLOB: return sqlite3_value_bytes(v) == 0;
        default: return false;
        }
    }
    void text(JsonBytes::Writer &w, int column) const
    {
        sqlite3_value *v = value(column);
        const int kind = sqlite3_value_type(v);
        if (kind == SQLITE_NULL)
            return;
        if (kind == SQLITE_TEXT) {
            const auto *utf8 = reinterpret_cast<const char *>(sqlite3_value_text(v));
            if (w.escapedUtf8(utf8, sqlite3_value_bytes(v)))
                return;
        }
        w.escaped(qtValue(column).toString());
    }
    void lowerText(JsonBytes::Writer &w, int column) const
    {
        sqlite3_value *v = value(column);
        if (sqlite3_value_type(v) == SQLITE_TEXT) {
            const auto *utf8 = reinterpret_cast<const char *>(sqlite3_value_text(v));
            const int size = sqlite3_value_bytes(v);
            QVarLengthArray<char, 32> lower(size);
            bool ascii = true;
            for (int i = 0; i < size && ascii; ++i) {
                const char c = utf8[i];
                ascii = uchar(c) < 0x80;
                lower[i] = c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
            }
            if (ascii && w.escapedUtf8(lower.constData(), size))
                return;
        }
        w.escaped(qtValue(column).toString().toLower());
    }

private:
    sqlite3_value *value(int column) const { return sqlite3_column_value(m_statement, column); }

    // What Qt 6's QSQLITE driver makes of the column (QSQLiteResultPrivate::fetchNext).
    QVariant qtValue(int column) const
    {
        switch (sqlite3_column_type(m_statement, column)) {
        case SQLITE_INTEGER: return qint64(sqlite3_column_int64(m_statement, column));
        case SQLITE_FLOAT: return sqlite3_column_double(m_statement, column);
        case SQLITE_NULL: return QVariant(QMetaType::fromType<QString>());
        case SQLITE_BLOB:
            return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                              sqlite3_column_bytes(m_statement, column));
        default:
            return QString(reinterpret_cast<const QChar *>(sqlite3_column_text16(m_statement, column)),
                           sqlite3_column_bytes16(m_statement, column) / int(sizeof(QChar)));
        }
    }

    sqlite3_stmt *m_statement;
};
#endif

// --- The writer ----------------------------------------------------------------------------

// The account SIDs of the rows, escaped once.
struct EscapedAccounts
{
    QByteArray twilio;
    QByteArray signalwire;
};

template <class Row>
void writeAccount(JsonBytes::Writer &w, const Row &row, Family family, const EscapedAccounts &accounts)
{
    if (family == Family::SignalWire)
        w.raw(accounts.signalwire);
    else if (row.isEmpty(AccountColumn))
        w.raw(accounts.twilio);
    else
        row.text(w, AccountColumn);
}

// One number as NumbersApi::toJson() and QJsonDocument write it.
template <class Row>
void writeNumber(JsonBytes::Writer &w, const Row &row, Family family, const EscapedAccounts &accounts)
{
    const Layout &layout = layoutOf(family);
    const auto base = [&] {
        w.raw(layout.uriPrefix);
        writeAccount(w, row, family, accounts);
        w.literal("/IncomingPhoneNumbers/");
        row.text(w, SidColumn);
    };
    for (const Step &step : layout.steps) {
        w.raw(step.key);
        switch (step.value) {
        case Value::TextOrNull:
            if (row.isEmpty(step.column)) {
                w.literal("null");
                break;
            }
            Q_FALLTHROUGH();
        case Value::Text:
            w.character('"');
            row.text(w, step.column);
            w.character('"');
            break;
        case Value::LowerText:
            w.character('"');
            row.lowerText(w, step.column);
            w.character('"');
            break;
        case Value::Boolean:
            w.boolean(row.boolean(step.column));
            break;
        case Value::Date:
            w.character('"');
            w.rfc2822(row.integer(step.column));
            w.character('"');
            break;
        case Value::AccountSid:
            w.character('"');
            writeAccount(w, row, family, accounts);
            w.character('"');
            break;
        case Value::Uri:
            w.character('"');
            base();
            w.literal(".json\"");
            break;
        case Value::SubresourceUris:
            w.literal("{\"assigned_add_ons\":\"");
            base();
            w.literal("/AssignedAddOns.json\"}");
            break;
        case Value::Capabilities:
            for (const Step &capability : layout.capabilities) {
                w.raw(capability.key);
                w.boolean(row.boolean(capability.column));
            }
            w.character('}');
            break;
        }
    }
    w.character('}');
}

// Writes the rows `next()` steps to, up to `limit`, as NumberPages::writeNumbers says.
template <class Row, class Next>
bool writeRows(const Row &row, Next next, Family family, int limit, bool reversed,
               const EscapedAccounts &accounts, QByteArray *scratch, QByteArray *out,
               NumberPages::Rows *rows)
{
    *rows = {};
    if (reversed)
        scratch->resize(0); // keeps its capacity for the next page
    QVarLengthArray<qsizetype, 64> starts;
    bool ok = true;
    {
        JsonBytes::Writer w(reversed ? *scratch : *out);
        for (;;) {
            const std::optional<bool> stepped = next();
            if (!stepped) {
                ok = false;
                break;
            }
            if (!*stepped)
                break;
            if (rows->count == limit) {
                rows->more = true;
                break;
            }
            const qint64 seq = row.integer(SeqColumn);
            if (rows->count == 0)
                rows->firstSeq = seq;
            rows->lastSeq = seq;
            if (reversed)
                starts.append(w.size());
            else if (rows->count > 0)
                w.character(',');
            writeNumber(w, row, family, accounts);
            ++rows->count;
        }
    }
    if (reversed) {
        std::swap(rows->firstSeq, rows->lastSeq);
        starts.append(scratch->size());
        JsonBytes::Writer w(*out);
        for (qsizetype i = starts.size() - 2; i >= 0; --i) {
            w.raw(QByteArrayView(*scratch).sliced(starts.at(i), starts.at(i + 1) - starts.at(i)));
            if (i > 0)
                w.character(',');
        }
    }
    return ok;
}

QByteArray escaped(const QString &text)
{
    QByteArray bytes;
    JsonBytes::Writer(bytes).escaped(text);
    return bytes;
}

// A null string binds SQL NULL, as Qt's driver binds it.
bool isNullText(const QVariant &value)
{
    return value.typeId() == QMetaType::QString
           && static_cast<const QString *>(value.constData())->isNull();
}

} // namespace

struct NumberPages::Private
{
    explicit Private(SandboxDatabase &db) : database(db) {}

    SandboxDatabase &database;
    EscapedAccounts accounts;
    QByteArray scratch;           // a reversed page's rows before they are turned round
    QHash<QString, std::shared_ptr<QSqlQuery>> queries; // by SQL text: prepared once
#ifdef SWITCHBOARD_SANDBOX_SQLITE3
    sqlite3 *sqlite = nullptr;    // when reading natively
    QHash<QString, sqlite3_stmt *> statements;

    sqlite3_stmt *statement(const QString &sql)
    {
        if (sqlite3_stmt *cached = statements.value(sql))
            return cached;
        sqlite3_stmt *prepared = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(sqlite, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT,
                               &prepared, nullptr)
            != SQLITE_OK) {
            qCWarning(lcSandbox, "Cannot prepare a numbers query: %s", sqlite3_errmsg(sqlite));
            sqlite3_finalize(prepared);
            return nullptr;
        }
        statements.insert(sql, prepared);
        return prepared;
    }

    bool bind(sqlite3_stmt *s, const QVariantList &binds)
    {
        for (int i = 0; i < int(binds.size()); ++i) {
            const QVariant &v = binds.at(i);
            int rc = SQLITE_OK;
            if (isNullText(v)) {
                rc = sqlite3_bind_null(s, i + 1);
            } else if (v.typeId() == QMetaType::QString) {
                const QString *text = static_cast<const QString *>(v.constData());
                rc = sqlite3_bind_text16(s, i + 1, text->utf16(), int(text->size() * 2),
                                         SQLITE_TRANSIENT);
            } else {
                rc = sqlite3_bind_int64(s, i + 1, v.toLongLong());
            }
            if (rc != SQLITE_OK)
                return false;
        }
        return true;
    }
#endif

    QSqlQuery *query(const QString &sql, const QVariantList &binds)
    {
        std::shared_ptr<QSqlQuery> &query = queries[sql];
        if (!query) {
            auto prepared = std::make_shared<QSqlQuery>(database.db());
            prepared->setForwardOnly(true);
            if (!prepared->prepare(sql)) {
                qCWarning(lcSandbox, "Cannot prepare a numbers query: %s",
                          qUtf8Printable(describeSqlError(*prepared)));
                queries.remove(sql);
                return nullptr;
            }
            query = prepared;
        }
        for (int i = 0; i < int(binds.size()); ++i)
            query->bindValue(i, binds.at(i));
        if (!query->exec()) {
            qCWarning(lcSandbox, "Cannot read the numbers: %s", qUtf8Printable(describeSqlError(*query)));
            return nullptr;
        }
        return query.get();
    }
};

NumberPages::NumberPages(SandboxDatabase &database, Accounts accounts, Access access)
    : d(std::make_unique<Private>(database))
{
    d->accounts = {escaped(accounts.twilioAccountSid), escaped(accounts.signalwireProjectId)};
#ifdef SWITCHBOARD_SANDBOX_SQLITE3
    if (access == Access::Native)
        d->sqlite = static_cast<sqlite3 *>(database.sqliteHandle());
#else
    Q_UNUSED(access);
#endif
}

NumberPages::~NumberPages()
{
#ifdef SWITCHBOARD_SANDBOX_SQLITE3
    for (sqlite3_stmt *statement : std::as_const(d->statements))
        sqlite3_finalize(statement);
#endif
}

bool NumberPages::isNative() const
{
#ifdef SWITCHBOARD_SANDBOX_SQLITE3
    return d->sqlite != nullptr;
#else
    return false;
#endif
}

bool NumberPages::writeNumbers(const QString &sql, const QVariantList &binds, Family family,
                               int limit, bool reversed, QByteArray *out, Rows *rows)
{
#ifdef SWITCHBOARD_SANDBOX_SQLITE3
    if (d->sqlite) {
        sqlite3_stmt *s = d->statement(sql);
        if (!s)
            return false;
        // Reset however it ends: a statement left stepping holds its read transaction open.
        const auto reset = qScopeGuard([s] { sqlite3_reset(s); });
        if (!d->bind(s, binds))
            return false;
        sqlite3 *sqlite = d->sqlite;
        const auto next = [s, sqlite]() -> std::optional<bool> {
            const int rc = sqlite3_step(s);
            if (rc == SQLITE_ROW || rc == SQLITE_DONE)
                return rc == SQLITE_ROW;
            qCWarning(lcSandbox, "Cannot read the numbers: %s", sqlite3_errmsg(sqlite));
            return std::nullopt;
        };
        return writeRows(NativeRow(s), next, family, limit, reversed, d->accounts, &d->scratch,
                         out, rows);
    }
#endif
    QSqlQuery *query = d->query(sql, binds);
    if (!query)
        return false;
    const auto finish = qScopeGuard([query] { query->finish(); });
    const auto next = [query]() -> std::optional<bool> { return query->next(); };
    return writeRows(QtRow(*query), next, family, limit, reversed, d->accounts, &d->scratch, out,
                     rows);
}

std::optional<bool> NumberPages::exists(const QString &sql, const QVariantList &binds)
{
#ifdef SWITCHBOARD_SANDBOX_SQLITE3
    if (d->sqlite) {
        sqlite3_stmt *s = d->statement(sql);
        if (!s)
            return std::nullopt;
        const auto reset = qScopeGuard([s] { sqlite3_reset(s); });
        if (!d->bind(s, binds) || sqlite3_step(s) != SQLITE_ROW)
            return std::nullopt;
        return NativeRow(s).boolean(0);
    }
#endif
    QSqlQuery *query = d->query(sql, binds);
    if (!query || !query->next())
        return std::nullopt;
    const bool result = query->value(0).toBool();
    query->finish();
    return result;
}
