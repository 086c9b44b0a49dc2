#include "broadcastapi.h"

#include "familyerrors.h"
#include "sandboxdatabase.h"
#include "sandboxids.h"
#include "sandboxlog.h"
#include "validation/broadcastrules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

const QString BroadcastApi::PrimaryOrg = u"org_demo"_s;
const QString BroadcastApi::OtherOrg = u"org_other"_s;

namespace {

constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 1000;

HttpReply invalid(const QString &field, const QString &message)
{
    return FamilyErrors::broadcast(422, {{field, u"invalid"_s, message}});
}

HttpReply notFound(const QString &message)
{
    return FamilyErrors::reply(Family::Broadcast, FamilyErrors::Kind::NotFound, message);
}

HttpReply internal(const QString &message)
{
    return FamilyErrors::reply(Family::Broadcast, FamilyErrors::Kind::Internal, message);
}

QJsonValue nullable(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QString isoUtc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

// One paged list of an organisation's table. Each of `keys` is a text column of the same
// name, sent as a string (SQL NULL as null), unless `row` makes the wire object itself;
// `filter` (with its binds) narrows the list further.
struct ListSpec
{
    QString table;
    QStringList keys;
    QString what; // "phone numbers", for the error
    std::function<QJsonObject(const QSqlQuery &)> row = {};
    QString filter = {};
    QVariantList filterBinds = {};
};

// The reference lists of the contract, each GET /v1/<name>.
struct ReferenceList
{
    QString name;
    ListSpec spec;
};

const QList<ReferenceList> &referenceLists()
{
    static const QList<ReferenceList> lists = {
        {u"phone_numbers"_s,
         {u"broadcast_numbers"_s,
          {u"id"_s, u"phone_number"_s, u"type"_s, u"toll_free_verification_id"_s},
          u"phone numbers"_s}},
        {u"brands"_s,
         {u"broadcast_brands"_s,
          {u"id"_s, u"name"_s, u"entity_type"_s, u"vertical"_s, u"status"_s},
          u"brands"_s}},
        {u"campaigns"_s,
         {u"broadcast_campaigns"_s,
          {u"id"_s, u"brand_id"_s, u"name"_s, u"use_case"_s, u"status"_s},
          u"campaigns"_s}},
        {u"toll_free_verifications"_s,
         {u"broadcast_toll_free_verifications"_s,
          {u"id"_s, u"name"_s, u"business_name"_s, u"status"_s},
          u"toll-free verifications"_s}},
        {u"link_tracking_domains"_s,
         {u"broadcast_link_tracking_domains"_s, {u"id"_s, u"domain"_s}, u"link tracking domains"_s}},
        {u"contact_fields"_s,
         {u"broadcast_contact_fields"_s, {u"id"_s, u"name"_s, u"label"_s}, u"contact fields"_s}},
    };
    return lists;
}

HttpReply pagedList(const QSqlDatabase &db, const HttpCall &call, const ListSpec &spec)
{
    int limit = DefaultLimit;
    if (call.query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = call.queryValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxLimit)
            return invalid(u"limit"_s, u"limit must be a whole number from 1 to %1"_s.arg(MaxLimit));
    }
    qint64 after = 0;
    if (call.query.hasQueryItem(u"page_token"_s)) {
        const auto seq = SandboxIds::parseAfterToken(call.queryValue(u"page_token"_s));
        if (!seq)
            return invalid(u"page_token"_s, u"page_token is not a token this server gave out"_s);
        after = *seq;
    }

    const QString where = u" WHERE org = ?"_s + (spec.filter.isEmpty() ? QString() : u" AND "_s + spec.filter);
    QSqlQuery query(db);
    query.prepare(u"SELECT seq, "_s + spec.keys.join(u", "_s) + u" FROM "_s + spec.table + where
                  + u" AND seq > ? ORDER BY seq LIMIT ?"_s);
    query.addBindValue(call.accountId);
    for (const QVariant &bind : spec.filterBinds)
        query.addBindValue(bind);
    query.addBindValue(after);
    query.addBindValue(limit + 1);
    if (!query.exec())
        return internal(u"The %1 could not be read."_s.arg(spec.what));
    QJsonArray data;
    qint64 lastSeq = 0;
    bool more = false;
    while (query.next()) {
        if (data.size() == limit) {
            more = true;
            break;
        }
        lastSeq = query.value(0).toLongLong();
        if (spec.row) {
            data.append(spec.row(query));
            continue;
        }
        QJsonObject row;
        for (qsizetype i = 0; i < spec.keys.size(); ++i) {
            const QVariant value = query.value(int(i) + 1);
            row.insert(spec.keys.at(i), value.isNull() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(value.toString()));
        }
        data.append(row);
    }
    QSqlQuery total(db);
    total.prepare(u"SELECT COUNT(*) FROM "_s + spec.table + where);
    total.addBindValue(call.accountId);
    for (const QVariant &bind : spec.filterBinds)
        total.addBindValue(bind);
    if (!total.exec() || !total.next())
        return internal(u"The %1 could not be counted."_s.arg(spec.what));
    return HttpReply::json({{u"data"_s, data},
                            {u"total"_s, total.value(0).toLongLong()},
                            {u"next_page"_s, more ? QJsonValue(SandboxIds::afterToken(lastSeq))
                                                  : QJsonValue(QJsonValue::Null)}});
}

bool exists(const QSqlDatabase &db, const QString &table, const QString &org, const QString &id)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT 1 FROM "_s + table + u" WHERE id = ? AND org = ?"_s);
    query.addBindValue(id);
    query.addBindValue(org);
    return query.exec() && query.next();
}

