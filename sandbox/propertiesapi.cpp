#include "propertiesapi.h"

#include "familyerrors.h"
#include "sandboxdatabase.h"
#include "sandboxids.h"
#include "validation/propertyrules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultCount = 50;
constexpr int MaxCount = 1000;

HttpReply invalid(const QString &parameter, const QString &message)
{
    return FamilyErrors::properties(400, u"INVALID_PARAMETER"_s, message, parameter);
}

QJsonObject toJson(const PropertyRecord &p, const QString &accountSid)
{
    return {{u"AccountSid"_s, accountSid},
            {u"PropertySid"_s, p.sid},
            {u"Name"_s, p.name},
            {u"MainDomain"_s, p.mainDomain},
            {u"TimeZone"_s, p.timeZone},
            {u"SmsEnabled"_s, p.smsEnabled},
            {u"CallRecordingEnabled"_s, p.callRecordingEnabled},
            {u"IntegrationsEnabled"_s, p.integrationsEnabled},
            {u"Active"_s, p.active}};
}

PropertyRecord fromQuery(const QSqlQuery &q)
{
    PropertyRecord p;
    p.seq = q.value(0).toLongLong();
    p.sid = q.value(1).toString();
    p.name = q.value(2).toString();
    p.mainDomain = q.value(3).toString();
    p.timeZone = q.value(4).toString();
    p.smsEnabled = q.value(5).toBool();
    p.callRecordingEnabled = q.value(6).toBool();
    p.integrationsEnabled = q.value(7).toBool();
    p.active = q.value(8).toBool();
    p.createdAt = q.value(9).toLongLong();
    return p;
}

const auto selectColumns = u"SELECT seq, sid, name, main_domain, time_zone, sms_enabled,"
                           u" call_recording_enabled, integrations_enabled, active, created_at"
                           u" FROM properties"_s;


// A non-negative integer query value in [min, max]; nullopt when malformed or out of range.
std::optional<int> boundedInt(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

} // namespace

PropertiesApi::PropertiesApi(SandboxDatabase &database, const QString &accountSid)
    : m_database(database)
    , m_accountSid(accountSid)
{
}

void PropertiesApi::addRoutes(Router &router)
{
    router.add(Family::Properties, u"POST"_s, u"/v2/Properties"_s,
               [this](const HttpCall &call) { return create(call); });
    router.add(Family::Properties, u"GET"_s, u"/v2/Properties"_s,
               [this](const HttpCall &call) { return list(call); });
    router.add(Family::Properties, u"GET"_s, u"/v2/Properties/{PropertySid}"_s,
               [this](const HttpCall &call) { return read(call); });
}

bool PropertiesApi::insert(const QSqlDatabase &db, PropertyRecord *p, QString *error)
{
    if (p->createdAt == 0)
        p->createdAt = QDateTime::currentSecsSinceEpoch();
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO properties (sid, name, main_domain, time_zone, sms_enabled,"
                  u" call_recording_enabled, integrations_enabled, active, created_at)"
                  u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(p->sid);
    query.addBindValue(p->name);
    query.addBindValue(p->mainDomain);
    query.addBindValue(p->timeZone);
    query.addBindValue(int(p->smsEnabled));
    query.addBindValue(int(p->callRecordingEnabled));
    query.addBindValue(int(p->integrationsEnabled));
    query.addBindValue(int(p->active));
    query.addBindValue(p->createdAt);
    if (!query.exec()) {
        if (error)
            *error = describeSqlError(query);
        return false;
    }
    p->seq = query.lastInsertId().toLongLong();
    return true;
}

HttpReply PropertiesApi::create(const HttpCall &call)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return FamilyErrors::properties(
            400, u"INVALID_PARAMETER"_s,
            u"The request body must be a JSON object with the new property's fields."_s);
    }
    const QJsonObject body = document.object();

    // Required fields first, so a missing one is always named as missing.
    static const QString required[] = {u"Name"_s, u"MainDomain"_s, u"TimeZone"_s};
    for (const QString &field : required) {
        const QJsonValue value = body.value(field);
        if (value.isUndefined() || value.isNull()
            || (value.isString() && value.toString().trimmed().isEmpty())) {
            return FamilyErrors::properties(400, u"PARAMETER_REQUIRED"_s,
                                            u"%1 is required"_s.arg(field), field);
        }
        if (!value.isString())
            return invalid(field, u"%1 must be a string"_s.arg(field));
    }

    // Text that cannot be stored and read back as sent, or that could display deceptively,
    // is refused first, naming the field.
    for (const QString &field : required) {
        if (auto refused = FamilyErrors::checkText(Family::Properties, field,
                                                   body.value(field).toString())) {
            return *refused;
        }
    }

    PropertyRecord record;
    record.name = body.value(u"Name"_s).toString();
    record.mainDomain = body.value(u"MainDomain"_s).toString();
    record.timeZone = body.value(u"TimeZone"_s).toString();

    // The client's own rules, with their reasons in English: a server does not speak the
    // language of the app that embeds it.
    constexpr auto English = Validation::ReasonLanguage::English;
    if (const auto check = Validation::checkPropertyName(record.name, English); !check.isOk())
        return invalid(u"Name"_s, check.reason);
    if (const auto check = Validation::checkMainDomain(record.mainDomain, English); !check.isOk())
        return invalid(u"MainDomain"_s, check.reason);
    if (const auto check = Validation::checkWindowsTimeZone(record.timeZone, English);
        !check.isOk()) {
        return FamilyErrors::properties(400, u"UNKNOWN_TIME_ZONE"_s, check.reason,
                                        u"TimeZone"_s);
    }

    struct Flag
    {
        QString name;
        bool *target;
    };
    const Flag flags[] = {{u"SmsEnabled"_s, &record.smsEnabled},
                          {u"CallRecordingEnabled"_s, &record.callRecordingEnabled},
                          {u"IntegrationsEnabled"_s, &record.integrationsEnabled},
                          {u"Active"_s, &record.active}};
    for (const Flag &flag : flags) {
        const QJsonValue value = body.value(flag.name);
        if (value.isUndefined() || value.isNull())
            continue; // the default stands
        if (!value.isBool())
            return invalid(flag.name, u"%1 must be true or false"_s.arg(flag.name));
        *flag.target = value.toBool();
    }

    record.sid = SandboxIds::propertySid(*QRandomGenerator::global());
    QString error;
    if (!insert(m_database.db(), &record, &error)) {
        return FamilyErrors::reply(Family::Properties, FamilyErrors::Kind::Internal,
                                   u"The property could not be saved."_s);
    }
    return HttpReply::json({{u"Property"_s, toJson(record, m_accountSid)}});
}

