#include "numbersapi.h"

#include "familyerrors.h"
#include "jsonbytes.h"
#include "numberpages.h"
#include "sandboxdatabase.h"
#include "sandboxids.h"
#include "sandboxlog.h"
#include "validation/numberrules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUrl>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

#ifdef SWITCHBOARD_SANDBOX_SQLITE3
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultPageSize = 50;
constexpr int MaxPageSize = 1000;

QString familyKey(Family family)
{
    return numbersFamilyKey(family);
}

NumberRecord fromQuery(const QSqlQuery &q)
{
    NumberRecord r;
    int i = 0;
    auto s = [&] { return q.value(i++).toString(); };
    auto b = [&] { return q.value(i++).toBool(); };
    r.seq = q.value(i++).toLongLong();
    r.family = s() == u"signalwire" ? Family::SignalWire : Family::Twilio;
    r.sid = s();
    r.phoneNumber = s();
    r.friendlyName = s();
    r.type = s();
    r.origin = s();
    r.beta = b();
    r.status = s();
    r.voiceUrl = s();
    r.voiceMethod = s();
    r.voiceFallbackUrl = s();
    r.voiceFallbackMethod = s();
    r.voiceCallerIdLookup = b();
    r.voiceApplicationSid = s();
    r.voiceReceiveMode = s();
    r.trunkSid = s();
    r.smsUrl = s();
    r.smsMethod = s();
    r.smsFallbackUrl = s();
    r.smsFallbackMethod = s();
    r.smsApplicationSid = s();
    r.statusCallback = s();
    r.statusCallbackMethod = s();
    r.addressSid = s();
    r.addressRequirements = s();
    r.identitySid = s();
    r.bundleSid = s();
    r.emergencyStatus = s();
    r.emergencyAddressSid = s();
    r.emergencyAddressStatus = s();
    r.capVoice = b();
    r.capSms = b();
    r.capMms = b();
    r.capFax = b();
    r.dateCreated = q.value(i++).toLongLong();
    r.dateUpdated = q.value(i++).toLongLong();
    r.apiVersion = s();
    r.account = s();
    return r;
}

QJsonValue orNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

HttpReply twilioError(int status, int code, const QString &message)
{
    return FamilyErrors::twilio(status, code, message);
}

// Query values kept on every page URI, in a fixed order.
const QString filterNames[] = {u"FriendlyName"_s, u"Beta"_s, u"PhoneNumber"_s, u"Origin"_s};

QString encodeQuery(const QList<QPair<QString, QString>> &items)
{
    QStringList parts;
    for (const auto &[name, value] : items) {
        parts << QString::fromLatin1(QUrl::toPercentEncoding(name) + '='
                                     + QUrl::toPercentEncoding(value));
    }
    return parts.join(u'&');
}

QString likeEscape(QString text)
{
    text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return text;
}

} // namespace

QString numbersFamilyKey(Family family)
{
    return family == Family::SignalWire ? u"signalwire"_s : u"twilio"_s;
}

namespace {

// What NumberWriter writes into each column after seq, in NumberColumn order: a text
// member, a flag, a time, or (the first) the family's key.
struct WrittenColumn
{
    QString NumberRecord::*text = nullptr;
    bool NumberRecord::*flag = nullptr;
    qint64 NumberRecord::*time = nullptr;
};
const WrittenColumn writtenColumns[] = {
    {}, // family
    {&NumberRecord::sid}, {&NumberRecord::phoneNumber}, {&NumberRecord::friendlyName},
    {&NumberRecord::type}, {&NumberRecord::origin}, {nullptr, &NumberRecord::beta},
    {&NumberRecord::status}, {&NumberRecord::voiceUrl}, {&NumberRecord::voiceMethod},
    {&NumberRecord::voiceFallbackUrl}, {&NumberRecord::voiceFallbackMethod},
    {nullptr, &NumberRecord::voiceCallerIdLookup}, {&NumberRecord::voiceApplicationSid},
    {&NumberRecord::voiceReceiveMode}, {&NumberRecord::trunkSid}, {&NumberRecord::smsUrl},
    {&NumberRecord::smsMethod}, {&NumberRecord::smsFallbackUrl},
    {&NumberRecord::smsFallbackMethod}, {&NumberRecord::smsApplicationSid},
    {&NumberRecord::statusCallback}, {&NumberRecord::statusCallbackMethod},
    {&NumberRecord::addressSid}, {&NumberRecord::addressRequirements},
    {&NumberRecord::identitySid}, {&NumberRecord::bundleSid}, {&NumberRecord::emergencyStatus},
    {&NumberRecord::emergencyAddressSid}, {&NumberRecord::emergencyAddressStatus},
    {nullptr, &NumberRecord::capVoice}, {nullptr, &NumberRecord::capSms},
    {nullptr, &NumberRecord::capMms}, {nullptr, &NumberRecord::capFax},
    {nullptr, nullptr, &NumberRecord::dateCreated}, {nullptr, nullptr, &NumberRecord::dateUpdated},
    {&NumberRecord::apiVersion}, {&NumberRecord::account},
};
static_assert(std::size(writtenColumns) == NumberColumnCount - 1);

} // namespace