HttpReply listCampaigns(const QSqlDatabase &db, const HttpCall &call, ListSpec spec)
{
    // An empty brand_id is no filter; an unknown brand (or another organisation's) is 404,
    // so a client can tell "this brand has no campaign yet" from "this brand is gone".
    const QString brand = call.queryValue(u"brand_id"_s);
    if (!brand.isEmpty()) {
        if (!exists(db, u"broadcast_brands"_s, call.accountId, brand))
            return notFound(u"There is no brand %1."_s.arg(SandboxLog::shown(brand, 64)));
        spec.filter = u"brand_id = ?"_s;
        spec.filterBinds = {brand};
    }
    return pagedList(db, call, spec);
}

QStringList projectNumbers(const QSqlDatabase &db, const QString &projectId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT phone_number_id FROM broadcast_project_numbers WHERE project_id = ?"
                  u" ORDER BY position"_s);
    query.addBindValue(projectId);
    QStringList ids;
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toString();
    }
    return ids;
}

const QStringList ProjectColumns = {
    u"id"_s, u"name"_s, u"type"_s, u"status"_s, u"message_type"_s, u"channel"_s, u"brand_id"_s,
    u"campaign_id"_s, u"toll_free_verification_id"_s, u"link_tracking_enabled"_s,
    u"link_tracking_destination_url"_s, u"link_tracking_domain_id"_s,
    u"link_tracking_param_field"_s, u"created_at"_s};

// A row of ProjectColumns starting at `first`, as the API answers it.
QJsonObject projectFromRow(const QSqlDatabase &db, const QSqlQuery &q, int first)
{
    const auto text = [&](int i) { return q.value(first + i).toString(); };
    const QString id = text(0);
    return {{u"id"_s, id},
            {u"name"_s, text(1)},
            {u"type"_s, text(2)},
            {u"status"_s, text(3)},
            {u"message_type"_s, text(4)},
            {u"channel"_s, text(5)},
            {u"phone_number_ids"_s, QJsonArray::fromStringList(projectNumbers(db, id))},
            {u"brand_id"_s, nullable(text(6))},
            {u"campaign_id"_s, nullable(text(7))},
            {u"toll_free_verification_id"_s, nullable(text(8))},
            {u"link_tracking_enabled"_s, q.value(first + 9).toBool()},
            {u"link_tracking_destination_url"_s, nullable(text(10))},
            {u"link_tracking_domain_id"_s, nullable(text(11))},
            {u"link_tracking_param_field"_s, nullable(text(12))},
            {u"created_at"_s, isoUtc(q.value(first + 13).toLongLong())}};
}

// The rules' view of one organisation's reference data, straight from the database.
class DatabaseLookup final : public Validation::BroadcastLookup
{
public:
    DatabaseLookup(const QSqlDatabase &db, const QString &org)
        : m_db(db)
        , m_org(org)
    {
    }

