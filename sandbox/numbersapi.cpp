#include "numbersapi.h"

#include "familyerrors.h"
#include "sandboxdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

#ifdef SWITCHBOARD_SANDBOX_SQLITE3
#include <sqlite3.h>
#endif

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultPageSize = 50;
constexpr int MaxPageSize = 1000;

const auto columns =
    u"seq, family, sid, phone_number, friendly_name, type, origin, beta, status,"
    u" voice_url, voice_method, voice_fallback_url, voice_fallback_method,"
    u" voice_caller_id_lookup, voice_application_sid, voice_receive_mode, trunk_sid,"
    u" sms_url, sms_method, sms_fallback_url, sms_fallback_method, sms_application_sid,"
    u" status_callback, status_callback_method, address_sid, address_requirements,"
    u" identity_sid, bundle_sid, emergency_status, emergency_address_sid,"
    u" emergency_address_status, cap_voice, cap_sms, cap_mms, cap_fax, date_created,"
    u" date_updated"_s;
constexpr int columnCount = 37;

QString familyKey(Family family)
{
    return family == Family::SignalWire ? u"signalwire"_s : u"twilio"_s;
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
    return r;
}

// RFC 2822 in UTC, as both providers send: "Thu, 30 Jul 2015 23:19:04 +0000".
QString rfc2822(qint64 secs)
{
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC),
                                 u"ddd, dd MMM yyyy HH:mm:ss '+0000'"_s);
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