NumberWriter::NumberWriter(SandboxDatabase &database)
    : m_insert(database.db())
{
    QStringList marks;
    for (int i = 1; i < NumberColumnCount; ++i)
        marks << u"?"_s;
    QString cols = numberColumns();
    cols.remove(0, cols.indexOf(u',') + 1); // seq is assigned by SQLite
    const QString sql = u"INSERT INTO numbers ("_s + cols + u") VALUES ("_s + marks.join(u',')
                        + u")"_s;
#ifdef SWITCHBOARD_SANDBOX_SQLITE3
    if (auto *sqlite = static_cast<sqlite3 *>(database.sqliteHandle())) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v3(sqlite, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT,
                               &statement, nullptr)
            == SQLITE_OK) {
            m_handle = sqlite;
            m_statement = statement;
            m_text.reserve(4096);
            return;
        }
        sqlite3_finalize(statement);
    }
#endif
    m_insert.prepare(sql);
}

NumberWriter::~NumberWriter()
{
#ifdef SWITCHBOARD_SANDBOX_SQLITE3
    if (m_statement)
        sqlite3_finalize(static_cast<sqlite3_stmt *>(m_statement));
#endif
}

bool NumberWriter::write(NumberRecord *r, QString *error)
{
    const QString family = familyKey(r->family);
    const auto text = [&](const WrittenColumn &c) -> const QString & {
        return c.text ? r->*c.text : family;
    };

#ifdef SWITCHBOARD_SANDBOX_SQLITE3
    if (m_statement) {
        auto *statement = static_cast<sqlite3_stmt *>(m_statement);
        auto *sqlite = static_cast<sqlite3 *>(m_handle);
        // Every text in UTF-8 first, into one buffer that then stays put while SQLite reads
        // it: no copy, no conversion, no allocation per value. A text SQLite must convert
        // itself (a lone surrogate) is bound as UTF-16, as before.
        m_text.resize(0); // keeps its capacity
        struct Span
        {
            qsizetype start = -1; // -1: not in the buffer
            qsizetype size = 0;
        };
        QVarLengthArray<Span, NumberColumnCount> spans;
        {
            JsonBytes::Writer w(m_text);
            for (const WrittenColumn &c : writtenColumns) {
                const qsizetype start = w.size();
                const bool utf8 = !c.flag && !c.time && w.utf8(text(c));
                spans.append(utf8 ? Span{start, w.size() - start} : Span{});
            }
        }
        sqlite3_reset(statement);
        for (int i = 0; i < int(std::size(writtenColumns)); ++i) {
            const WrittenColumn &c = writtenColumns[i];
            if (c.flag) {
                sqlite3_bind_int64(statement, i + 1, r->*c.flag ? 1 : 0);
            } else if (c.time) {
                sqlite3_bind_int64(statement, i + 1, r->*c.time);
            } else if (spans[i].start >= 0) {
                sqlite3_bind_text(statement, i + 1, m_text.constData() + spans[i].start,
                                  int(spans[i].size), SQLITE_STATIC);
            } else {
                // utf16() of a null QString is "", never NULL: the columns hold '' for "none".
                const QString &t = text(c);
                sqlite3_bind_text16(statement, i + 1, t.utf16(), int(t.size() * 2),
                                    SQLITE_TRANSIENT);
            }
        }
        if (sqlite3_step(statement) != SQLITE_DONE) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(sqlite));
            sqlite3_reset(statement);
            return false;
        }
        r->seq = sqlite3_last_insert_rowid(sqlite);
        return true;
    }
#endif

    for (int i = 0; i < int(std::size(writtenColumns)); ++i) {
        const WrittenColumn &c = writtenColumns[i];
        if (c.flag)
            m_insert.bindValue(i, int(r->*c.flag));
        else if (c.time)
            m_insert.bindValue(i, r->*c.time);
        else // a null QString would bind SQL NULL; the columns hold '' for "none"
            m_insert.bindValue(i, text(c).isNull() ? u""_s : text(c));
    }
    if (!m_insert.exec()) {
        if (error)
            *error = describeSqlError(m_insert);
        return false;
    }
    r->seq = m_insert.lastInsertId().toLongLong();
    return true;
}