    std::optional<Validation::BroadcastNumberRef> number(const QString &id) const override
    {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT phone_number, type, toll_free_verification_id"
                      u" FROM broadcast_numbers WHERE id = ? AND org = ?"_s);
        query.addBindValue(id);
        query.addBindValue(m_org);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return Validation::BroadcastNumberRef{id, query.value(0).toString(),
                                              query.value(1).toString() == u"toll-free",
                                              query.value(2).toString()};
    }
    bool hasBrand(const QString &brandId) const override
    {
        return exists(m_db, u"broadcast_brands"_s, m_org, brandId);
    }
    std::optional<QString> campaignBrand(const QString &campaignId) const override
    {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT brand_id FROM broadcast_campaigns WHERE id = ? AND org = ?"_s);
        query.addBindValue(campaignId);
        query.addBindValue(m_org);
        if (!query.exec() || !query.next())
            return std::nullopt;
        return query.value(0).toString();
    }
    bool hasTollFreeVerification(const QString &verificationId) const override
    {
        return exists(m_db, u"broadcast_toll_free_verifications"_s, m_org, verificationId);
    }
    bool hasLinkTrackingDomain(const QString &domainId) const override
    {
        return exists(m_db, u"broadcast_link_tracking_domains"_s, m_org, domainId);
    }
    bool hasContactField(const QString &name) const override
    {
        QSqlQuery query(m_db);
        query.prepare(u"SELECT 1 FROM broadcast_contact_fields WHERE name = ? AND org = ?"_s);
        query.addBindValue(name);
        query.addBindValue(m_org);
        return query.exec() && query.next();
    }

private:
    QSqlDatabase m_db;
    QString m_org;
};

} // namespace

BroadcastApi::BroadcastApi(SandboxDatabase &database)
    : m_database(database)
{
}

void BroadcastApi::addRoutes(Router &router)
{
    for (const ReferenceList &list : referenceLists()) {
        const ListSpec spec = list.spec;
        const bool campaigns = list.name == u"campaigns";
        router.add(Family::Broadcast, u"GET"_s, u"/v1/"_s + list.name,
                   [this, spec, campaigns](const HttpCall &call) {
                       return campaigns ? listCampaigns(m_database.db(), call, spec)
                                        : pagedList(m_database.db(), call, spec);
                   });
    }
    router.add(Family::Broadcast, u"GET"_s, u"/v1/projects"_s,
               [this](const HttpCall &call) { return listProjects(call); });
    router.add(Family::Broadcast, u"GET"_s, u"/v1/projects/{id}"_s,
               [this](const HttpCall &call) { return getProject(call); });
    router.add(Family::Broadcast, u"POST"_s, u"/v1/projects"_s,
               [this](const HttpCall &call) { return createProject(call); });
}

bool BroadcastApi::insertProject(const QSqlDatabase &db, BroadcastProjectRecord *r, QString *error)
{
    if (r->id.isEmpty())
        r->id = u"prj_"_s + SandboxIds::hex(*QRandomGenerator::system(), 24);
    if (r->createdAt == 0)
        r->createdAt = QDateTime::currentSecsSinceEpoch();
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO broadcast_projects (id, org, name, type, status, message_type,"
                  u" channel, brand_id, campaign_id, toll_free_verification_id,"
                  u" link_tracking_enabled, link_tracking_destination_url, link_tracking_domain_id,"
                  u" link_tracking_param_field, created_at)"
                  u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(r->id), QVariant(r->org), QVariant(r->name),
                              QVariant(r->type), QVariant(r->status), QVariant(r->messageType),
                              QVariant(r->channel), orNull(r->brandId), orNull(r->campaignId),
                              orNull(r->tollFreeVerificationId),
                              QVariant(r->linkTrackingEnabled ? 1 : 0),
                              orNull(r->linkTrackingDestinationUrl),
                              orNull(r->linkTrackingDomainId), orNull(r->linkTrackingParamField),
                              QVariant(r->createdAt)}) {
        query.addBindValue(v);
    }
    if (!query.exec()) {
        if (error)
            *error = describeSqlError(query);
        return false;
    }
    QSqlQuery numbers(db);
    numbers.prepare(u"INSERT INTO broadcast_project_numbers (project_id, position, phone_number_id)"
                    u" VALUES (?, ?, ?)"_s);
    for (qsizetype i = 0; i < r->phoneNumberIds.size(); ++i) {
        numbers.addBindValue(r->id);
        numbers.addBindValue(i);
        numbers.addBindValue(r->phoneNumberIds.at(i));
        if (!numbers.exec()) {
            if (error)
                *error = describeSqlError(numbers);
            return false;
        }
    }
    return true;
}

QJsonObject BroadcastApi::projectJson(const QSqlDatabase &db, const QString &org,
                                      const QString &projectId)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT "_s + ProjectColumns.join(u", "_s)
                  + u" FROM broadcast_projects WHERE id = ? AND org = ?"_s);
    query.addBindValue(projectId);
    query.addBindValue(org);
    if (!query.exec() || !query.next())
        return {};
    return projectFromRow(db, query, 0);
}