HttpReply PropertiesApi::list(const HttpCall &call)
{
    int count = DefaultCount;
    int skip = 0;
    qint64 afterSeq = 0;
    if (call.query.hasQueryItem(u"Results_Count"_s)) {
        const auto value = boundedInt(call.queryValue(u"Results_Count"_s), 1, MaxCount);
        if (!value) {
            return invalid(u"Results_Count"_s,
                           u"Results_Count must be a whole number from 1 to %1"_s.arg(MaxCount));
        }
        count = *value;
    }
    if (call.query.hasQueryItem(u"Results_Skip"_s)) {
        const auto value = boundedInt(call.queryValue(u"Results_Skip"_s), 0,
                                      std::numeric_limits<int>::max());
        if (!value)
            return invalid(u"Results_Skip"_s, u"Results_Skip must be a whole number, 0 or more"_s);
        skip = *value;
    }
    if (call.query.hasQueryItem(u"NextPageToken"_s)) {
        const auto seq = SandboxIds::parseAfterToken(call.queryValue(u"NextPageToken"_s));
        if (!seq) {
            return invalid(u"NextPageToken"_s,
                           u"NextPageToken is not a token this server gave out"_s);
        }
        afterSeq = *seq;
    }

    QSqlQuery query(m_database.db());
    query.prepare(selectColumns + u" WHERE seq > ? ORDER BY seq LIMIT ? OFFSET ?"_s);
    query.addBindValue(afterSeq);
    query.addBindValue(count + 1); // one more tells whether a next page exists
    query.addBindValue(skip);
    if (!query.exec()) {
        return FamilyErrors::reply(Family::Properties, FamilyErrors::Kind::Internal,
                                   u"The properties could not be read."_s);
    }
    QJsonArray rows;
    qint64 lastSeq = 0;
    bool more = false;
    while (query.next()) {
        if (rows.size() == count) {
            more = true;
            break;
        }
        const PropertyRecord p = fromQuery(query);
        lastSeq = p.seq;
        rows.append(toJson(p, m_accountSid));
    }

    QSqlQuery total(m_database.db());
    const qint64 totalCount = total.exec(u"SELECT COUNT(*) FROM properties"_s) && total.next()
                                  ? total.value(0).toLongLong()
                                  : 0;
    return HttpReply::json({{u"Properties"_s, rows},
                            {u"TotalCount"_s, totalCount},
                            {u"NextPageToken"_s, more ? QJsonValue(SandboxIds::afterToken(lastSeq))
                                                      : QJsonValue(QJsonValue::Null)}});
}

std::optional<PropertyRecord> PropertiesApi::find(const QString &sid) const
{
    QSqlQuery query(m_database.db());
    query.prepare(selectColumns + u" WHERE sid = ?"_s);
    query.addBindValue(sid);
    if (query.exec() && query.next())
        return fromQuery(query);
    return std::nullopt;
}

HttpReply PropertiesApi::read(const HttpCall &call)
{
    const QString sid = call.param(u"PropertySid"_s);
    const auto record = find(sid);
    if (!record) {
        return FamilyErrors::properties(404, u"NOT_FOUND"_s,
                                        u"No property with PropertySid %1"_s.arg(sid),
                                        u"PropertySid"_s);
    }
    return HttpReply::json({{u"Property"_s, toJson(*record, m_accountSid)}});
}