namespace {

Validation::NumberFamily ruleFamily(Family family)
{
    return family == Family::SignalWire ? Validation::NumberFamily::SignalWire
                                        : Validation::NumberFamily::Twilio;
}

using Parameters = QList<QPair<QString, QString>>;

// An application/x-www-form-urlencoded body, as Twilio's helper libraries send it ('+' is
// a space, a literal plus is %2B), in the order sent. Its text has passed the shared rule
// against invalid Unicode and control characters already: the dispatcher refuses such a body
// before any handler runs (FamilyErrors::checkFormFields()).
Parameters formParameters(const QByteArray &body)
{
    Parameters result;
    const QList<QByteArray> parts = body.split('&');
    for (QByteArray part : parts) {
        if (part.isEmpty())
            continue;
        part.replace('+', ' ');
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        result.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                       QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return result;
}

std::optional<QString> valueOf(const Parameters &parameters, QStringView name)
{
    for (const auto &[n, v] : parameters) {
        if (n == name)
            return v; // the first, as checkNumberRequest() reads it
    }
    return std::nullopt;
}

HttpReply invalidRequest(const Validation::NumberParameterError &error)
{
    return FamilyErrors::twilio(400, error.twilioCode, error.message);
}

// The request's value of one parameter onto the record, normalised ("post" -> "POST"); an
// empty value clears a URL or SID and restores a default everywhere else.
void applyParameter(NumberRecord *r, const Validation::NumberParameter &p, const QString &raw)
{
    const QString value = Validation::normalizedNumberValue(p, raw);
    const QString &name = p.name;
    const auto method = [&value] { return value.isEmpty() ? u"POST"_s : value; };
    if (name == u"FriendlyName")
        r->friendlyName = value.isEmpty() ? NumberInventory::formatted(r->phoneNumber) : value;
    else if (name == u"VoiceUrl")
        r->voiceUrl = value;
    else if (name == u"VoiceMethod")
        r->voiceMethod = method();
    else if (name == u"VoiceFallbackUrl")
        r->voiceFallbackUrl = value;
    else if (name == u"VoiceFallbackMethod")
        r->voiceFallbackMethod = method();
    else if (name == u"VoiceCallerIdLookup")
        r->voiceCallerIdLookup = value == u"true";
    else if (name == u"VoiceApplicationSid")
        r->voiceApplicationSid = value;
    else if (name == u"TrunkSid")
        r->trunkSid = value;
    else if (name == u"VoiceReceiveMode")
        r->voiceReceiveMode = value.isEmpty() ? u"voice"_s : value;
    else if (name == u"StatusCallback")
        r->statusCallback = value;
    else if (name == u"StatusCallbackMethod")
        r->statusCallbackMethod = method();
    else if (name == u"SmsUrl")
        r->smsUrl = value;
    else if (name == u"SmsMethod")
        r->smsMethod = method();
    else if (name == u"SmsFallbackUrl")
        r->smsFallbackUrl = value;
    else if (name == u"SmsFallbackMethod")
        r->smsFallbackMethod = method();
    else if (name == u"SmsApplicationSid")
        r->smsApplicationSid = value;
    else if (name == u"EmergencyStatus")
        r->emergencyStatus = value.isEmpty() ? u"Inactive"_s : value;
    else if (name == u"EmergencyAddressSid") {
        r->emergencyAddressSid = value;
        r->emergencyAddressStatus = value.isEmpty() ? u"unregistered"_s : u"registered"_s;
    } else if (name == u"AddressSid")
        r->addressSid = value;
    else if (name == u"IdentitySid")
        r->identitySid = value;
    else if (name == u"BundleSid")
        r->bundleSid = value;
    else if (name == u"ApiVersion")
        r->apiVersion = value.isEmpty() ? u"2010-04-01"_s : value;
    // PhoneNumber and AreaCode choose the number; AccountSid is the update's own business.
}

// Every parameter of `parameters` that the family takes on this operation, onto the record;
// then a voice application or a trunk set by the request clears the other.
void applyParameters(NumberRecord *r, const Parameters &parameters, Family family,
                     Validation::NumberOperation operation)
{
    for (const Validation::NumberParameter &p : Validation::numberParameters()) {
        if (!p.appliesTo(ruleFamily(family), operation))
            continue;
        if (const std::optional<QString> value = valueOf(parameters, p.name))
            applyParameter(r, p, *value);
    }
    if (!valueOf(parameters, u"TrunkSid").value_or(QString()).isEmpty())
        r->voiceApplicationSid.clear();
    if (!valueOf(parameters, u"VoiceApplicationSid").value_or(QString()).isEmpty())
        r->trunkSid.clear();
}

// The typed paths: IncomingPhoneNumbers/Local.json and the like.
struct TypedPath
{
    QString segment; // "Local"
    QString type;    // "local"
};
const TypedPath typedPaths[] = {
    {u"Local"_s, u"local"_s}, {u"Mobile"_s, u"mobile"_s}, {u"TollFree"_s, u"toll-free"_s}};

QString typedSegment(const QString &type)
{
    for (const TypedPath &t : typedPaths) {
        if (t.type == type)
            return t.segment;
    }
    return {};
}

} // namespace

NumbersApi::NumbersApi(SandboxDatabase &database, const QString &twilioAccountSid,
                       const QString &signalwireProjectId, const QString &twilioSubaccountSid,
                       NumberPages::Access access)
    : m_database(database)
    , m_inventory(database)
    , m_pages(std::make_unique<NumberPages>(
          database, NumberPages::Accounts{twilioAccountSid, signalwireProjectId}, access))
    , m_twilioAccountSid(twilioAccountSid)
    , m_signalwireProjectId(signalwireProjectId)
    , m_twilioSubaccountSid(twilioSubaccountSid)
{
}

NumbersApi::~NumbersApi() = default;

QString NumbersApi::accountOf(const HttpCall &call) const
{
    const bool sub = call.family == Family::Twilio && !m_twilioSubaccountSid.isEmpty()
                     && call.accountId == m_twilioSubaccountSid;
    return sub ? m_twilioSubaccountSid : u""_s; // never a null string: it would bind as NULL
}

void NumbersApi::addRoutes(Router &router)
{
    // SignalWire's helper library sends Twilio's paths, so /2010-04-01/ serves both families.
    const struct
    {
        Family scope;
        QString prefix;
    } prefixes[] = {{Family::Twilio, u"/2010-04-01/Accounts/{AccountSid}"_s},
                    {Family::SignalWire, u"/2010-04-01/Accounts/{AccountSid}"_s},
                    {Family::SignalWire, u"/api/laml/2010-04-01/Accounts/{AccountSid}"_s}};
    for (const auto &p : prefixes) {
        const QString numbers = p.prefix + u"/IncomingPhoneNumbers"_s;
        router.add(p.scope, u"GET"_s, numbers + u".json"_s,
                   [this](const HttpCall &call) { return list(call, {}); });
        router.add(p.scope, u"POST"_s, numbers + u".json"_s,
                   [this](const HttpCall &call) { return create(call, {}); });
        // Before {Sid}.json, which would take "Local" for a SID.
        for (const TypedPath &t : typedPaths) {
            const QString path = numbers + u"/"_s + t.segment + u".json"_s;
            const QString type = t.type;
            router.add(p.scope, u"GET"_s, path,
                       [this, type](const HttpCall &call) { return list(call, type); });
            router.add(p.scope, u"POST"_s, path,
                       [this, type](const HttpCall &call) { return create(call, type); });
        }
        const QString one = numbers + u"/{Sid}.json"_s;
        router.add(p.scope, u"GET"_s, one, [this](const HttpCall &call) { return read(call); });
        router.add(p.scope, u"POST"_s, one, [this](const HttpCall &call) { return update(call); });
        router.add(p.scope, u"DELETE"_s, one,
                   [this](const HttpCall &call) { return release(call); });
    }
}

QJsonObject NumbersApi::toJson(const NumberRecord &r) const
{
    const bool sw = r.family == Family::SignalWire;
    const QString account = sw                   ? m_signalwireProjectId
                            : r.account.isEmpty() ? m_twilioAccountSid
                                                  : r.account;
    const QString base = (sw ? u"/api/laml/2010-04-01/Accounts/"_s : u"/2010-04-01/Accounts/"_s)
                         + account + u"/IncomingPhoneNumbers/"_s + r.sid;
    QJsonObject capabilities;
    if (sw) {
        capabilities = {{u"Voice"_s, r.capVoice}, {u"SMS"_s, r.capSms},
                        {u"MMS"_s, r.capMms}, {u"Fax"_s, r.capFax}};
    } else {
        capabilities = {{u"voice"_s, r.capVoice}, {u"sms"_s, r.capSms},
                        {u"mms"_s, r.capMms}, {u"fax"_s, r.capFax}};
    }
    QJsonObject o{
        {u"account_sid"_s, account},
        {u"address_requirements"_s, r.addressRequirements},
        {u"address_sid"_s, orNull(r.addressSid)},
        {u"api_version"_s, r.apiVersion},
        {u"beta"_s, r.beta},
        {u"capabilities"_s, capabilities},
        {u"date_created"_s, JsonBytes::rfc2822(r.dateCreated)},
        {u"date_updated"_s, JsonBytes::rfc2822(r.dateUpdated)},
        {u"emergency_address_sid"_s, orNull(r.emergencyAddressSid)},
        {u"emergency_status"_s, sw ? r.emergencyStatus.toLower() : r.emergencyStatus},
        {u"friendly_name"_s, r.friendlyName},
        {u"identity_sid"_s, orNull(r.identitySid)},
        {u"origin"_s, r.origin},
        {u"phone_number"_s, r.phoneNumber},
        {u"sid"_s, r.sid},
        {u"sms_application_sid"_s, orNull(r.smsApplicationSid)},
        {u"sms_fallback_method"_s, r.smsFallbackMethod},
        {u"sms_fallback_url"_s, r.smsFallbackUrl},
        {u"sms_method"_s, r.smsMethod},
        {u"sms_url"_s, r.smsUrl},
        {u"status_callback"_s, r.statusCallback},
        // Null for a status callback without a method (demo data; never an API's doing).
        {u"status_callback_method"_s, orNull(r.statusCallbackMethod)},
        {u"trunk_sid"_s, orNull(r.trunkSid)},
        {u"uri"_s, QString(base + u".json"_s)},
        {u"voice_application_sid"_s, orNull(r.voiceApplicationSid)},
        {u"voice_caller_id_lookup"_s, r.voiceCallerIdLookup},
        {u"voice_fallback_method"_s, r.voiceFallbackMethod},
        {u"voice_fallback_url"_s, r.voiceFallbackUrl},
        {u"voice_method"_s, r.voiceMethod},
        {u"voice_url"_s, r.voiceUrl},
        {u"voice_receive_mode"_s, r.voiceReceiveMode},
    };
    if (!sw) {
        o.insert(u"emergency_address_status"_s, r.emergencyAddressStatus);
        o.insert(u"bundle_sid"_s, orNull(r.bundleSid));
        o.insert(u"status"_s, r.status);
        o.insert(u"type"_s, r.type);
        // Not in the OpenAPI schema, but in every answer of Twilio's.
        o.insert(u"subresource_uris"_s,
                 QJsonObject{{u"assigned_add_ons"_s, QString(base + u"/AssignedAddOns.json"_s)}});
    }
    return o;
}

HttpReply NumbersApi::notFound(const HttpCall &call) const
{
    return twilioError(404, 20404, u"The requested resource %1 was not found"_s.arg(
                                       SandboxLog::shown(call.path)));
}

std::optional<NumberRecord> NumbersApi::find(const HttpCall &call, const QString &sid) const
{
    QSqlQuery query(m_database.db());
    query.prepare(findSql());
    for (const QVariant &v : findBinds(call, sid))
        query.addBindValue(v);
    if (query.exec() && query.next())
        return fromQuery(query);
    return std::nullopt;
}

bool NumbersApi::store(const NumberRecord &r, QString *error)
{
    QSqlQuery query(m_database.db());
    query.prepare(
        u"UPDATE numbers SET friendly_name = ?, voice_url = ?, voice_method = ?,"
        u" voice_fallback_url = ?, voice_fallback_method = ?, voice_caller_id_lookup = ?,"
        u" voice_application_sid = ?, voice_receive_mode = ?, trunk_sid = ?, sms_url = ?,"
        u" sms_method = ?, sms_fallback_url = ?, sms_fallback_method = ?,"
        u" sms_application_sid = ?, status_callback = ?, status_callback_method = ?,"
        u" address_sid = ?, identity_sid = ?, bundle_sid = ?, emergency_status = ?,"
        u" emergency_address_sid = ?, emergency_address_status = ?, api_version = ?,"
        u" date_updated = ? WHERE seq = ?"_s);
    const QVariant values[] = {
        r.friendlyName, r.voiceUrl, r.voiceMethod, r.voiceFallbackUrl, r.voiceFallbackMethod,
        int(r.voiceCallerIdLookup), r.voiceApplicationSid, r.voiceReceiveMode, r.trunkSid,
        r.smsUrl, r.smsMethod, r.smsFallbackUrl, r.smsFallbackMethod, r.smsApplicationSid,
        r.statusCallback, r.statusCallbackMethod, r.addressSid, r.identitySid, r.bundleSid,
        r.emergencyStatus, r.emergencyAddressSid, r.emergencyAddressStatus, r.apiVersion,
        r.dateUpdated, r.seq};
    for (const QVariant &v : values) {
        // The columns hold '' for "none", never NULL.
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        query.addBindValue(nullText ? QVariant(u""_s) : v);
    }
    if (!query.exec()) {
        if (error)
            *error = describeSqlError(query);
        return false;
    }
    return true;
}

QString NumbersApi::findSql()
{
    return u"SELECT "_s + numberColumns()
           + u" FROM numbers WHERE family = ? AND account = ? AND sid = ?"_s;
}

QVariantList NumbersApi::findBinds(const HttpCall &call, const QString &sid) const
{
    return {familyKey(call.family), accountOf(call), sid};
}

namespace {

enum class Direction { Offset, After, Before };

// A list request as both writers read it: paging, filters, and the SQL they lead to.
struct PageRequest
{
    int pageSize = DefaultPageSize;
    int page = 0;
    Direction direction = Direction::Offset;
    qint64 tokenSeq = 0;
    QString token;
    QList<QPair<QString, QString>> filters; // kept on every page URI
    QString where;
    QVariantList binds;
    QString base; // the list's path