QString BroadcastApi::stickySender(const QSqlDatabase &db, const QString &projectId,
                                   const QString &recipient, QRandomGenerator &rng, QString *error)
{
    QSqlQuery kept(db);
    kept.prepare(u"SELECT phone_number_id FROM broadcast_sticky_senders"
                 u" WHERE project_id = ? AND recipient = ?"_s);
    kept.addBindValue(projectId);
    kept.addBindValue(recipient);
    if (!kept.exec()) {
        if (error)
            *error = describeSqlError(kept);
        return {};
    }
    if (kept.next())
        return kept.value(0).toString();

    const QStringList numbers = projectNumbers(db, projectId);
    if (numbers.isEmpty()) {
        if (error)
            *error = u"The project %1 has no sending numbers."_s.arg(SandboxLog::shown(projectId));
        return {};
    }
    const QString chosen = numbers.at(rng.bounded(int(numbers.size())));
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO broadcast_sticky_senders (project_id, recipient, phone_number_id,"
                   u" assigned_at) VALUES (?, ?, ?, ?)"_s);
    insert.addBindValue(projectId);
    insert.addBindValue(recipient);
    insert.addBindValue(chosen);
    insert.addBindValue(QDateTime::currentSecsSinceEpoch());
    if (!insert.exec()) {
        if (error)
            *error = describeSqlError(insert);
        return {};
    }
    return chosen;
}

HttpReply BroadcastApi::listProjects(const HttpCall &call)
{
    const QSqlDatabase db = m_database.db();
    return pagedList(db, call,
                     {u"broadcast_projects"_s, ProjectColumns, u"projects"_s,
                      [db](const QSqlQuery &q) { return projectFromRow(db, q, 1); }});
}

HttpReply BroadcastApi::getProject(const HttpCall &call)
{
    const QString id = call.param(u"id"_s);
    const QJsonObject project = projectJson(m_database.db(), call.accountId, id);
    if (project.isEmpty())
        return notFound(u"There is no project %1."_s.arg(SandboxLog::shown(id, 64)));
    return HttpReply::json(project);
}

HttpReply BroadcastApi::createProject(const HttpCall &call)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return FamilyErrors::reply(Family::Broadcast, FamilyErrors::Kind::BadRequest,
                                   u"The body is not valid JSON: %1 at byte %2."_s
                                       .arg(parseError.errorString())
                                       .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return FamilyErrors::reply(Family::Broadcast, FamilyErrors::Kind::BadRequest,
                                   u"The body must be a JSON object."_s);
    }
    const QJsonObject body = document.object();
    const DatabaseLookup lookup(m_database.db(), call.accountId);
    const QList<Validation::BroadcastFieldError> problems =
        Validation::checkBroadcastProject(body, lookup, Validation::ReasonLanguage::English);
    if (!problems.isEmpty()) {
        QList<FamilyErrors::BroadcastFieldError> errors;
        for (const Validation::BroadcastFieldError &p : problems)
            errors.append({p.field, p.code, p.message});
        return FamilyErrors::broadcast(422, errors);
    }

    const QJsonObject n = Validation::normalizedBroadcastProject(body);
    // The rules take a blank id for an absent one; so does the store (null on the wire).
    const auto text = [&n](const QString &key) { return n.value(key).toString().trimmed().isEmpty()
                                                            ? QString()
                                                            : n.value(key).toString(); };
    BroadcastProjectRecord record;
    record.org = call.accountId;
    record.name = n.value(u"name"_s).toString();
    record.type = n.value(u"type"_s).toString();
    record.messageType = n.value(u"message_type"_s).toString();
    record.channel = n.value(u"channel"_s).toString();
    for (const QJsonValue &id : n.value(u"phone_number_ids"_s).toArray())
        record.phoneNumberIds << id.toString();
    record.brandId = text(u"brand_id"_s);
    record.campaignId = text(u"campaign_id"_s);
    record.tollFreeVerificationId = text(u"toll_free_verification_id"_s);
    record.linkTrackingEnabled = n.value(u"link_tracking_enabled"_s).toBool();
    record.linkTrackingDestinationUrl = text(u"link_tracking_destination_url"_s);
    record.linkTrackingDomainId = text(u"link_tracking_domain_id"_s);
    record.linkTrackingParamField = text(u"link_tracking_param_field"_s);

    QString why;
    if (!m_database.transaction())
        return internal(u"The project could not be stored."_s);
    if (!insertProject(m_database.db(), &record, &why) || !m_database.commit()) {
        m_database.rollback();
        qCWarning(lcSandbox, "Cannot store a broadcast project: %s", qUtf8Printable(why));
        return internal(u"The project could not be stored."_s);
    }
    return HttpReply::json(projectJson(m_database.db(), call.accountId, record.id), 201);
}