NumberWriter::NumberWriter(const QSqlDatabase &db)
    : m_insert(db)
{
    QStringList marks;
    for (int i = 1; i < columnCount; ++i)
        marks << u"?"_s;
    QString cols = columns;
    cols.remove(0, cols.indexOf(u',') + 1); // seq is assigned by SQLite
    const QString sql = u"INSERT INTO numbers ("_s + cols + u") VALUES ("_s + marks.join(u',')
                        + u")"_s;
#ifdef SWITCHBOARD_SANDBOX_SQLITE3
    // Only when Qt's driver runs on this very SQLite (Debian's Qt uses the system library;
    // a Qt with its own copy reports its own version): one library, one handle.
    QSqlQuery version(db);
    const bool sameSqlite = version.exec(u"SELECT sqlite_version()"_s) && version.next()
                            && version.value(0).toString()
                                   == QLatin1StringView(sqlite3_libversion());
    const QVariant handle = db.driver()->handle();
    if (sameSqlite && handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
        sqlite3_stmt *statement = nullptr;
        if (sqlite
            && sqlite3_prepare_v2(sqlite, sql.toUtf8().constData(), -1, &statement, nullptr)
                   == SQLITE_OK) {
            m_handle = sqlite;
            m_statement = statement;
            return;
        }
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
    const QVariant values[] = {
        familyKey(r->family), r->sid, r->phoneNumber, r->friendlyName, r->type, r->origin,
        int(r->beta), r->status, r->voiceUrl, r->voiceMethod, r->voiceFallbackUrl,
        r->voiceFallbackMethod, int(r->voiceCallerIdLookup), r->voiceApplicationSid,
        r->voiceReceiveMode, r->trunkSid, r->smsUrl, r->smsMethod, r->smsFallbackUrl,
        r->smsFallbackMethod, r->smsApplicationSid, r->statusCallback, r->statusCallbackMethod,
        r->addressSid, r->addressRequirements, r->identitySid, r->bundleSid, r->emergencyStatus,
        r->emergencyAddressSid, r->emergencyAddressStatus, int(r->capVoice), int(r->capSms),
        int(r->capMms), int(r->capFax), r->dateCreated, r->dateUpdated};
    static_assert(std::size(values) == columnCount - 1);

#ifdef SWITCHBOARD_SANDBOX_SQLITE3
    if (m_statement) {
        auto *statement = static_cast<sqlite3_stmt *>(m_statement);
        auto *sqlite = static_cast<sqlite3 *>(m_handle);
        sqlite3_reset(statement);
        for (int i = 0; i < int(std::size(values)); ++i) {
            const QVariant &v = values[i];
            if (v.typeId() == QMetaType::QString) {
                // utf16() of a null QString is "", never NULL: the columns hold '' for "none".
                const QString *text = static_cast<const QString *>(v.constData());
                sqlite3_bind_text16(statement, i + 1, text->utf16(), int(text->size() * 2),
                                    SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(statement, i + 1, v.toLongLong());
            }
        }
        if (sqlite3_step(statement) != SQLITE_DONE) {
            if (error)
                *error = QString::fromUtf8(sqlite3_errmsg(sqlite));
            return false;
        }
        r->seq = sqlite3_last_insert_rowid(sqlite);
        return true;
    }
#endif

    for (int i = 0; i < int(std::size(values)); ++i) {
        // A null QString would bind SQL NULL; the columns hold '' for "none".
        const QVariant &v = values[i];
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        m_insert.bindValue(i, nullText ? QVariant(u""_s) : v);
    }
    if (!m_insert.exec()) {
        if (error)
            *error = describeSqlError(m_insert);
        return false;
    }
    r->seq = m_insert.lastInsertId().toLongLong();
    return true;
}

NumbersApi::NumbersApi(SandboxDatabase &database, const QString &twilioAccountSid,
                       const QString &signalwireProjectId)
    : m_database(database)
    , m_twilioAccountSid(twilioAccountSid)
    , m_signalwireProjectId(signalwireProjectId)
{
}

void NumbersApi::addRoutes(Router &router)
{
    auto listHandler = [this](const HttpCall &call) { return list(call); };
    auto readHandler = [this](const HttpCall &call) { return read(call); };
    // SignalWire's helper library sends Twilio's paths, so /2010-04-01/ serves both families.
    const struct
    {
        Family scope;
        QString prefix;
    } prefixes[] = {{Family::Twilio, u"/2010-04-01/Accounts/{AccountSid}"_s},
                    {Family::SignalWire, u"/2010-04-01/Accounts/{AccountSid}"_s},
                    {Family::SignalWire, u"/api/laml/2010-04-01/Accounts/{AccountSid}"_s}};
    for (const auto &p : prefixes) {
        router.add(p.scope, u"GET"_s, p.prefix + u"/IncomingPhoneNumbers.json"_s, listHandler);
        router.add(p.scope, u"GET"_s, p.prefix + u"/IncomingPhoneNumbers/{Sid}.json"_s,
                   readHandler);
    }
}

QJsonObject NumbersApi::toJson(const NumberRecord &r) const
{
    const bool sw = r.family == Family::SignalWire;
    const QString account = sw ? m_signalwireProjectId : m_twilioAccountSid;
    const QString uri = (sw ? u"/api/laml/2010-04-01/Accounts/"_s : u"/2010-04-01/Accounts/"_s)
                        + account + u"/IncomingPhoneNumbers/"_s + r.sid + u".json"_s;
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
        {u"api_version"_s, u"2010-04-01"_s},
        {u"beta"_s, r.beta},
        {u"capabilities"_s, capabilities},
        {u"date_created"_s, rfc2822(r.dateCreated)},
        {u"date_updated"_s, rfc2822(r.dateUpdated)},
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
        {u"status_callback_method"_s, r.statusCallbackMethod},
        {u"trunk_sid"_s, orNull(r.trunkSid)},
        {u"uri"_s, uri},
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
    }
    return o;
}

HttpReply NumbersApi::list(const HttpCall &call)
{
    // Paging parameters.
    int pageSize = DefaultPageSize;
    if (call.query.hasQueryItem(u"PageSize"_s)) {
        bool ok = false;
        pageSize = call.queryValue(u"PageSize"_s).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > MaxPageSize) {
            return twilioError(400, 20007,
                               u"PageSize must be a whole number from 1 to %1"_s.arg(MaxPageSize));
        }
    }
    int page = 0;
    if (call.query.hasQueryItem(u"Page"_s)) {
        bool ok = false;
        page = call.queryValue(u"Page"_s).toInt(&ok);
        if (!ok || page < 0)
            return twilioError(400, 20007, u"Page must be a whole number, 0 or more"_s);
    }
    enum class Direction { Offset, After, Before } direction = Direction::Offset;
    qint64 tokenSeq = 0;
    const QString token = call.queryValue(u"PageToken"_s);
    if (call.query.hasQueryItem(u"PageToken"_s)) {
        bool ok = false;
        tokenSeq = token.mid(2).toLongLong(&ok);
        if (token.startsWith(u"PA"))
            direction = Direction::After;
        else if (token.startsWith(u"PB"))
            direction = Direction::Before;
        else
            ok = false;
        if (!ok || tokenSeq < 0)
            return twilioError(400, 21481, u"The PageToken is not valid"_s);
    }

    // Filters, kept on every page URI.
    QList<QPair<QString, QString>> filters;
    QString where = u"family = ?"_s;
    QVariantList binds{familyKey(call.family)};
    for (const QString &name : filterNames) {
        if (!call.query.hasQueryItem(name))
            continue;
        const QString value = call.queryValue(name);
        filters.append({name, value});
        if (name == u"FriendlyName") {
            where += u" AND friendly_name LIKE ? ESCAPE '\\'"_s;
            binds << QVariant(u"%"_s + likeEscape(value) + u"%"_s);
        } else if (name == u"PhoneNumber") {
            // Partial numbers, with '*' standing for any one digit.
            where += u" AND phone_number LIKE ? ESCAPE '\\'"_s;
            binds << QVariant(u"%"_s + likeEscape(value).replace(u'*', u'_') + u"%"_s);
        } else if (name == u"Origin") {
            where += u" AND origin = ?"_s;
            binds << QVariant(value);
        } else if (name == u"Beta" && value.compare(u"false", Qt::CaseInsensitive) == 0) {
            where += u" AND beta = 0"_s;
        }
    }

    QString sql = u"SELECT "_s + columns + u" FROM numbers WHERE "_s + where;
    QVariantList pageBinds = binds;
    switch (direction) {
    case Direction::Offset:
        sql += u" ORDER BY seq LIMIT ? OFFSET ?"_s;
        pageBinds << pageSize << qint64(page) * pageSize;
        break;
    case Direction::After:
        sql += u" AND seq > ? ORDER BY seq LIMIT ?"_s;
        pageBinds << tokenSeq << pageSize;
        break;
    case Direction::Before:
        sql += u" AND seq < ? ORDER BY seq DESC LIMIT ?"_s;
        pageBinds << tokenSeq << pageSize;
        break;
    }
    QSqlQuery query(m_database.db());
    query.prepare(sql);
    for (const QVariant &v : std::as_const(pageBinds))
        query.addBindValue(v);
    if (!query.exec())
        return twilioError(500, 20500, u"The numbers could not be read."_s);
    QList<NumberRecord> records;
    while (query.next())
        records.append(fromQuery(query));
    if (direction == Direction::Before)
        std::reverse(records.begin(), records.end());

    auto exists = [&](const QString &condition, qint64 seq) {
        QSqlQuery q(m_database.db());
        q.prepare(u"SELECT EXISTS (SELECT 1 FROM numbers WHERE "_s + where + condition + u")"_s);
        for (const QVariant &v : std::as_const(binds))
            q.addBindValue(v);
        q.addBindValue(seq);
        return q.exec() && q.next() && q.value(0).toBool();
    };
    const bool hasNext = !records.isEmpty() && exists(u" AND seq > ?"_s, records.last().seq);
    const bool hasPrevious = !records.isEmpty() && exists(u" AND seq < ?"_s, records.first().seq);

    const QString base = call.accountPrefix + u"/IncomingPhoneNumbers.json"_s;
    auto pageUri = [&](int pageIndex, const QString &pageToken) -> QString {
        QList<QPair<QString, QString>> items = filters;
        items.append({u"PageSize"_s, QString::number(pageSize)});
        items.append({u"Page"_s, QString::number(pageIndex)});
        if (!pageToken.isEmpty())
            items.append({u"PageToken"_s, pageToken});
        return base + u"?"_s + encodeQuery(items);
    };

    QJsonArray rows;
    for (const NumberRecord &r : std::as_const(records))
        rows.append(toJson(r));
    const qint64 start = qint64(page) * pageSize; // Page up to INT_MAX: no overflow
    QJsonObject body{
        {u"incoming_phone_numbers"_s, rows},
        {u"first_page_uri"_s, pageUri(0, {})},
        {u"next_page_uri"_s,
         hasNext ? QJsonValue(pageUri(page + 1, u"PA"_s + QString::number(records.last().seq)))
                 : QJsonValue(QJsonValue::Null)},
        {u"previous_page_uri"_s,
         hasPrevious ? QJsonValue(pageUri(std::max(page - 1, 0),
                                          u"PB"_s + QString::number(records.first().seq)))
                     : QJsonValue(QJsonValue::Null)},
        {u"uri"_s, pageUri(page, direction == Direction::Offset ? QString() : token)},
        {u"page"_s, page},
        {u"page_size"_s, pageSize},
        {u"start"_s, start},
        {u"end"_s, records.isEmpty() ? start : start + int(records.size()) - 1},
    };
    return HttpReply::json(body);
}

HttpReply NumbersApi::read(const HttpCall &call)
{
    QSqlQuery query(m_database.db());
    query.prepare(u"SELECT "_s + columns + u" FROM numbers WHERE family = ? AND sid = ?"_s);
    query.addBindValue(familyKey(call.family));
    query.addBindValue(call.param(u"Sid"_s));
    if (!query.exec())
        return twilioError(500, 20500, u"The number could not be read."_s);
    if (!query.next()) {
        return twilioError(404, 20404,
                           u"The requested resource %1 was not found"_s.arg(call.path));
    }
    return HttpReply::json(toJson(fromQuery(query)));
}