    qint64 start() const { return qint64(page) * pageSize; } // Page up to INT_MAX: no overflow

    QString uri(int pageIndex, const QString &pageToken) const
    {
        QList<QPair<QString, QString>> items = filters;
        items.append({u"PageSize"_s, QString::number(pageSize)});
        items.append({u"Page"_s, QString::number(pageIndex)});
        if (!pageToken.isEmpty())
            items.append({u"PageToken"_s, pageToken});
        return base + u"?"_s + encodeQuery(items);
    }
    QString ownUri() const { return uri(page, direction == Direction::Offset ? QString() : token); }
    QString nextUri(qint64 lastSeq) const { return uri(page + 1, u"PA"_s + QString::number(lastSeq)); }
    QString previousUri(qint64 firstSeq) const
    {
        return uri(std::max(page - 1, 0), u"PB"_s + QString::number(firstSeq));
    }

    // Up to `limit` rows of the page, in the order its direction reads them (Before: backwards).
    std::pair<QString, QVariantList> select(int limit) const
    {
        QString sql = u"SELECT "_s + numberColumns() + u" FROM numbers WHERE "_s + where;
        QVariantList pageBinds = binds;
        switch (direction) {
        case Direction::Offset:
            sql += u" ORDER BY seq LIMIT ? OFFSET ?"_s;
            pageBinds << limit << start();
            break;
        case Direction::After:
            sql += u" AND seq > ? ORDER BY seq LIMIT ?"_s;
            pageBinds << tokenSeq << limit;
            break;
        case Direction::Before:
            sql += u" AND seq < ? ORDER BY seq DESC LIMIT ?"_s;
            pageBinds << tokenSeq << limit;
            break;
        }
        return {sql, pageBinds};
    }
    // Whether a row of the list comes after (or `before`) `seq`.
    std::pair<QString, QVariantList> exists(bool before, qint64 seq) const
    {
        QVariantList existsBinds = binds;
        existsBinds << seq;
        return {u"SELECT EXISTS (SELECT 1 FROM numbers WHERE "_s + where
                    + (before ? u" AND seq < ?"_s : u" AND seq > ?"_s) + u")"_s,
                existsBinds};
    }
};

// The list request of `call` by `account` (NumberRecord::account), or nullopt and *error.
std::optional<PageRequest> readPageRequest(const HttpCall &call, const QString &type,
                                           const QString &account, HttpReply *error)
{
    PageRequest r;
    if (call.query.hasQueryItem(u"PageSize"_s)) {
        bool ok = false;
        r.pageSize = call.queryValue(u"PageSize"_s).toInt(&ok);
        if (!ok || r.pageSize < 1 || r.pageSize > MaxPageSize) {
            *error = twilioError(400, 20007,
                                 u"PageSize must be a whole number from 1 to %1"_s.arg(MaxPageSize));
            return std::nullopt;
        }
    }
    if (call.query.hasQueryItem(u"Page"_s)) {
        bool ok = false;
        r.page = call.queryValue(u"Page"_s).toInt(&ok);
        if (!ok || r.page < 0) {
            *error = twilioError(400, 20007, u"Page must be a whole number, 0 or more"_s);
            return std::nullopt;
        }
    }
    r.token = call.queryValue(u"PageToken"_s);
    if (call.query.hasQueryItem(u"PageToken"_s)) {
        bool ok = false;
        r.tokenSeq = r.token.mid(2).toLongLong(&ok);
        if (r.token.startsWith(u"PA"))
            r.direction = Direction::After;
        else if (r.token.startsWith(u"PB"))
            r.direction = Direction::Before;
        else
            ok = false;
        if (!ok || r.tokenSeq < 0) {
            *error = twilioError(400, 21481, u"The PageToken is not valid"_s);
            return std::nullopt;
        }
    }

    r.where = u"family = ? AND account = ?"_s;
    r.binds = {familyKey(call.family), account};
    if (!type.isEmpty()) {
        r.where += u" AND type = ?"_s;
        r.binds << QVariant(type);
    }
    for (const QString &name : filterNames) {
        if (!call.query.hasQueryItem(name))
            continue;
        const QString value = call.queryValue(name);
        r.filters.append({name, value});
        if (name == u"FriendlyName") {
            r.where += u" AND friendly_name LIKE ? ESCAPE '\\'"_s;
            r.binds << QVariant(u"%"_s + likeEscape(value) + u"%"_s);
        } else if (name == u"PhoneNumber") {
            // Partial numbers, with '*' standing for any one digit.
            r.where += u" AND phone_number LIKE ? ESCAPE '\\'"_s;
            r.binds << QVariant(u"%"_s + likeEscape(value).replace(u'*', u'_') + u"%"_s);
        } else if (name == u"Origin") {
            r.where += u" AND origin = ?"_s;
            r.binds << QVariant(value);
        } else if (name == u"Beta" && value.compare(u"false", Qt::CaseInsensitive) == 0) {
            r.where += u" AND beta = 0"_s;
        }
    }
    r.base = call.accountPrefix + u"/IncomingPhoneNumbers"_s
             + (type.isEmpty() ? QString() : u"/"_s + typedSegment(type)) + u".json"_s;
    return r;
}

HttpReply readFailed()
{
    return twilioError(500, 20500, u"The numbers could not be read."_s);
}

} // namespace

HttpReply NumbersApi::list(const HttpCall &call, const QString &type)
{
    HttpReply error;
    const std::optional<PageRequest> request = readPageRequest(call, type, accountOf(call), &error);
    if (!request)
        return error;
    const PageRequest &r = *request;

    // The numbers go straight into the answer, after room for the two fields QJsonObject
    // puts before them ("end", "first_page_uri"): those are written last, right before the
    // numbers, and the room left over is dropped from the front, which only moves the
    // QByteArray's start.
    QByteArray firstUri;
    JsonBytes::Writer(firstUri).string(r.uri(0, {}));
    // {"end": up to 20 digits ,"first_page_uri": the URI ,"incoming_phone_numbers":[
    const qsizetype room = 7 + 20 + 18 + firstUri.size() + 27;
    QByteArray body(room, Qt::Uninitialized);
    body.reserve(room + qsizetype(r.pageSize) * m_bytesPerNumber + 2048);

    // One row past the page tells whether there is more in the direction read: one query
    // fewer than asking.
    const auto [sql, binds] = r.select(r.pageSize + 1);
    const bool backwards = r.direction == Direction::Before;
    NumberPages::Rows rows;
    if (!m_pages->writeNumbers(sql, binds, call.family, r.pageSize, backwards, &body, &rows))
        return readFailed();
    if (rows.count > 0)
        m_bytesPerNumber = std::max(m_bytesPerNumber, (body.size() - room) / rows.count + 64);
    bool hasNext = false, hasPrevious = false;
    if (rows.count > 0) {
        const auto [existsSql, existsBinds] =
            backwards ? r.exists(false, rows.lastSeq) : r.exists(true, rows.firstSeq);
        const std::optional<bool> other = m_pages->exists(existsSql, existsBinds);
        if (!other)
            return readFailed();
        hasNext = backwards ? *other : rows.more;
        hasPrevious = backwards ? rows.more : *other;
    }

    // The keys in QJsonObject's order, as referenceList() writes them.
    QByteArray before;
    {
        JsonBytes::Writer w(before);
        w.literal("{\"end\":");
        w.integer(rows.count > 0 ? r.start() + rows.count - 1 : r.start());
        w.literal(",\"first_page_uri\":");
        w.raw(firstUri);
        w.literal(",\"incoming_phone_numbers\":[");
    }
    Q_ASSERT(before.size() <= room);
    const qsizetype unused = room - before.size();
    std::memcpy(body.data() + unused, before.constData(), size_t(before.size()));
    body.remove(0, unused);
    {
        JsonBytes::Writer w(body);
        w.literal("],\"next_page_uri\":");
        if (hasNext)
            w.string(r.nextUri(rows.lastSeq));
        else
            w.literal("null");
        w.literal(",\"page\":");
        w.integer(r.page);
        w.literal(",\"page_size\":");
        w.integer(r.pageSize);
        w.literal(",\"previous_page_uri\":");
        if (hasPrevious)
            w.string(r.previousUri(rows.firstSeq));
        else
            w.literal("null");
        w.literal(",\"start\":");
        w.integer(r.start());
        w.literal(",\"uri\":");
        w.string(r.ownUri());
        w.character('}');
    }
    return {200, body, {}};
}

HttpReply NumbersApi::read(const HttpCall &call)
{
    QByteArray body;
    NumberPages::Rows rows;
    if (!m_pages->writeNumbers(findSql(), findBinds(call, call.param(u"Sid"_s)), call.family, 1,
                               false, &body, &rows))
        return readFailed();
    if (rows.count == 0)
        return notFound(call);
    return {200, body, {}};
}

HttpReply NumbersApi::referenceList(const HttpCall &call, const QString &type)
{
    HttpReply error;
    const std::optional<PageRequest> request = readPageRequest(call, type, accountOf(call), &error);
    if (!request)
        return error;
    const PageRequest &r = *request;

    const auto [sql, binds] = r.select(r.pageSize);
    QSqlQuery query(m_database.db());
    query.prepare(sql);
    for (const QVariant &v : binds)
        query.addBindValue(v);
    if (!query.exec())
        return readFailed();
    QList<NumberRecord> records;
    while (query.next())
        records.append(fromQuery(query));
    if (r.direction == Direction::Before)
        std::reverse(records.begin(), records.end());

    auto exists = [&](bool before, qint64 seq) {
        const auto [existsSql, existsBinds] = r.exists(before, seq);
        QSqlQuery q(m_database.db());
        q.prepare(existsSql);
        for (const QVariant &v : existsBinds)
            q.addBindValue(v);
        return q.exec() && q.next() && q.value(0).toBool();
    };
    const bool hasNext = !records.isEmpty() && exists(false, records.last().seq);
    const bool hasPrevious = !records.isEmpty() && exists(true, records.first().seq);

    QJsonArray rows;
    for (const NumberRecord &record : std::as_const(records))
        rows.append(toJson(record));
    QJsonObject body{
        {u"incoming_phone_numbers"_s, rows},
        {u"first_page_uri"_s, r.uri(0, {})},
        {u"next_page_uri"_s, hasNext ? QJsonValue(r.nextUri(records.last().seq))
                                     : QJsonValue(QJsonValue::Null)},
        {u"previous_page_uri"_s, hasPrevious ? QJsonValue(r.previousUri(records.first().seq))
                                             : QJsonValue(QJsonValue::Null)},
        {u"uri"_s, r.ownUri()},
        {u"page"_s, r.page},
        {u"page_size"_s, r.pageSize},
        {u"start"_s, r.start()},
        {u"end"_s, records.isEmpty() ? r.start() : r.start() + int(records.size()) - 1},
    };
    return HttpReply::json(body);
}

HttpReply NumbersApi::referenceRead(const HttpCall &call)
{
    const std::optional<NumberRecord> record = find(call, call.param(u"Sid"_s));
    if (!record)
        return notFound(call);
    return HttpReply::json(toJson(*record));
}

HttpReply NumbersApi::create(const HttpCall &call, const QString &type)
{
    using Validation::NumberOperation;
    Parameters parameters = formParameters(call.body);
    if (!type.isEmpty()) {
        // The typed paths take PhoneNumber only (the spec has no AreaCode there).
        parameters.removeIf([](const auto &item) { return item.first == u"AreaCode"; });
    }
    const QString phoneNumber = valueOf(parameters, u"PhoneNumber").value_or(QString());
    if (!type.isEmpty() && phoneNumber.isEmpty()) {
        return twilioError(400, Validation::TwilioInvalidParameter,
                           u"A PhoneNumber is required to buy a %1 number"_s.arg(type));
    }
    const QList<Validation::NumberParameterError> errors = Validation::checkNumberRequest(
        parameters, ruleFamily(call.family), NumberOperation::Create,
        Validation::ReasonLanguage::English);
    if (!errors.isEmpty())
        return invalidRequest(errors.first());

    const bool hasAddress = !valueOf(parameters, u"AddressSid").value_or(QString()).isEmpty();
    const PurchaseOutcome outcome = m_inventory.resolvePurchase(
        call.family, accountOf(call), phoneNumber, valueOf(parameters, u"AreaCode").value_or(QString()), type,
        hasAddress);
    if (!outcome.number)
        return twilioError(outcome.status, outcome.code, outcome.message);
    const InventoryNumber &bought = *outcome.number;

    const bool sw = call.family == Family::SignalWire;
    NumberRecord r;
    r.family = call.family;
    r.account = accountOf(call);
    r.sid = sw ? SandboxIds::uuid(*QRandomGenerator::system())
               : SandboxIds::twilioSid(*QRandomGenerator::system(), u"PN");
    r.phoneNumber = bought.phoneNumber;
    r.friendlyName = NumberInventory::formatted(bought.phoneNumber);
    r.type = bought.type;
    r.origin = sw ? u"signalwire"_s : u"twilio"_s;
    r.beta = sw || bought.beta; // SignalWire marks every new number as beta
    r.addressRequirements = bought.addressRequirements;
    r.capVoice = bought.capVoice;
    r.capSms = bought.capSms;
    r.capMms = bought.capMms;
    r.capFax = bought.capFax;
    r.dateCreated = r.dateUpdated = QDateTime::currentSecsSinceEpoch();
    applyParameters(&r, parameters, call.family, NumberOperation::Create);

    QString why;
    NumberWriter writer(m_database);
    if (!writer.write(&r, &why)) {
        qCWarning(lcSandbox, "Cannot store a bought number: %s", qUtf8Printable(why));
        return twilioError(500, 20500, u"The number could not be stored."_s);
    }
    return HttpReply::json(toJson(r), 201);
}

HttpReply NumbersApi::update(const HttpCall &call)
{
    using Validation::NumberOperation;
    std::optional<NumberRecord> record = find(call, call.param(u"Sid"_s));
    if (!record)
        return notFound(call);
    const Parameters parameters = formParameters(call.body);
    const QList<Validation::NumberParameterError> errors = Validation::checkNumberRequest(
        parameters, ruleFamily(call.family), NumberOperation::Update,
        Validation::ReasonLanguage::English);
    if (!errors.isEmpty())
        return invalidRequest(errors.first());

    if (call.family == Family::Twilio) {
        const QString account = valueOf(parameters, u"AccountSid").value_or(QString());
        const QString own = accountOf(call).isEmpty() ? m_twilioAccountSid : accountOf(call);
        if (!account.isEmpty() && account.compare(own, Qt::CaseInsensitive) != 0) {
            return twilioError(400, Validation::TwilioInvalidParameter,
                               u"AccountSid %1 is not an account this number can move to: the"
                               u" sandbox does not move numbers between accounts"_s.arg(account));
        }
    }
    const std::optional<QString> address = valueOf(parameters, u"AddressSid");
    if (address && address->isEmpty() && record->addressRequirements != u"none") {
        return twilioError(400, 21631,
                           u"Phone number %1 requires an Address (address_requirements: %2):"
                           u" its AddressSid cannot be removed"_s
                               .arg(record->phoneNumber, record->addressRequirements));
    }

    applyParameters(&*record, parameters, call.family, NumberOperation::Update);
    record->dateUpdated = QDateTime::currentSecsSinceEpoch();
    QString why;
    if (!store(*record, &why)) {
        qCWarning(lcSandbox, "Cannot update a number: %s", qUtf8Printable(why));
        return twilioError(500, 20500, u"The number could not be updated."_s);
    }
    return HttpReply::json(toJson(*record));
}

HttpReply NumbersApi::release(const HttpCall &call)
{
    const std::optional<NumberRecord> record = find(call, call.param(u"Sid"_s));
    if (!record)
        return notFound(call);
    QString why;
    bool ok = m_database.transaction();
    if (ok) {
        QSqlQuery query(m_database.db());
        query.prepare(u"DELETE FROM numbers WHERE seq = ?"_s);
        query.addBindValue(record->seq);
        ok = query.exec();
        if (!ok)
            why = describeSqlError(query);
        ok = ok && m_inventory.returnNumber(*record, &why) && m_database.commit();
        if (!ok)
            m_database.rollback();
    }
    if (!ok) {
        qCWarning(lcSandbox, "Cannot release a number: %s", qUtf8Printable(why));
        return twilioError(500, 20500, u"The number could not be released."_s);
    }
    return HttpReply::noContent();
}
